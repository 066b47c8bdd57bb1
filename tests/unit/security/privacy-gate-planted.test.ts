/**
 * The privacy gate on a planted-PHI site tree (issue 15, HIGH 5): identifying files in a hidden
 * folder, behind a symbolic link, without preamble or suffix, in the File Meta group, in
 * ContentCreatorName / PatientComments, in a UN blob, in NIfTI intent_name/db_name, in NRRD,
 * TIFF and WebP metadata, plus a broken link, a link loop and a de-identification report. The
 * gate must fail naming each file and tag, within the time limit (the loop must not hang it).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_PY, makeHostile, runCli, tmp, removeTmp } from "./run-cli";

const X = "public/cases/x";

describe.runIf(HAS_PY)("privacy gate on a planted-PHI folder", () => {
  let r: ReturnType<typeof runCli>;
  let lines: string[] = [];
  beforeAll(() => {
    const root = tmp("gate-planted");
    makeHostile("gate", root);
    r = runCli("privacy-gate.ts", [], root);
    lines = r.stderr.split("\n");
  });

  it("fails", () => {
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/privacy:check FAILED/);
  });

  it.each([
    [".hidden/raw.dcm", "(0010,0010) Patient's Name"],
    ["slice", "(0010,0020) Patient ID"], // no preamble, no suffix
    ["linked.dcm", "(0010,0010) Patient's Name"], // a link to a file outside the tree
    ["broken.dcm", "file: broken symbolic link"],
    ["meta-leak.dcm", "file meta (0002,0016) Source Application Entity Title"],
    ["meta-leak.dcm", "file meta (0002,0017) Sending Application Entity Title"],
    ["meta-leak.dcm", "file meta (0002,0026) Source Presentation Address"],
    ["meta-leak.dcm", "file meta (0002,0100) Private Information Creator UID"],
    ["meta-leak.dcm", "file meta (0002,0102) Private Information"],
    ["content-creator.dcm", "(0070,0084) Content Creator's Name"],
    ["content-creator.dcm", "(0010,4000) Patient Comments"],
    ["un-blob.dcm", "(0018,9999): unknown attribute stored as UN"],
    ["label.nii", 'intent_name: free text "Doe^Jane"'],
    ["label.nii", 'db_name: free text "MRN-778899"'],
    ["seg.nrrd", 'header line 4 comment: comment "scanned for Doe^Jane"'],
    ["seg.nrrd", 'header line 9 content: free-text content field "Jane Doe head CT"'],
    ["seg.nrrd", 'header line 10 0010|0020: key/value pair "MRN-778899"'],
    ["slide.tif", "IFD 0 tag 270 ImageDescription"],
    ["slide.tif", 'IFD 0 tag 315 Artist: metadata "Dr. Smith"'],
    ["slide.tif", "IFD 0 tag 269 DocumentName"],
    ["photo.webp", "EXIF chunk"],
    ["batch.deid-report.json", "file: de-identification report"],
  ])("names %s: %s", (file, where) => {
    expect(lines.some((l) => l.startsWith(`${path.join(X, file)}: ${where}`))).toBe(true);
  });

  it("does not flag the format-link comments every NRRD writer adds", () => {
    expect(r.stderr).not.toMatch(/seg\.nrrd: header line [23] /);
  });
});

describe("privacy gate arguments", () => {
  it("a folder named on the command line that does not exist is an error, not a pass", () => {
    const r = runCli("privacy-gate.ts", ["pubilc"], tmp("gate-typo"));
    expect(r.lines).toEqual(["privacy:check: pubilc: no such folder"]);
    expect(r.status).toBe(2);
  });
});

afterAll(removeTmp);
