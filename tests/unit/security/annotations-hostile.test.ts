/**
 * Hostile annotation inputs to case:import (issue 15, item 8): COCO compressed RLE with a huge run,
 * a 2,000,000-vertex polygon, a box wholly outside the image, an NRRD `type: constructor`. Each run
 * is a child process under a 512 MB heap and a time limit; it must exit non-zero with one line
 * naming the file and the problem and leave nothing in the throw-away root.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { caseTree, errorLines, importMeta, smallNifti } from "./hostile";
import { removeTmp, runCli, tmp, type CliRun } from "./run-cli";
import { decodeRleString } from "@/lib/importers/coco/rle";

const dir = tmp("hostile-annotations");
afterAll(removeTmp);
const image = path.join(dir, "img.nii");
fs.writeFileSync(
  image,
  smallNifti([4, 4, 1], () => 10),
);

/**
 * pycocotools `rleToString`, written from its C source: counts after the second are stored as
 * differences to the count two back; each value in 5-bit groups, low first, +48, 0x20 = more.
 * Division instead of `>>` so values beyond 32 bits stay exact.
 */
function rleString(counts: number[]): string {
  let s = "";
  counts.forEach((c, i) => {
    let x = i > 2 ? c - counts[i - 2] : c;
    let more = true;
    while (more) {
      let g = ((x % 32) + 32) % 32;
      x = Math.floor(x / 32);
      more = g & 0x10 ? x !== -1 : x !== 0;
      if (more) g |= 0x20;
      s += String.fromCharCode(g + 48);
    }
  });
  return s;
}

function coco(annotation: Record<string, unknown>): string {
  return JSON.stringify({
    images: [{ id: 1, file_name: "img.png", width: 4, height: 4 }],
    categories: [{ id: 1, name: "lesion" }],
    annotations: [{ id: 1, image_id: 1, category_id: 1, ...annotation }],
  });
}

function importAnnotations(id: string, name: string, text: string): { r: CliRun; root: string } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const root = tmp(`root-${id}`);
  const r = runCli("case-import.ts", [
    ...["--id", id, "--image", image, "--annotations", file],
    ...["--annotator-name", "Test", "--annotator-kind", "illustrative", "--annotator-role", "test"],
    ...importMeta(root),
  ]);
  return { r, root };
}

function expectRefused(run: { r: CliRun; root: string }, name: string, problem: RegExp): void {
  const { r, root } = run;
  expect(r.status, r.stderr).not.toBeNull();
  expect(r.status, r.stderr).not.toBe(0);
  expect(errorLines(r), r.stderr).toHaveLength(1);
  expect(errorLines(r)[0]).toContain(name);
  expect(errorLines(r)[0]).toMatch(problem);
  expect(caseTree(root)).toEqual([]);
}

const slow = { timeout: 120_000 };

describe("hostile annotations", () => {
  it("the test's RLE encoder round-trips through the importer's decoder (small and 2^40 counts)", () => {
    for (const counts of [
      [3, 2, 5, 6],
      [0, 16],
      [7, 2 ** 40, 16 - 2 ** 40, 9],
    ])
      expect(decodeRleString(rleString(counts))).toEqual(counts);
  });

  it(
    "compressed RLE with a 2^40-pixel run balanced by a negative one: refused at once, no hang",
    slow,
    () => {
      const counts = rleString([0, 2 ** 40, 16 - 2 ** 40]);
      expect(counts.length).toBeLessThan(40);
      const run = importAnnotations(
        "rle",
        "rle.json",
        coco({ segmentation: { size: [4, 4], counts } }),
      );
      expectRefused(run, "rle.json", /RLE run 2 is -1099511627760/);
    },
  );

  it("a 2,000,000-vertex COCO polygon: refused with the vertex limit", slow, () => {
    const ring: number[] = [];
    for (let v = 0; v < 2_000_000; v++) {
      const a = (2 * Math.PI * v) / 2_000_000;
      ring.push(+(2 + 1.5 * Math.cos(a)).toFixed(4), +(2 + 1.5 * Math.sin(a)).toFixed(4));
    }
    const run = importAnnotations("poly", "poly.json", coco({ segmentation: [ring] }));
    expectRefused(run, "poly.json", /2,000,000 vertices, over the limit of 100,000/);
  });

  it("a box wholly outside the image: an error naming the box", slow, () => {
    const run = importAnnotations("box", "box.json", coco({ bbox: [100, 100, 5, 5] }));
    expectRefused(run, "box.json", /box 1 \(lesion\) lies wholly outside the image along x/);
  });

  it("an NRRD with `type: constructor` (a prototype key): one line, no stack trace", slow, () => {
    const f = path.join(dir, "ctor.nrrd");
    const head = "NRRD0004\ntype: constructor\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n";
    fs.writeFileSync(f, Buffer.concat([Buffer.from(head), Buffer.alloc(8)]));
    const root = tmp("root-ctor");
    const r = runCli("case-import.ts", ["--id", "ctor", "--image", f, ...importMeta(root)]);
    expectRefused({ r, root }, "ctor.nrrd", /unsupported or missing type 'constructor'/);
  });
});
