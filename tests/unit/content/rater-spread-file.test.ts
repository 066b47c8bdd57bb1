/** content:check's staleness check of public/cases/<id>/rater-spread.json, on a copy of bubil-p01. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/case-store";
import { checkRaterSpread, multiRaterStructures } from "@/lib/content/rater-spread-file";

const repo = path.resolve(__dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spread-"));
for (const d of ["content/cases/bubil-p01", "public/cases/bubil-p01"])
  fs.cpSync(path.join(repo, d), path.join(tmp, d), { recursive: true });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const load = () => {
  const r = loadCaseFolder(path.join(tmp, "content/cases/bubil-p01"), tmp);
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.value;
};
const file = path.join(tmp, "public/cases/bubil-p01/rater-spread.json");

describe("rater-spread staleness", () => {
  it("finds the 10 raters of the cell and accepts the committed file", () => {
    const c = load();
    expect([...multiRaterStructures(c).values()][0]).toHaveLength(10);
    expect(checkRaterSpread(tmp, c)).toEqual([]);
  });

  it("names the labelmap that changed after the file was written", () => {
    const lm = path.join(tmp, "public/cases/bubil-p01/person3-amira.nii.gz");
    const bytes = fs.readFileSync(lm);
    fs.writeFileSync(lm, Buffer.concat([bytes, Buffer.from([0])]));
    const issues = checkRaterSpread(tmp, load());
    fs.writeFileSync(lm, bytes);
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe("/cases/bubil-p01/person3-amira.nii.gz");
    expect(issues[0].message).toMatch(/stale.*npm run rater-spread -- bubil-p01/);
  });

  it("says so when the file is missing", () => {
    const saved = fs.readFileSync(file);
    fs.rmSync(file);
    const issues = checkRaterSpread(tmp, load());
    fs.writeFileSync(file, saved);
    expect(issues[0].message).toMatch(/^missing \(1 multi-rater structure/);
  });
});
