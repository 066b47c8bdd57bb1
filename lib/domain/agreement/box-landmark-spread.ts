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
 */
import { boxIou, type Box } from "../geometry/box";
import type { Vec3 } from "../geometry/grid";
import { maskWorldBox, type Mask, type WorldBox } from "../geometry/mask";
import type { GridSpec } from "../model/primitives";
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
  const up = Math.ceil(Math.max(...looDistanceMm) * 2 - 1e-9) / 2;
  return { centroid: mean(points), looDistanceMm, toleranceMm: Math.max(up, minSpacingMm) };
}
