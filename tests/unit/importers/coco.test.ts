import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readAnnotationsFile } from "@/lib/importers";
import { readNifti } from "@/lib/io/nifti";
import { decodeRleString, rleToMask } from "@/lib/importers/coco/rle";
import { expected, haveExternal } from "./external";

interface ExpAnn {
  id: number;
  image: string;
  rater: string;
  encoding: "polygon" | "rle" | "compressed-rle";
  pixels: number;
  bbox: [number, number, number, number];
  polygonVertices: number[];
  keypoints: number[];
}
const EXPECTED = expected<{ annotations: ExpAnn[] }>("expected-coco.json");
const SCRIPT = path.resolve(__dirname, "../../../scripts/reference/make_coco_bubil.py");
const PY = "/usr/bin/python3";
const HAVE =
  haveExternal("COCO importer", "bubil-multirater/GoldStandard/seg_P01.png") && existsSync(PY);
if (!existsSync(PY))
  console.warn(
    "[COCO importer] SKIPPED: /usr/bin/python3 (numpy + scikit-image) is needed to generate the COCO file",
  );

describe.runIf(HAVE)(
  "COCO importer on a COCO file generated from BU-BIL masks by scripts/reference/make_coco_bubil.py",
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), "imp-coco-"));
    const coco = path.join(dir, "bubil.coco.json");
    beforeAll(() => {
      const stdout = execFileSync(PY, [SCRIPT, coco], { encoding: "utf8" });
      // The committed expectations are exactly what the script prints now.
      expect(JSON.parse(stdout)).toEqual(expected("expected-coco.json"));
    }, 120_000);

    it("every annotation: RLE and compressed-RLE pixel counts, polygon vertices, bbox, keypoints", async () => {
      for (const e of EXPECTED.annotations) {
        const r = await readAnnotationsFile(coco, { image: e.image, annotator: e.rater });
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        const a = r.value;
        expect(a.annotator?.name).toBe(e.rater);
        expect(a.structures.map((s) => s.name)).toEqual(["cell"]);
        if (e.encoding === "polygon") {
          expect(a.polygons.map((p) => p.points.length)).toEqual(e.polygonVertices);
          expect(a.labelmaps).toEqual([]);
        } else {
          expect(a.labelmaps).toHaveLength(1);
          expect(a.labelmaps[0].mode).toBe("instance");
          expect(
            Array.from(a.labelmaps[0].data).filter(Boolean).length,
            `${e.rater} ${e.image} ${e.encoding}`,
          ).toBe(e.pixels);
        }
        const [x, y, w, h] = e.bbox;
        expect(a.boxes).toEqual([
          { structure: "cell", min: [x - 0.5, y - 0.5, 0], max: [x + w - 0.5, y + h - 0.5, 0] },
        ]);
        const [cx, cy, , tx, ty] = e.keypoints;
        expect(a.landmarks).toHaveLength(2);
        expect(a.landmarks[0]).toEqual({
          structure: "cell",
          point: [cx - 0.5, cy - 0.5, 0],
          label: "centroid",
        });
        expect(a.landmarks[1]).toEqual({
          structure: "cell",
          point: [tx - 0.5, ty - 0.5, 0],
          label: "top (not visible)",
        });
        expect(a.notes).toContain("1 keypoints with visibility 0 (not labelled) were not imported");
      }
    });

    it("the RLE mask lies inside its bbox (pixel (x, y) at row-major x + w·y)", async () => {
      const e = EXPECTED.annotations.find((x) => x.encoding === "compressed-rle")!;
      const r = await readAnnotationsFile(coco, { image: e.image, annotator: e.rater });
      if (!r.ok) throw new Error("parse");
      const d = r.value.labelmaps[0].data;
      const [bx, by, bw, bh] = e.bbox;
      let outside = 0;
      d.forEach((v, i) => {
        const px = i % 1300;
        const py = Math.floor(i / 1300);
        if (v && (px < bx || px >= bx + bw || py < by || py >= by + bh)) outside++;
      });
      expect(outside).toBe(0);
    });

    it("several raters without a choice, or an unknown image, are clear errors", async () => {
      const r = await readAnnotationsFile(coco, { image: "P01.png" });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0].message).toMatch(
          /annotations of 11 raters on P01\.png .*choose one rater/,
        );
      const r2 = await readAnnotationsFile(coco, { image: "P09.png", annotator: "GoldStandard" });
      expect(r2.ok).toBe(false);
      if (!r2.ok)
        expect(r2.issues[0].message).toMatch(
          /image 'P09.png' is not in the file; choose one of: P01.png, P02.png, P03.png/,
        );
    });

    it("broken copies: truncated JSON and a corrupted RLE count fail naming the file and the problem", async () => {
      const text = readFileSync(coco, "utf8");
      const truncated = path.join(dir, "truncated.json");
      writeFileSync(truncated, text.slice(0, text.length / 2));
      const r = await readAnnotationsFile(truncated, {
        image: "P01.png",
        annotator: "GoldStandard",
      });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.issues[0]).toMatchObject({
          file: truncated,
          message: expect.stringMatching(/invalid JSON/),
        });
      const json = JSON.parse(text);
      const rle = json.annotations.find((a: { segmentation: unknown }) =>
        Array.isArray((a.segmentation as { counts?: unknown }).counts),
      );
      rle.segmentation.counts[1] += 7;
      const bad = path.join(dir, "bad-rle.json");
      writeFileSync(bad, JSON.stringify(json));
      const r2 = await readAnnotationsFile(bad, {
        image: "P01.png",
        annotator: rle.attributes.annotator,
      });
      expect(r2.ok).toBe(false);
      if (!r2.ok)
        expect(r2.issues[0]).toMatchObject({
          file: bad,
          field: "segmentation.counts",
          message: expect.stringMatching(
            /RLE runs cover 1339007 pixels, the mask size 1030×1300 needs 1339000/,
          ),
        });
    });

    it("case:import picks one image and one rater of the multi-image, multi-rater file (--source-image, --source-rater)", () => {
      const e = EXPECTED.annotations.find(
        (x) => x.image === "P02.png" && x.encoding === "compressed-rle",
      )!;
      const root = mkdtempSync(path.join(tmpdir(), "imp-coco-cli-"));
      const repo = path.resolve(__dirname, "../../..");
      // The BU-BIL raw images are palette PNGs, which case:import refuses: save an RGB copy first.
      const raw = path.join(root, "P02-rgb.png");
      execFileSync(PY, [
        "-c",
        "import sys; from PIL import Image; Image.open(sys.argv[1]).convert('RGB').save(sys.argv[2])",
        path.resolve(repo, "../shared/fixtures/external/bubil-multirater/RawImages/P02.png"),
        raw,
      ]);
      const run = (extra: string[]) =>
        spawnSync(
          process.execPath,
          [
            path.join(repo, "node_modules/tsx/dist/cli.mjs"),
            path.join(repo, "scripts/case-import.ts"),
            ...["--id", "bubil-p02", "--image", raw, "--title", "BU-BIL P02", "--modality", "PATH"],
            ...["--region", "whole-body", "--license", "CC-BY-4.0", "--source", "BU-BIL"],
            ...["--deidentification", "cell micrograph, no patient data", "--root", root],
            ...[
              "--annotations",
              coco,
              "--annotator-name",
              e.rater,
              "--annotator-kind",
              "clinician",
            ],
            ...["--annotator-role", "BU-BIL expert rater"],
            ...extra,
          ],
          { cwd: repo, encoding: "utf8" },
        );
      const ambiguous = run([]);
      expect(ambiguous.status).not.toBe(0);
      expect(ambiguous.stdout + ambiguous.stderr).toMatch(/choose one/);
      const ok = run(["--source-image", "P02.png", "--source-rater", e.rater]);
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      const set = JSON.parse(
        readFileSync(
          path.join(
            root,
            "content/cases/bubil-p02/annotations",
            readdirSync(path.join(root, "content/cases/bubil-p02/annotations"))[0],
          ),
          "utf8",
        ),
      ) as { annotations: { type: string; labelmap?: string }[] };
      const seg = set.annotations.find((a) => a.type === "segmentation")!;
      const nii = readNifti(
        new Uint8Array(readFileSync(path.join(root, "public", seg.labelmap!))),
        "lm",
      );
      if (!nii.ok) throw new Error(nii.issues[0].message);
      expect(Array.from(nii.value.data).filter(Boolean).length).toBe(e.pixels);
    }, 120_000);
  },
);

describe("COCO RLE (synthetic)", () => {
  it("runs are column-major: counts [1, 2, 3] on 2×3 set (x=0, y=1) and (x=1, y=0)", () => {
    const m = rleToMask([1, 2, 3], 2, 3);
    expect(Array.from(m as Uint8Array)).toEqual([0, 1, 0, 1, 0, 0]);
  });
  it("compressed strings decode with 5-bit groups, sign bit and the i > 2 delta", () => {
    // By hand: 5 → '5'; 40 → (8 | 0x20) 'X' then 1 '1'; 3 → '3'; the 4th is stored as 2 − 40 = −38:
    // low group 26 | 0x20 → 'j', then −2 & 31 = 30 (sign bit 0x10 set, last) → 'N'.
    expect(decodeRleString("5X13jN")).toEqual([5, 40, 3, 2]);
    // [0, 3, 2, 1000]: the 4th is stored as 1000 − 3 = 997 = 5 + 31·32 → 'U' (5 | 0x20), 'o' (31 | 0x20)… '0'.
    expect(decodeRleString("032Uo0")).toEqual([0, 3, 2, 1000]);
  });
  it("a string ending inside a number is an error", () => {
    expect(decodeRleString("X")).toMatch(/ends inside a number/);
  });
});
