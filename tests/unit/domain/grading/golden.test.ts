/**
 * The TS metrics against the independent numpy/scipy reference
 * (scripts/golden/make_grading_fixtures.py → tests/fixtures/golden/grading). Tolerance 1e-6.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareMasks, gradePoint } from "@/lib/domain/grading";
import { readMask, readVolume } from "./helpers";

const dir = path.resolve(__dirname, "../../../fixtures/golden/grading");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
const TOL = 1e-6;

interface Exp {
  dice: number;
  iou: number;
  hd: number;
  hd95: number;
  assd: number;
  nsd: Record<string, number>;
  referenceVoxels: number;
  answerVoxels: number;
  referenceBoundaryVoxels?: number;
  answerBoundaryVoxels?: number;
}

function check(ref: string, ans: string, e: Exp, label?: number) {
  const a = readMask(path.join(dir, ref), label);
  const b = readMask(path.join(dir, ans), label);
  for (const tau of expected.taus as number[]) {
    const m = compareMasks(a, b, { nsdToleranceMm: tau });
    expect(m.referenceVoxels).toBe(e.referenceVoxels);
    expect(m.answerVoxels).toBe(e.answerVoxels);
    if (e.referenceBoundaryVoxels !== undefined) {
      expect(m.referenceBoundaryVoxels).toBe(e.referenceBoundaryVoxels);
      expect(m.answerBoundaryVoxels).toBe(e.answerBoundaryVoxels);
    }
    for (const k of ["dice", "iou", "hd", "hd95", "assd"] as const) {
      expect(Math.abs(m[k] - e[k]), `${k}`).toBeLessThanOrEqual(TOL);
    }
    expect(Math.abs(m.nsd - e.nsd[String(tau)]), `nsd@${tau}`).toBeLessThanOrEqual(TOL);
  }
}

describe("compareMasks matches scipy on golden fixtures", () => {
  for (const [name, e] of Object.entries(
    expected.cases as Record<string, Exp & { note: string }>,
  )) {
    it(`${name}: ${e.note}`, () => check(`${name}-ref.nii.gz`, `${name}-ans.nii.gz`, e));
  }
  for (const [label, e] of Object.entries(expected.labels as Record<string, Exp>)) {
    it(`multi-label map, label ${label}`, () =>
      check(
        "labels-ref.nii.gz",
        "labels-ans.nii.gz",
        e,
        label === "nonzero" ? undefined : Number(label),
      ));
  }
});

describe("gradePoint matches a brute-force reference on an oblique grid", () => {
  const vol = readVolume(path.join(dir, "points-labels.nii.gz"));
  for (const [n, p] of (
    expected.points as {
      pointMm: [number, number, number];
      voxel: [number, number, number] | null;
      label: number | null;
      distanceToLabel1Mm: number;
    }[]
  ).entries()) {
    it(`click ${n}`, () => {
      const g = gradePoint({
        grid: vol.grid,
        labels: vol.data,
        target: 1,
        pointMm: p.pointMm,
        toleranceMm: 1,
      });
      expect(g.voxel).toEqual(p.voxel);
      expect(g.clickedLabel).toBe(p.label);
      expect(g.hit).toBe(p.label === 1);
      expect(Math.abs(g.distanceMm - p.distanceToLabel1Mm)).toBeLessThanOrEqual(1e-6);
      expect(g.correct).toBe(p.distanceToLabel1Mm <= 1);
    });
  }
});
