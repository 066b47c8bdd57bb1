/**
 * Feedback data for a graded answer: the error map (over- and under-segmented voxels), the slice
 * error and the side (left/right) error. World = LPS mm; +x points to the patient's left.
 */
import type { GridSpec } from "../model/primitives";
import { indexToWorld, worldToVoxel } from "../geometry/grid";
import { occupiedSlices, type Mask } from "../geometry/mask";
import { assertSameShape, dice } from "./masks";
import { gridCentreXmm } from "./point";
import { ERROR_CODES } from "./error-codes";

export { ERROR_CODES } from "./error-codes";

/** Per-voxel error map on the masks' grid, codes {@link ERROR_CODES}, plus the counts. */
export function errorMap(
  reference: Mask,
  answer: Mask,
): { data: Uint8Array; agree: number; over: number; under: number } {
  assertSameShape(reference, answer);
  const a = reference.data;
  const b = answer.data;
  const data = new Uint8Array(a.length);
  let agree = 0;
  let over = 0;
  let under = 0;
  for (let p = 0; p < a.length; p++) {
    const x = a[p] !== 0;
    const y = b[p] !== 0;
    if (x && y) {
      data[p] = 1;
      agree++;
    } else if (y) {
      data[p] = 2;
      over++;
    } else if (x) {
      data[p] = 3;
      under++;
    }
  }
  return { data, agree, over, under };
}

/**
 * Error map against several raters (codes {@link ERROR_CODES}): where the answer matches the
 * consensus → agree (or none); where it differs from the consensus → over when no rater holds the
 * voxel, under when every rater holds it, disputed when only some raters hold it. `counts[p]` =
 * raters holding voxel p (`raterCounts`), `raters` = how many raters there are.
 */
export function spreadErrorMap(
  consensus: Mask,
  answer: Mask,
  counts: ArrayLike<number>,
  raters: number,
): { data: Uint8Array; agree: number; over: number; under: number; disputed: number } {
  assertSameShape(consensus, answer);
  const data = new Uint8Array(consensus.data.length);
  const n = { agree: 0, over: 0, under: 0, disputed: 0 };
  for (let p = 0; p < data.length; p++) {
    const x = consensus.data[p] !== 0;
    const y = answer.data[p] !== 0;
    if (x === y) {
      if (x) {
        data[p] = ERROR_CODES.agree;
        n.agree++;
      }
      continue;
    }
    const c = counts[p];
    const code = y && c === 0 ? "over" : !y && c === raters ? "under" : "disputed";
    data[p] = ERROR_CODES[code];
    n[code]++;
  }
  return { data, ...n };
}

/**
 * Distance in mm between the slice the student answered on and the target slice:
 * |k_answer − k_target| · spacing_k. 0 on a one-slice grid.
 */
export function sliceErrorMm(
  grid: Pick<GridSpec, "dims" | "spacing">,
  answerSlice: number,
  targetSlice: number,
): number {
  if (grid.dims[2] === 1) return 0;
  return Math.abs(answerSlice - targetSlice) * grid.spacing[2];
}

/**
 * Distance in mm from the answered slice to the nearest slice where the structure is present
 * (0 when it is present on the answered slice, Infinity when the structure is empty).
 */
export function sliceErrorToStructureMm(reference: Mask, answerSlice: number): number {
  const ks = occupiedSlices(reference);
  if (ks.length === 0) return Infinity;
  let best = Infinity;
  for (const k of ks) best = Math.min(best, Math.abs(k - answerSlice));
  return reference.grid.dims[2] === 1 ? 0 : best * reference.grid.spacing[2];
}

/**
 * Mirror image of a mask across the world plane x = `midlineXmm` (LPS): each foreground voxel
 * centre is reflected and lands in the voxel containing the reflection (dropped if outside).
 */
export function mirrorMaskX(grid: GridSpec, mask: Mask, midlineXmm = gridCentreXmm(grid)): Mask {
  const [nx, ny, nz] = grid.dims;
  const out = new Uint8Array(nx * ny * nz);
  const d = mask.data;
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, p++) {
        if (!d[p]) continue;
        const w = indexToWorld(grid, [i, j, k]);
        const v = worldToVoxel(grid, [2 * midlineXmm - w[0], w[1], w[2]]);
        if (v) out[v[0] + nx * (v[1] + ny * v[2])] = 1;
      }
  return { grid: { dims: [nx, ny, nz], spacing: [...grid.spacing] }, data: out };
}

export interface SideCheck {
  /** The answer matches the other side better than the asked side: left/right swapped. */
  swapped: boolean;
  /** Dice of the answer with the reference. */
  dice: number;
  /** Dice of the answer with the other side (the counterpart structure, or the mirrored reference). */
  diceOtherSide: number;
}

/**
 * Side error: the answer overlaps the contralateral structure better than the asked one. The other
 * side is the `counterpart` mask when given (e.g. the left hippocampus when the right was asked),
 * else the reference mirrored across x = `midlineXmm` (default: the grid centre's x). Swapped when
 * Dice(answer, other side) > Dice(answer, reference) and > 0.
 */
export function sideError(
  grid: GridSpec,
  reference: Mask,
  answer: Mask,
  opts: { counterpart?: Mask; midlineXmm?: number } = {},
): SideCheck {
  const other = opts.counterpart ?? mirrorMaskX(grid, reference, opts.midlineXmm);
  if (!answer.data.some((v) => v !== 0))
    return { swapped: false, dice: dice(reference, answer), diceOtherSide: 0 };
  const d = dice(reference, answer);
  const o = dice(other, answer);
  return { swapped: o > d && o > 0, dice: d, diceOtherSide: o };
}
