/**
 * The numpy/scipy references of the multi-rater tests are run here, not only read: each script
 * recomputes its reference from the shipped files (BU-BIL masks; Colin27's AAL and Harvard-Oxford,
 * split by the script itself) into a temporary file, which must equal the committed fixture that
 * bubil-spread.test.ts and colin27-raters.test.ts compare the TypeScript values with (to 1e-6).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPTS = [
  ["make_bubil_expected.py", "bubil-expected.json"],
  ["make_colin27_raters_expected.py", "colin27-raters-expected.json"],
] as const;

describe("numpy/scipy references of the raters' spread", () => {
  it.each(SCRIPTS)(
    "scripts/golden/%s reproduces tests/fixtures/golden/%s",
    (script, fixture) => {
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "golden-")), fixture);
      execFileSync("/usr/bin/python3", [path.join("scripts", "golden", script), out], {
        stdio: "pipe",
      });
      const fresh: unknown = JSON.parse(fs.readFileSync(out, "utf8"));
      const committed: unknown = JSON.parse(
        fs.readFileSync(path.join("tests", "fixtures", "golden", fixture), "utf8"),
      );
      expect(fresh).toEqual(committed);
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    },
    300_000,
  );
});
