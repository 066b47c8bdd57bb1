/**
 * Runs `npm run deid` over pydicom's test files and the shared external fixtures, then checks the
 * outputs with the independent pydicom verifier (scripts/deid/verify_deid.py). Needs Debian's
 * python3-pydicom; the shared fixtures run only where ../shared exists.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PYDICOM = "/usr/lib/python3/dist-packages/pydicom/data/test_files";
const EXTERNAL = path.resolve("../shared/fixtures/external");
const PY = "/usr/bin/python3";

interface Report {
  written: number;
  failed: number;
  entries: { input: string; output?: string; error?: string }[];
}

function runDeid(inDir: string): { out: string; report: Report; status: number | null } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "deid-corpus-"));
  const r = spawnSync("npx", ["tsx", "scripts/deid.ts", inDir, out, "--salt", "test"], {
    encoding: "utf8",
  });
  const report = JSON.parse(fs.readFileSync(`${out}.deid-report.json`, "utf8")) as Report;
  return { out, report, status: r.status };
}

function verify(
  inDir: string,
  out: string,
): { status: number | null; counts: Record<string, number>; stderr: string } {
  const r = spawnSync(PY, ["scripts/deid/verify_deid.py", inDir, out], { encoding: "utf8" });
  const last = r.stdout.trim().split("\n").pop() ?? "{}";
  return { status: r.status, counts: JSON.parse(last) as Record<string, number>, stderr: r.stderr };
}

describe.runIf(fs.existsSync(PYDICOM) && fs.existsSync(PY))(
  "de-identifier over pydicom's test files",
  () => {
    it("de-identifies every readable file, reports malformed ones per file, and passes the pydicom check", () => {
      const { out, report, status } = runDeid(PYDICOM);
      expect(status).toBe(2); // some inputs are malformed on purpose
      expect(report.written).toBeGreaterThan(140);
      const err = (name: string) => report.entries.find((e) => e.input === name)?.error ?? "";
      expect(err("MR_truncated.dcm")).toMatch(/\(7FE0,0010\).*truncated/);
      expect(err("rtplan_truncated.dcm")).toMatch(/truncated/);
      expect(err("README.txt")).toMatch(/not a DICOM file/);
      expect(report.entries.find((e) => e.input === "CT_small.dcm")?.output).toBeTruthy();
      const v = verify(PYDICOM, out);
      expect(v.stderr).not.toMatch(/^FAIL/m);
      expect(v.status).toBe(0);
      expect(v.counts.files).toBe(report.written);
      expect(v.counts.x_checked).toBeGreaterThan(100);
      expect(v.counts.u_checked).toBeGreaterThan(100);
      expect(v.counts.flagged).toBeGreaterThan(10); // secondary captures etc. went to needs-review/
      fs.rmSync(out, { recursive: true, force: true });
      fs.rmSync(`${out}.deid-report.json`, { force: true });
    }, 120_000);

    it("the verifier itself fails on files that were not de-identified", () => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "deid-fake-"));
      fs.copyFileSync(path.join(PYDICOM, "CT_small.dcm"), path.join(out, "copy.dcm"));
      fs.writeFileSync(
        `${out}.deid-report.json`,
        JSON.stringify({ entries: [{ input: "CT_small.dcm", output: "copy.dcm" }] }),
      );
      const v = verify(PYDICOM, out);
      expect(v.status).toBe(1);
      expect(v.stderr).toMatch(/action Z but not empty|UID not replaced|Patient Identity Removed/);
      fs.rmSync(out, { recursive: true, force: true });
      fs.rmSync(`${out}.deid-report.json`, { force: true });
    });
  },
);

describe.runIf(fs.existsSync(EXTERNAL) && fs.existsSync(PY))(
  "de-identifier over ../shared/fixtures/external",
  () => {
    it("keeps SEG/RTSTRUCT/SR references pointing at the de-identified instances", () => {
      const { out, report } = runDeid(EXTERNAL);
      expect(report.written).toBeGreaterThanOrEqual(15);
      const v = verify(EXTERNAL, out);
      expect(v.stderr).not.toMatch(/^FAIL/m);
      expect(v.status).toBe(0);
      expect(v.counts.refs_checked).toBeGreaterThan(10); // e.g. dcmqi liver SEG -> its 3 CT slices
      fs.rmSync(out, { recursive: true, force: true });
      fs.rmSync(`${out}.deid-report.json`, { force: true });
    }, 120_000);
  },
);

if (!fs.existsSync(EXTERNAL))
  console.log(`[deid corpus] ${EXTERNAL} not present: external fixture run not executed here`);
if (!fs.existsSync(PYDICOM))
  console.log(
    `[deid corpus] ${PYDICOM} not present (install python3-pydicom): pydicom corpus run not executed`,
  );
