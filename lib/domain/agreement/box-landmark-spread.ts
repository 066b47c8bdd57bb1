/**
 * The raters' spread for box and landmark answers (multi-rater issue: "box IoU pass mark from the
 * raters' leave-one-out IoU; landmark tolerance from the raters' spread where several landmarks
 * exist"). Definitions (also in lib/domain/README.md):
 *
 * - Box of a rater = the world box of the voxels of its mask (`maskWorldBox`: voxel extents).
 *   Consensus box = the box of the STAPLE consensus of all raters. Leave-one-out IoU of rater r =
 *   `boxIou`(box of r, box of the STAPLE consensus of the others; 2 raters: the other mask). A rater
 *   or consensus with no voxel has no box: IoU 0. Pass mark = the lowest LOO IoU.
 * - Landmark: reference = the mean of the raters' points (world mm). Leave-one-out distance of
 *   rater r = Euclidean distance (mm) from r's point to the mean of the others' points. Tolerance =
 *   the largest LOO distance, rounded up to the next 0.5 mm (a multiple stays; 1e-9 mm slack), and
 *   at least `minSpacingMm` (one pixel): every rater's own point then lies within it of the others.
 * - Beside an adjudicated (senior-review) set: box pass mark = the lowest IoU of another rater's
 *   box against the adjudicated box; landmark tolerance = the largest distance of another rater's
 *   point from the adjudicated point, rounded as above.
 */
import { boxIou, type Box } from "../geometry/box";
import type { Vec3 } from "../geometry/grid";
import { maskWorldBox, type Mask, type WorldBox } from "../geometry/mask";
import type { GridSpec } from "../model/primitives";
import { roundUpHalfMm } from "./rater-spread";
import { staple } from "./staple";

export interface BoxSpread {
  /** Each rater's box (null: no voxel), in input order. */
  boxes: (WorldBox | null)[];
  /** Box of the STAPLE consensus of all raters (null: empty consensus). */
  consensus: WorldBox | null;
  looIou: number[];
  /** Lowest LOO IoU. */
  passIou: number;
}

/** IoU of two optional boxes; a missing box overlaps nothing (0). */
export function optionalBoxIou(a: Box | null, b: Box | null): number {
  return a && b ? boxIou(a, b) : 0;
}

/** The box spread of ≥ 2 raters' masks on `grid` (a one-slice grid for 2D items). */
export function raterBoxSpread(grid: GridSpec, masks: readonly Mask[]): BoxSpread {
  const n = masks.length;
  if (n < 2) throw new RangeError(`the spread needs at least 2 raters (got ${n})`);
  const boxes = masks.map((m) => maskWorldBox(grid, m));
  const looIou = masks.map((_, r) => {
    const others = staple(masks.filter((__, i) => i !== r)).consensus;
    return optionalBoxIou(boxes[r], maskWorldBox(grid, others));
  });
  return {
    boxes,
    consensus: maskWorldBox(grid, staple(masks).consensus),
    looIou,
    passIou: Math.min(...looIou),
  };
}

export interface LandmarkSpread {
  /** Mean of the raters' points (world mm). */
  centroid: Vec3;
  /** Per rater: distance (mm) to the mean of the others. */
  looDistanceMm: number[];
  toleranceMm: number;
}

const mean = (ps: readonly (readonly number[])[]): Vec3 =>
  [0, 1, 2].map((a) => ps.reduce((s, p) => s + p[a], 0) / ps.length) as Vec3;

/** The landmark spread of ≥ 2 raters' points (see the file comment). */
export function landmarkSpread(points: readonly Vec3[], minSpacingMm: number): LandmarkSpread {
  const n = points.length;
  if (n < 2) throw new RangeError(`the spread needs at least 2 raters (got ${n})`);
  const looDistanceMm = points.map((p, r) => {
    const m = mean(points.filter((_, i) => i !== r));
    return Math.hypot(p[0] - m[0], p[1] - m[1], p[2] - m[2]);
  });
  const toleranceMm = roundUpHalfMm(Math.max(...looDistanceMm), minSpacingMm);
  return { centroid: mean(points), looDistanceMm, toleranceMm };
}

/**
 * Box pass mark beside an adjudicated (senior-review) box: each other rater's IoU against the
 * adjudicated box (`boxIou`; a missing box scores 0), pass mark = the lowest. The caller projects
 * the boxes onto the slice plane first. Throws without a rater besides the adjudicated set.
 */
export function adjudicatedBoxPass(
  adjudicated: Box | null,
  raters: readonly (Box | null)[],
): { raterIou: number[]; passIou: number } {
  if (!raters.length) throw new RangeError("at least one rater besides the adjudicated set");
  const raterIou = raters.map((b) => optionalBoxIou(b, adjudicated));
  return { raterIou, passIou: Math.min(...raterIou) };
}

/**
 * Landmark tolerance beside an adjudicated landmark: each other rater's Euclidean distance (mm)
 * from the adjudicated point; tolerance = the largest, rounded up to 0.5 mm, at least
 * `minSpacingMm` (one pixel), as for `landmarkSpread`. Throws without a rater besides it.
 */
export function adjudicatedLandmarkTolerance(
  adjudicated: Vec3,
  raters: readonly Vec3[],
  minSpacingMm: number,
): { distancesMm: number[]; toleranceMm: number } {
  if (!raters.length) throw new RangeError("at least one rater besides the adjudicated set");
  const distancesMm = raters.map((p) =>
    Math.hypot(p[0] - adjudicated[0], p[1] - adjudicated[1], p[2] - adjudicated[2]),
  );
  return { distancesMm, toleranceMm: roundUpHalfMm(Math.max(...distancesMm), minSpacingMm) };
}
