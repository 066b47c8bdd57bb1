/**
 * The raters' spread on the shipped BU-BIL cases (public/cases/bubil-p0x, NIfTI labelmaps made by
 * scripts/sources/build-bubil.sh) against the numpy/scipy reference computed from the source PNGs
 * (scripts/golden/make_bubil_expected.py → tests/fixtures/golden/bubil-expected.json, "spread").
 * Matching also shows the import kept every mask pixel for pixel.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  gradeClickAgainstRaters,
  gradeOutlineAgainstSpread,
  raterSpread,
} from "@/lib/domain/agreement";
import type { Mask } from "@/lib/domain/geometry/mask";
import { readNifti } from "@/lib/io/nifti";

const repo = path.resolve(__dirname, "../../../..");
const expected = JSON.parse(
  fs.readFileSync(path.join(repo, "tests/fixtures/golden/bubil-expected.json"), "utf8"),
);
const TOL = 1e-6;

/** Rater folder name (Person1_Amira) → the case's labelmap, label 1 as a mask. */
function loadMask(caseId: string, rater: string): Mask {
  const file = rater.toLowerCase().replace("_", "-") + ".nii.gz";
  const bytes = fs.readFileSync(path.join(repo, "public/cases", caseId, file));
  const r = readNifti(new Uint8Array(bytes), file);
  if (!r.ok) throw new Error(r.issues[0].message);
  const data = Uint8Array.from(r.value.data, (v) => (v === 1 ? 1 : 0));
  return { grid: { dims: [1300, 1030, 1], spacing: [1, 1, 1] }, data };
}

function shifted(m: Mask, s: number): Mask {
  const [nx, ny] = m.grid.dims;
  const data = new Uint8Array(m.data.length);
  for (let j = 0; j < ny; j++)
    for (let i = s; i < nx; i++) data[i + nx * j] = m.data[i - s + nx * j];
  return { grid: m.grid, data };
}

describe.each(["P01", "P02", "P03"])("BU-BIL %s: raters' spread vs numpy/scipy", (img) => {
  const e = expected.images[img].spread;
  const raters: string[] = expected.raters;
  const masks = raters.map((r) => loadMask(`bubil-${img.toLowerCase()}`, r));
  const s = raterSpread(masks);

  it("pairwise Dice and HD95, τ", () => {
    const pd: number[][] = expected.images[img].pairwiseDice;
    for (let a = 0; a < masks.length; a++)
      for (let b = 0; b < masks.length; b++) {
        expect(Math.abs(s.pairwiseDice[a][b] - pd[a][b])).toBeLessThanOrEqual(TOL);
        expect(Math.abs(s.pairwiseHd95Mm[a][b] - e.pairwiseHd95[a][b])).toBeLessThanOrEqual(TOL);
      }
    expect(Math.abs(s.medianHd95Mm - e.medianHd95)).toBeLessThanOrEqual(TOL);
    expect(s.toleranceMm).toBe(e.tolerance);
  });

  it("STAPLE consensus, leave-one-out Dice and NSD, soft histogram", () => {
    expect(s.consensus.data.reduce((n, v) => n + v, 0)).toBe(e.consensusVoxels);
    for (let r = 0; r < masks.length; r++) {
      expect(Math.abs(s.sensitivity[r] - e.sensitivity[r])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(s.specificity[r] - e.specificity[r])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(s.looDice[r] - e.looDice[r])).toBeLessThanOrEqual(TOL);
      expect(Math.abs(s.looNsd[r] - e.looNsd[r])).toBeLessThanOrEqual(TOL);
    }
    expect(Math.abs(s.passDice - e.passDice)).toBeLessThanOrEqual(TOL);
    expect(s.softHistogram).toEqual(e.softHistogram);
  });

  it("each rater's own mask as an answer: Dice, NSD, rank, pass; shifted by 2τ it fails", () => {
    masks.forEach((m, r) => {
      const st = e.students[r];
      const g = gradeOutlineAgainstSpread(s, m);
      expect(Math.abs(g.metrics.dice - st.dice)).toBeLessThanOrEqual(TOL);
      expect(Math.abs(g.metrics.nsd - st.nsd)).toBeLessThanOrEqual(TOL);
      expect(g.rank).toEqual({ rank: st.rank, of: masks.length + 1 });
      expect(g.passed).toBe(st.passed);
      const sh = gradeOutlineAgainstSpread(s, shifted(m, Math.round(2 * s.toleranceMm)));
      expect(Math.abs(sh.metrics.dice - st.shiftedDice)).toBeLessThanOrEqual(TOL);
      expect(sh.passed).toBe(st.shiftedPassed);
    });
  });

  it("clicks: 2 of 10 raters → borderline 20, 6 of 10 → correct, 10 of 10 → correct", () => {
    const at = (c: string) => e.clickPoints[c].i + 1300 * e.clickPoints[c].j;
    expect(gradeClickAgainstRaters(masks, at("2"))).toMatchObject({
      holders: 2,
      verdict: "borderline",
      score: 20,
    });
    expect(gradeClickAgainstRaters(masks, at("6"))).toMatchObject({
      holders: 6,
      verdict: "correct",
    });
    expect(gradeClickAgainstRaters(masks, at("10")).score).toBe(100);
    expect(gradeClickAgainstRaters(masks, null).verdict).toBe("wrong");
  });
});

describe("stored spread files (npm run rater-spread) vs numpy/scipy", () => {
  it.each(["P01", "P02", "P03"])("%s", (img) => {
    const e = expected.images[img].spread;
    const f = JSON.parse(
      fs.readFileSync(
        path.join(repo, `public/cases/bubil-${img.toLowerCase()}/rater-spread.json`),
        "utf8",
      ),
    );
    const s = f.structures[0];
    expect(s.annotators).toEqual(
      (expected.raters as string[]).map((r) =>
        r.toLowerCase().replace(/person(\d)_/, "person-$1-"),
      ),
    );
    s.looDice.forEach((d: number, r: number) =>
      expect(Math.abs(d - e.looDice[r])).toBeLessThanOrEqual(TOL),
    );
    s.looNsd.forEach((d: number, r: number) =>
      expect(Math.abs(d - e.looNsd[r])).toBeLessThanOrEqual(TOL),
    );
    expect(s.toleranceMm).toBe(e.tolerance);
    expect(s.consensusVoxels).toBe(e.consensusVoxels);
  });
});
