/**
 * case:import's de-identification step for DICOM inputs: a secondary-capture file (text may be
 * burned into its pixels) is refused, naming the file and the reason, until --pixels-reviewed is
 * given. Uses pydicom's test files (Debian python3-pydicom, installed by .ci/run); the SOP class of
 * the file is checked independently in the test by reading its bytes.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "../../..");
const sc = "/usr/lib/python3/dist-packages/pydicom/data/test_files/SC_rgb_jpeg.dcm";
const have = fs.existsSync(sc);
if (!have)
  console.warn(`SKIPPED case-import pixel review: ${sc} not found (install python3-pydicom)`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-import-review-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (extra: string[]) =>
  spawnSync(
    process.execPath,
    [
      path.join(repo, "node_modules/tsx/dist/cli.mjs"),
      path.join(repo, "scripts/case-import.ts"),
      ...[
        "--id",
        "sc-review",
        "--image",
        sc,
        "--title",
        "T",
        "--modality",
        "PHOTO",
        "--region",
        "head",
      ],
      ...[
        "--license",
        "MIT",
        "--source",
        "pydicom test file",
        "--deidentification",
        "test",
        "--root",
        tmp,
      ],
      ...extra,
    ],
    { cwd: repo, encoding: "utf8" },
  );

describe.runIf(have)("case:import pixel review for DICOM inputs", () => {
  it("the fixture really is a Secondary Capture file", () => {
    const text = fs.readFileSync(sc).toString("latin1");
    expect(text).toContain("1.2.840.10008.5.1.4.1.1.7");
  });

  it("refuses a secondary-capture DICOM naming the file and the reason, writing nothing", () => {
    const r = run([]);
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toContain(sc);
    expect(out).toMatch(/Secondary Capture SOP class/);
    expect(out).toContain("--pixels-reviewed");
    expect(fs.existsSync(path.join(tmp, "content/cases/sc-review"))).toBe(false);
  });

  it("with --pixels-reviewed the review gate no longer refuses (later steps may still)", () => {
    const out = (({ stdout, stderr }) => stdout + stderr)(run(["--pixels-reviewed"]));
    expect(out).not.toMatch(/Secondary Capture SOP class/);
  });
});
