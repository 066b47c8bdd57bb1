/**
 * The educator CLIs (`npm run --silent grade` / `agreement`), run as child processes.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readNifti, writeNifti } from "@/lib/io/nifti";

const root = path.resolve(__dirname, "../../../..");
const G = "tests/fixtures/golden/grading";
const expected = JSON.parse(fs.readFileSync(path.join(root, G, "expected.json"), "utf8"));
const tsx = path.join(root, "node_modules/.bin/tsx");

/** Runs a CLI; asynchronous so the (concurrent) tests overlap their Node start-up time. */
function run(
  script: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(tsx, [`scripts/${script}.ts`, ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
const lastLine = (s: string) => s.trimEnd().split("\n").at(-1)!;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "grade-cli-"));

describe.concurrent("grade CLI", () => {
  it("prints one line of JSON with the pinned keys, matching the scipy reference", async () => {
    const r = await run("grade", [
      "--reference",
      `${G}/blobs3d-aniso-ref.nii.gz`,
      "--answer",
      `${G}/blobs3d-aniso-ans.nii.gz`,
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const j = JSON.parse(lastLine(r.stdout));
    expect(Object.keys(j).sort()).toEqual([
      "answerVoxels",
      "assd",
      "dice",
      "hd",
      "hd95",
      "iou",
      "nsd",
      "referenceVoxels",
    ]);
    const e = expected.cases["blobs3d-aniso"];
    for (const k of ["dice", "iou", "hd", "hd95", "assd"])
      expect(Math.abs(j[k] - e[k])).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(j.nsd - e.nsd["2"])).toBeLessThanOrEqual(1e-6); // default τ = 2 mm
    expect(j.referenceVoxels).toBe(e.referenceVoxels);
  });

  it("--label and --tolerance-mm", async () => {
    const r = await run("grade", [
      "--reference",
      `${G}/labels-ref.nii.gz`,
      "--answer",
      `${G}/labels-ans.nii.gz`,
      "--label",
      "5",
      "--tolerance-mm",
      "3.5",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(lastLine(r.stdout));
    const e = expected.labels["5"];
    expect(Math.abs(j.dice - e.dice)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(j.hd95 - e.hd95)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(j.nsd - e.nsd["3.5"])).toBeLessThanOrEqual(1e-6);
  });

  it("human-readable output without --json", async () => {
    const r = await run("grade", [
      "--reference",
      `${G}/blobs2d-ref.nii.gz`,
      "--answer",
      `${G}/blobs2d-ans.nii.gz`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Dice 0\.\d{4}/);
    expect(r.stdout).toMatch(/HD95 [\d.]+ mm/);
  });

  it("a label that does not exist is an error listing the labels present", async () => {
    const r = await run("grade", [
      "--reference",
      `${G}/labels-ref.nii.gz`,
      "--answer",
      `${G}/labels-ans.nii.gz`,
      "--label",
      "7",
      "--json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/label 7 does not exist.*1, 2, 5/);
  });

  it("a label absent from the answer only is graded as empty, with a warning on stderr", async () => {
    const ref = readNifti(
      new Uint8Array(fs.readFileSync(path.join(root, G, "labels-ref.nii.gz"))),
      "r",
    );
    if (!ref.ok) throw new Error("unreadable fixture");
    const ans = path.join(tmp, "no5.nii");
    const data = Uint8Array.from(ref.value.data, (x) => (x === 5 ? 0 : x));
    fs.writeFileSync(ans, writeNifti({ grid: ref.value.grid, data }, { gzip: false }));
    const r = await run("grade", [
      "--reference",
      `${G}/labels-ref.nii.gz`,
      "--answer",
      ans,
      "--label",
      "5",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: label 5 is absent from the answer/);
    expect(JSON.parse(lastLine(r.stdout))).toMatchObject({ dice: 0, answerVoxels: 0 });
  });

  it("grids that differ: says how", async () => {
    const ref = readNifti(
      new Uint8Array(fs.readFileSync(path.join(root, G, "blobs2d-ref.nii.gz"))),
      "r",
    );
    if (!ref.ok) throw new Error("unreadable fixture");
    const shifted = path.join(tmp, "shifted.nii.gz");
    const g = ref.value.grid;
    fs.writeFileSync(
      shifted,
      writeNifti(
        {
          grid: { ...g, origin: [g.origin[0] + 5, g.origin[1], g.origin[2]] },
          data: ref.value.data,
        },
        { gzip: true },
      ),
    );
    const r = await run("grade", [
      "--reference",
      `${G}/blobs2d-ref.nii.gz`,
      "--answer",
      shifted,
      "--json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/different grids/);
    expect(r.stderr).toMatch(/origin differs by 5 mm/);
    const r2 = await run("grade", [
      "--reference",
      `${G}/blobs2d-ref.nii.gz`,
      "--answer",
      `${G}/blobs3d-aniso-ans.nii.gz`,
      "--json",
    ]);
    expect(r2.stderr).toMatch(/dimensions differ: 40 × 32 × 1 .* vs 24 × 20 × 12/);
  });

  it("unreadable files and bad usage", async () => {
    const missing = await run("grade", [
      "--reference",
      "nope.nii.gz",
      "--answer",
      `${G}/blobs2d-ans.nii.gz`,
      "--json",
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.nii\.gz: cannot read \(no such file\)/);
    const notNifti = await run("grade", [
      "--reference",
      "package.json",
      "--answer",
      `${G}/blobs2d-ans.nii.gz`,
      "--json",
    ]);
    expect(notNifti.code).toBe(1);
    expect(notNifti.stderr).toMatch(/package\.json: not a NIfTI-1 file/);
    const corrupt = path.join(tmp, "corrupt.nii.gz");
    fs.writeFileSync(
      corrupt,
      fs.readFileSync(path.join(root, G, "blobs2d-ref.nii.gz")).subarray(0, 40),
    );
    expect(
      (await run("grade", ["--reference", corrupt, "--answer", corrupt, "--json"])).stderr,
    ).toMatch(/corrupt\.nii\.gz/);
    const usage = await run("grade", ["--answer", "x", "--json"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage:/);
    expect(
      (await run("grade", ["--reference", "a", "--answer", "b", "--tolerance-mm", "abc"])).code,
    ).toBe(2);
  });
});

describe.concurrent("agreement CLI", () => {
  it("pairwise Dice, Fleiss' κ and consensus counts as one JSON line; --out writes the consensus", async () => {
    const out = path.join(tmp, "consensus.nii.gz");
    const r = await run("agreement", [
      "--json",
      `${G}/blobs3d-aniso-ref.nii.gz`,
      `${G}/blobs3d-aniso-ans.nii.gz`,
      `${G}/blobs3d-aniso-ref.nii.gz`,
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(lastLine(r.stdout));
    expect(j.pairwiseDice[0][1]).toBeCloseTo(expected.cases["blobs3d-aniso"].dice, 9);
    expect(j.pairwiseDice[0][2]).toBe(1);
    expect(typeof j.fleissKappa).toBe("number");
    expect(j.cohenKappa).toBeNull();
    expect(j.majorityVoxels).toBe(1152); // two identical raters out of three win every vote
    expect(typeof j.stapleVoxels).toBe("number");
    const written = readNifti(new Uint8Array(fs.readFileSync(out)), out);
    expect(written.ok).toBe(true);
    if (written.ok) {
      expect(written.value.grid.dims).toEqual([24, 20, 12]);
      let sum = 0;
      for (const x of written.value.data) sum += x;
      expect(sum).toBe(j.stapleVoxels);
    }
  });

  it("needs two files on one grid", async () => {
    expect((await run("agreement", ["--json", `${G}/blobs2d-ref.nii.gz`])).code).toBe(2);
    const r = await run("agreement", [
      "--json",
      `${G}/blobs2d-ref.nii.gz`,
      `${G}/blobs3d-aniso-ref.nii.gz`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not on the grid/);
    const l = await run("agreement", [
      "--json",
      `${G}/labels-ref.nii.gz`,
      `${G}/labels-ans.nii.gz`,
      "--label",
      "9",
    ]);
    expect(l.code).toBe(1);
    expect(l.stderr).toMatch(/label 9 does not exist/);
  });
});
