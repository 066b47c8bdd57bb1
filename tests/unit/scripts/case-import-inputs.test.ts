/**
 * case:import on real files of other formats from ../shared/fixtures/external (skipped, with a
 * message, where that folder is absent): a DICOM CT series with a DICOM SEG, and an NRRD volume with
 * a Slicer .seg.nrrd. DICOM numbers come from scripts/sources/reference/dicom_reference.py (pydicom).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readNifti } from "@/lib/io/nifti";
import { loadCaseFolder } from "@/lib/content/case-store";

const repo = path.resolve(__dirname, "../../..");
const ext = path.resolve(repo, "../shared/fixtures/external");
const have = fs.existsSync(path.join(ext, "dcmqi-seg-sr/ct-3slice"));
if (!have) console.warn(`SKIPPED case-import-inputs: ${ext} not found (external fixtures absent)`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-import-inputs-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[]) => {
  const r = spawnSync(
    process.execPath,
    [
      path.join(repo, "node_modules/tsx/dist/cli.mjs"),
      path.join(repo, "scripts/case-import.ts"),
      ...args,
    ],
    { cwd: repo, encoding: "utf8" },
  );
  return { code: r.status, out: r.stdout + r.stderr };
};
const meta = [
  "--license",
  "BSD-3-Clause",
  "--source",
  "test fixture",
  "--deidentification",
  "test",
  "--title",
  "T",
  "--root",
  tmp,
];
const readPublic = (site: string) => {
  const f = path.join(tmp, "public", site);
  const r = readNifti(new Uint8Array(fs.readFileSync(f)), f);
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.value;
};

describe.runIf(have)("case:import with DICOM and NRRD inputs", () => {
  it("converts a DICOM CT series to NIfTI and places its SEG by SOP Instance UID (pydicom reference)", () => {
    const ref = JSON.parse(
      fs.readFileSync(
        path.join(repo, "tests/fixtures/cases/dicom-ct3slice-reference.json"),
        "utf8",
      ),
    );
    const r = run([
      "--id",
      "dcm",
      "--image",
      path.join(ext, "dcmqi-seg-sr/ct-3slice"),
      "--annotations",
      path.join(ext, "dcmqi-seg-sr/liver/liver.dcm"),
      "--modality",
      "CT",
      "--region",
      "abdomen",
      ...meta,
    ]);
    expect(r.code, r.out).toBe(0);
    const c = loadCaseFolder(path.join(tmp, "content/cases/dcm"), tmp);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const g = c.value.manifest.grid;
    expect(g.dims).toEqual(ref.dims);
    g.spacing.forEach((s, a) => expect(s).toBeCloseTo(ref.spacing[a], 4));
    g.origin.forEach((o, a) => expect(o).toBeCloseTo(ref.origin[a], 4));
    const ct = readPublic("/cases/dcm/image.nii.gz");
    const [nx, ny] = ct.grid.dims;
    for (const [i, j, k, v] of ref.samples_ijk_value)
      expect(ct.data[i + nx * (j + ny * k)]).toBe(v);
    const seg = c.value.annotationSets[0].annotations[0];
    expect(seg.type).toBe("segmentation");
    if (seg.type !== "segmentation") return;
    const lm = readPublic(seg.labelmap);
    const perSlice: Record<string, number> = {};
    for (let n = 0; n < lm.data.length; n++)
      if (lm.data[n] === seg.label)
        perSlice[Math.floor(n / (nx * ny))] = (perSlice[Math.floor(n / (nx * ny))] ?? 0) + 1;
    expect(perSlice).toEqual(ref.seg_foreground_per_slice);
    // The vocabulary carries the SEG's own code (pydicom: SRT T-62000 "Liver").
    const vocab = JSON.parse(
      fs.readFileSync(path.join(tmp, "content/cases/dcm/vocabulary.json"), "utf8"),
    );
    expect(vocab.entries[0]).toMatchObject({ structure: seg.structure, name: "liver" });
    expect(vocab.entries[0].codes).toContainEqual(
      expect.objectContaining({ code: "T-62000", meaning: "Liver" }),
    );
    const source = fs.readFileSync(path.join(tmp, "content/cases/dcm/SOURCE.md"), "utf8");
    expect(source).toContain("no DICOM header was copied");
    // the patient name of the source series must not reach the case
    const all = fs
      .readdirSync(tmp, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile());
    for (const e of all)
      expect(fs.readFileSync(path.join(e.parentPath, e.name)).includes("JANCT000")).toBe(false);
  });

  it("reads an NRRD volume and a Slicer .seg.nrrd on its grid", () => {
    const r = run([
      "--id",
      "nrrd",
      "--image",
      path.join(ext, "slicer-segnrrd/CTChest4.nrrd"),
      "--annotations",
      path.join(ext, "slicer-segnrrd/Segmentation.seg.nrrd"),
      "--annotator-name",
      "Slicer user",
      "--annotator-kind",
      "trainee",
      "--annotator-role",
      "test",
      "--modality",
      "CT",
      "--region",
      "chest",
      ...meta,
    ]);
    expect(r.code, r.out).toBe(0);
    const c = loadCaseFolder(path.join(tmp, "content/cases/nrrd"), tmp);
    expect(c.ok && c.value.manifest.grid.dims).toEqual([128, 128, 34]);
  });

  it("refuses a folder that holds no DICOM file, naming the folder and the files it skipped", () => {
    const r = run([
      "--id",
      "bad",
      "--image",
      path.join(ext, "pyradiomics-brain-mr"),
      "--modality",
      "MR",
      "--region",
      "head",
      ...meta,
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /pyradiomics-brain-mr: folder holds no DICOM files \(no 'DICM' preamble in 8 file\(s\): LICENSE\.pyradiomics\.txt, SOURCE\.txt, brain1_image\.nrrd, …\)/,
    );
  });
});
