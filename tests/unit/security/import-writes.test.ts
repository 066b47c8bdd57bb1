/**
 * case:import writes all or nothing (issue 15, item 9) and finds a DICOM series among other files
 * (item 8): a failure in the write phase leaves the old case intact and nothing new in content/ or
 * public/; `--force` moves old files away only once the new ones are ready; a README beside the
 * slices is skipped and slices in a subfolder are found. DICOM slices are the repo's own
 * content/cases/ct-seg-dicomweb/dicom/ct-*.dcm (3 de-identified 16×16 CT slices).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { caseTree, errorLines, importMeta, smallNifti } from "./hostile";
import { REPO, removeTmp, runCli, tmp } from "./run-cli";
import { writeCaseFiles } from "@/scripts/case-import/write-files";

const dir = tmp("import-writes");
afterAll(removeTmp);
const image = path.join(dir, "img.nii");
fs.writeFileSync(
  image,
  smallNifti([4, 4, 1], () => 10),
);
const cocoFile = path.join(dir, "boxes.json");
fs.writeFileSync(
  cocoFile,
  JSON.stringify({
    images: [{ id: 1, file_name: "img.png", width: 4, height: 4 }],
    categories: [{ id: 1, name: "lesion" }],
    annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [1, 1, 2, 2] }],
  }),
);
const who = ["--annotator-name", "T", "--annotator-kind", "illustrative", "--annotator-role", "t"];
const importCase = (root: string, setId: string, extra: string[] = []) =>
  runCli("case-import.ts", [
    ...["--id", "ww", "--image", image, "--annotations", cocoFile, "--set-id", setId, ...who],
    ...importMeta(root),
    ...extra,
  ]);

/** Path → bytes of every file under content/ and public/ (symbolic links excluded). */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of caseTree(root)) {
    const p = path.join(root, f);
    if (!f.endsWith("/") && !fs.lstatSync(p).isSymbolicLink())
      out.set(f, fs.readFileSync(p).toString("base64"));
  }
  return out;
}
const staging = (root: string) => fs.readdirSync(root).filter((f) => f.startsWith(".case-import"));

describe("case:import writes all or nothing", () => {
  it(
    "a write failure on a new case (annotations/ is a file) leaves no file in public/ or content/",
    { timeout: 60_000 },
    () => {
      const root = tmp("fresh");
      fs.mkdirSync(path.join(root, "content/cases/ww"), { recursive: true });
      fs.writeFileSync(path.join(root, "content/cases/ww/annotations"), "in the way");
      const r = importCase(root, "set-a");
      expect(r.status, r.stderr).toBe(1);
      expect(errorLines(r), r.stderr).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(
        /^case:import: cannot write case "ww": content\/cases\/ww\/annotations.*; nothing was changed$/,
      );
      expect(caseTree(root)).toEqual(["content/cases/ww/annotations"]);
      expect(staging(root)).toEqual([]);
    },
  );

  it(
    "--force: a failure while placing the new files keeps every old file (none deleted first)",
    { timeout: 90_000 },
    () => {
      const root = tmp("force");
      const first = importCase(root, "set-a");
      expect(first.status, first.stderr).toBe(0);
      const before = snapshot(root);
      expect([...before.keys()]).toContain("content/cases/ww/annotations/set-a.json");
      // The new set's file is a dangling link: the new case cannot be placed.
      fs.symlinkSync(
        path.join(dir, "no-such-dir/set-b.json"),
        path.join(root, "content/cases/ww/annotations/set-b.json"),
      );
      const r = importCase(root, "set-b", ["--force"]);
      expect(r.status, r.stderr).toBe(1);
      expect(errorLines(r), r.stderr).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(
        /content\/cases\/ww\/annotations\/set-b\.json: exists and is not a regular file/,
      );
      expect(snapshot(root)).toEqual(before);
      expect(staging(root)).toEqual([]);
    },
  );

  it("writeCaseFiles rolls back: replaced and stale files restored, new folders removed", () => {
    const root = tmp("unit");
    const enc = (s: string) => new TextEncoder().encode(s);
    const manifest = (sets: string[]) =>
      enc(JSON.stringify({ image: { file: "/cases/x/img.nii.gz" }, annotationSets: sets }));
    const v1 = new Map([
      ["content/cases/x/case.json", manifest(["annotations/set-a.json"])],
      ["content/cases/x/annotations/set-a.json", enc("{}")],
      ["public/cases/x/img.nii.gz", enc("image v1")],
    ]);
    expect(writeCaseFiles(root, "content/cases/x", v1, false).status).toBe("created");
    const before = snapshot(root);
    fs.writeFileSync(path.join(root, "public/cases/x/blocked"), "a file where a folder must go");
    const v2 = new Map([
      ["content/cases/x/case.json", manifest(["annotations/set-b.json"])],
      ["content/cases/x/annotations/set-b.json", enc("{}")],
      ["public/cases/x/img.nii.gz", enc("image v2")],
      ["public/cases/y/new/labels.nii.gz", enc("labels")],
      ["public/cases/x/blocked/labels.nii.gz", enc("labels")],
    ]);
    expect(() => writeCaseFiles(root, "content/cases/x", v2, true)).toThrow(
      /public\/cases\/x\/blocked.*nothing was changed/,
    );
    const after = snapshot(root);
    after.delete("public/cases/x/blocked");
    expect(after).toEqual(before);
    expect(fs.existsSync(path.join(root, "public/cases/y"))).toBe(false);
    expect(staging(root)).toEqual([]);
  });
});

describe("a DICOM series folder with other files", () => {
  it(
    "slices in a subfolder are found and a README beside them is skipped (named in SOURCE.md)",
    { timeout: 60_000 },
    () => {
      const series = path.join(dir, "series");
      fs.mkdirSync(path.join(series, "DICOM/1"), { recursive: true });
      for (const n of [1, 2, 3])
        fs.copyFileSync(
          path.join(REPO, `content/cases/ct-seg-dicomweb/dicom/ct-${n}.dcm`),
          path.join(series, `DICOM/1/ct-${n}.dcm`),
        );
      fs.writeFileSync(path.join(series, "README"), "exported from the scanner\n");
      const root = tmp("series");
      const r = runCli("case-import.ts", ["--id", "ss", "--image", series, ...importMeta(root)]);
      expect(r.status, r.stderr).toBe(0);
      const source = fs.readFileSync(path.join(root, "content/cases/ss/SOURCE.md"), "utf8");
      expect(source).toMatch(/Converted from 3 DICOM file\(s\)/);
      expect(source).toMatch(
        /1 file\(s\) beside the DICOM slices are not DICOM and were skipped: README\./,
      );
      const manifest = JSON.parse(
        fs.readFileSync(path.join(root, "content/cases/ss/case.json"), "utf8"),
      );
      expect(manifest.grid.dims).toEqual([16, 16, 3]);
    },
  );
});
