/**
 * Colin27 atlases as raters of one concept (AAL vs Harvard-Oxford split at x = 0 mm) against the
 * numpy/scipy reference (scripts/golden/make_colin27_raters_expected.py, which redoes the split from
 * harvard-oxford.nii.gz): the stored rater-spread.json for all 34 pairs, and live TypeScript runs
 * of the spread, the box spread and the landmark spread on two of them, to 1e-6.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { landmarkSpread, raterBoxSpread, raterSpread } from "@/lib/domain/agreement";
import { indexToWorld, type Vec3 } from "@/lib/domain/geometry/grid";
import { maskFromLabels, sliceOf, type Mask } from "@/lib/domain/geometry/mask";
import { raterSpreadFileSchema } from "@/lib/content/rater-spread-schema";
import { readNifti } from "@/lib/io/nifti";

const repo = path.resolve(__dirname, "../../../..");
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(repo, p), "utf8"));
const expected = read("tests/fixtures/golden/colin27-raters-expected.json").pairs as Pair[];
const stored = raterSpreadFileSchema.parse(read("public/cases/colin27/rater-spread.json"));
const grid = read("content/cases/colin27/case.json").grid;
const TOL = 1e-6;

interface Pair {
  structure: string;
  structures: string[];
  dice: number;
  hd95: number;
  tolerance: number;
  consensusVoxels: number;
  sensitivity: number[];
  specificity: number[];
  looDice: number[];
  looNsd: number[];
  box: { slice: number; looIou: number[]; passIou: number };
  landmark: { points: Vec3[]; looDistanceMm: number[]; toleranceMm: number };
}

const close = (a: readonly number[], b: readonly number[]) => {
  expect(a).toHaveLength(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(TOL));
};

function labels(file: string) {
  const r = readNifti(new Uint8Array(fs.readFileSync(path.join(repo, "public", file))), file);
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.value.data;
}

describe("colin27 rater-spread.json vs numpy", () => {
  it("has the 34 pairs of the reference, in the same raters' structures", () => {
    expect(stored.structures.map((s) => s.structures).sort()).toEqual(
      expected.map((p) => p.structures).sort(),
    );
  });
  it.each(expected.map((p) => [p.structure, p] as const))("%s", (_, p) => {
    const s = stored.structures.find((x) => x.structure === p.structure)!;
    close(
      [s.pairwiseDice[0][1], s.pairwiseHd95Mm[0][1], s.toleranceMm],
      [p.dice, p.hd95, p.tolerance],
    );
    close(s.looDice, p.looDice);
    close(s.looNsd, p.looNsd);
    close(s.sensitivity, p.sensitivity);
    close(s.specificity, p.specificity);
    expect(s.consensusVoxels).toBe(p.consensusVoxels);
    expect(s.passDice).toBeCloseTo(Math.min(...p.looDice), 9);
  });
});

describe("live TypeScript spread on colin27 pairs vs numpy", () => {
  const aal = labels("/cases/colin27/aal.nii.gz");
  const split = labels("/cases/colin27/harvard-oxford-split.nii.gz");
  const sets = [
    read("content/cases/colin27/annotations/aal.json"),
    read("content/cases/colin27/annotations/harvard-oxford-split.json"),
  ];
  const labelOf = (set: number, id: string) =>
    sets[set].annotations.find((a: { structure: string }) => a.structure === id).label as number;
  const centroid = (m: Mask): Vec3 => {
    const [nx, ny] = m.grid.dims;
    const s = [0, 0, 0];
    let n = 0;
    m.data.forEach((v, p) => {
      if (!v) return;
      s[0] += p % nx;
      s[1] += Math.floor(p / nx) % ny;
      s[2] += Math.floor(p / (nx * ny));
      n++;
    });
    return indexToWorld(grid, [s[0] / n, s[1] / n, s[2] / n]);
  };
  for (const id of ["insula-left", "heschl-right"]) {
    const p = expected.find((x) => x.structure === id)!;
    const masks = [
      maskFromLabels(grid, aal, labelOf(0, p.structures[0])),
      maskFromLabels(grid, split, labelOf(1, p.structures[1])),
    ];
    it(`${id}: Dice, HD95, τ, LOO Dice and NSD`, () => {
      const s = raterSpread(masks);
      close(
        [s.pairwiseDice[0][1], s.pairwiseHd95Mm[0][1], s.toleranceMm],
        [p.dice, p.hd95, p.tolerance],
      );
      close(s.looDice, p.looDice);
      close(s.looNsd, p.looNsd);
    });
    it(`${id}: box pass mark = leave-one-out IoU on slice ${p.box.slice}`, () => {
      const k = p.box.slice;
      const o = indexToWorld(grid, [0, 0, k]);
      const b = raterBoxSpread(
        { ...grid, dims: [grid.dims[0], grid.dims[1], 1], origin: o },
        masks.map((m) => sliceOf(m, k)),
      );
      close(b.looIou, p.box.looIou);
      expect(Math.abs(b.passIou - p.box.passIou)).toBeLessThan(TOL);
    });
    it(`${id}: landmark tolerance from the two centroids`, () => {
      const pts = masks.map(centroid);
      pts.forEach((q, r) => close(q, p.landmark.points[r]));
      const l = landmarkSpread(pts, 1);
      close(l.looDistanceMm, p.landmark.looDistanceMm);
      expect(l.toleranceMm).toBe(p.landmark.toleranceMm);
    });
  }
});

describe("landmarkSpread, by hand", () => {
  it("three raters: mean of the others, largest distance rounded up to 0.5 mm", () => {
    // Points (0,0,0), (2,0,0), (0,4,0). Rater 0 vs mean (1,2,0): √5 = 2.236; rater 1 vs (0,2,0):
    // √8 = 2.828; rater 2 vs (1,0,0): √17 = 4.123 → τ = 4.5 mm. Centroid (2/3, 4/3, 0).
    const l = landmarkSpread(
      [
        [0, 0, 0],
        [2, 0, 0],
        [0, 4, 0],
      ],
      1,
    );
    close(l.looDistanceMm, [Math.sqrt(5), Math.sqrt(8), Math.sqrt(17)]);
    expect(l.toleranceMm).toBe(4.5);
    close(l.centroid, [2 / 3, 4 / 3, 0]);
  });
  it("a tolerance is at least one pixel, and 2 mm stays 2 mm", () => {
    expect(
      landmarkSpread(
        [
          [0, 0, 0],
          [0.2, 0, 0],
        ],
        1,
      ).toleranceMm,
    ).toBe(1);
    expect(
      landmarkSpread(
        [
          [0, 0, 0],
          [2, 0, 0],
        ],
        1,
      ).toleranceMm,
    ).toBe(2);
  });
});
