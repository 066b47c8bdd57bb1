/**
 * The raters' spread of one structure: how much ≥ 2 raters' masks (same grid) disagree, and the
 * numbers that judge an answer against that spread (pinned in the multi-rater issue):
 *
 * - Pairwise Dice and HD95 (mm, `compareMasks`) between every pair of raters.
 * - Consensus = binary STAPLE of all raters (W ≥ 0.5, `staple` defaults), with each rater's
 *   sensitivity and specificity.
 * - Soft consensus: per voxel, the number of raters whose mask holds it (fraction = count / raters).
 * - Inter-rater tolerance τ = median over rater pairs of the pair's HD95, rounded up to the next
 *   0.5 mm, and at least the smallest spacing of the grid's axes with more than one voxel
 *   (one pixel on a 2D grid).
 * - Leave-one-out (LOO) score of rater r: Dice and NSD(τ) of r against the STAPLE consensus of the
 *   other raters. With 2 raters, "the others" is the one other mask (STAPLE of one mask = itself).
 * - Pass mark = the lowest LOO Dice.
 *
 * Callers choose the grid: the whole image, or one slice for 2D items (`sliceOf`).
 */
import type { Mask } from "../geometry/mask";
import { compareMasks } from "../grading/masks";
import { staple } from "./staple";

export interface RaterSpread {
  /** Number of raters (masks), in input order everywhere below. */
  raters: number;
  /** Symmetric matrices; the diagonal is 1 (Dice) and 0 (HD95). HD95 in mm. */
  pairwiseDice: number[][];
  pairwiseHd95Mm: number[][];
  /** Median pairwise HD95 before rounding, mm. */
  medianHd95Mm: number;
  /** τ (see file comment), mm. */
  toleranceMm: number;
  /** STAPLE of all raters, binary at 0.5. */
  consensus: Mask;
  sensitivity: number[];
  specificity: number[];
  /** LOO Dice and LOO NSD at τ, per rater. */
  looDice: number[];
  looNsd: number[];
  /** Lowest LOO Dice: the outline pass mark. */
  passDice: number;
  /** histogram[c] = voxels held by exactly c raters (c = 1…raters; [0] counts nothing = 0). */
  softHistogram: number[];
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * τ from the pairwise HD95 values (mm): median, rounded up to a multiple of 0.5 mm (a value already
 * on a multiple stays; 1e-9 mm slack against rounding), then at least `minSpacingMm`.
 */
export function interRaterToleranceMm(hd95s: readonly number[], minSpacingMm: number): number {
  if (!hd95s.length) throw new RangeError("at least one rater pair is needed");
  return roundUpHalfMm(median(hd95s), minSpacingMm);
}

/**
 * `mm` rounded up to the next 0.5 mm (a multiple stays; 1e-9 mm slack), and at least
 * `minSpacingMm` (one pixel): the rounding rule of every tolerance taken from the raters' spread.
 */
export function roundUpHalfMm(mm: number, minSpacingMm: number): number {
  return Math.max(Math.ceil(mm * 2 - 1e-9) / 2, minSpacingMm);
}

/** Smallest spacing (mm) among the axes with more than one voxel (1 when there are none). */
export function minInPlaneSpacing(mask: Mask): number {
  const s = mask.grid.dims.flatMap((n, a) => (n > 1 ? [mask.grid.spacing[a]] : []));
  return s.length ? Math.min(...s) : 1;
}

/**
 * Soft consensus: per voxel, how many raters' masks hold it (Uint8Array, 0…raters; up to 255
 * raters). The fraction of raters is count / masks.length.
 */
export function raterCounts(masks: readonly Mask[]): Uint8Array {
  if (!masks.length) throw new RangeError("at least one mask is needed");
  if (masks.length > 255) throw new RangeError("at most 255 raters");
  const out = new Uint8Array(masks[0].data.length);
  for (const m of masks) {
    if (m.data.length !== out.length) throw new RangeError("masks differ in size");
    for (let p = 0; p < out.length; p++) if (m.data[p]) out[p]++;
  }
  return out;
}

/** The spread of ≥ 2 raters' masks on one grid (see the file comment for every definition). */
export function raterSpread(masks: readonly Mask[]): RaterSpread {
  const n = masks.length;
  if (n < 2) throw new RangeError(`the spread needs at least 2 raters (got ${n})`);
  const pairwiseDice = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const pairwiseHd95Mm = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const hd95s: number[] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const m = compareMasks(masks[a], masks[b]);
      pairwiseDice[a][b] = pairwiseDice[b][a] = m.dice;
      pairwiseHd95Mm[a][b] = pairwiseHd95Mm[b][a] = m.hd95;
      hd95s.push(m.hd95);
    }
  const toleranceMm = interRaterToleranceMm(hd95s, minInPlaneSpacing(masks[0]));
  const all = staple(masks);
  const looDice: number[] = [];
  const looNsd: number[] = [];
  for (let r = 0; r < n; r++) {
    const others = staple(masks.filter((_, i) => i !== r)).consensus;
    const m = compareMasks(others, masks[r], { nsdToleranceMm: toleranceMm });
    looDice.push(m.dice);
    looNsd.push(m.nsd);
  }
  const softHistogram = new Array<number>(n + 1).fill(0);
  for (const c of raterCounts(masks)) if (c) softHistogram[c]++;
  return {
    raters: n,
    pairwiseDice,
    pairwiseHd95Mm,
    medianHd95Mm: median(hd95s),
    toleranceMm,
    consensus: all.consensus,
    sensitivity: all.sensitivity,
    specificity: all.specificity,
    looDice,
    looNsd,
    passDice: Math.min(...looDice),
    softHistogram,
  };
}
