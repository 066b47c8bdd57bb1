/**
 * Judging answers against the raters' spread (pinned in the multi-rater issue):
 *
 * - Outline: reference = STAPLE consensus of all raters; the answer's Dice and NSD are computed
 *   against it, NSD at the inter-rater tolerance τ; pass when Dice ≥ the pass mark (the lowest
 *   leave-one-out Dice unless the item fixes one); score = round(100 · Dice); rank among the raters'
 *   LOO Dice (`rankAmongRaters`).
 * - Click: f = fraction of raters whose mask holds the clicked voxel; f > 0.5 correct (score 100),
 *   0 < f ≤ 0.5 borderline (not correct, score round(100 · f)), f = 0 wrong (score 0). A click
 *   outside the grid holds no rater (f = 0).
 */
import type { Mask } from "../geometry/mask";
import { compareMasks, type MaskMetrics } from "../grading/masks";
import { rankAmongRaters, type RaterRank } from "./rater-rank";
import { interRaterToleranceMm, minInPlaneSpacing, type RaterSpread } from "./rater-spread";

export interface SpreadOutlineGrade {
  /** Answer vs consensus, NSD at τ. */
  metrics: MaskMetrics;
  passDice: number;
  /** Where the pass mark came from: the raters' LOO Dice or the item. */
  passSource: "raters" | "item";
  passed: boolean;
  score: number;
  rank: RaterRank;
}

/** Grades an answer mask (same grid as the raters') against the spread (see file comment). */
export function gradeOutlineAgainstSpread(
  spread: RaterSpread,
  answer: Mask,
  opts: { passDice?: number } = {},
): SpreadOutlineGrade {
  const metrics = compareMasks(spread.consensus, answer, { nsdToleranceMm: spread.toleranceMm });
  const passDice = opts.passDice ?? spread.passDice;
  return {
    metrics,
    passDice,
    passSource: opts.passDice === undefined ? "raters" : "item",
    passed: metrics.dice >= passDice,
    score: Math.max(0, Math.min(100, Math.round(100 * metrics.dice))),
    rank: rankAmongRaters(metrics.dice, spread.looDice),
  };
}

export interface SpreadClickGrade {
  /** Raters whose mask holds the voxel, and how many raters there are. */
  holders: number;
  raters: number;
  fraction: number;
  verdict: "correct" | "borderline" | "wrong";
  score: number;
}

/** Grades a click at linear voxel index `p` (or null when outside the grid) by rater fraction. */
export function gradeClickAgainstRaters(
  masks: readonly Mask[],
  p: number | null,
): SpreadClickGrade {
  if (!masks.length) throw new RangeError("at least one rater mask is needed");
  const holders = p === null ? 0 : masks.filter((m) => m.data[p]).length;
  const fraction = holders / masks.length;
  const verdict = fraction > 0.5 ? "correct" : fraction > 0 ? "borderline" : "wrong";
  const score = verdict === "correct" ? 100 : Math.round(100 * fraction);
  return { holders, raters: masks.length, fraction, verdict, score };
}

/**
 * Adjudicated (senior-review) reference: the answer is judged against the adjudicated mask, and
 * the raters' spread still sets the numbers. τ = median pairwise HD95 of the raters (with a single
 * rater: of it and the adjudicated mask), rounded up as for `raterSpread`; each rater's score =
 * its Dice against the adjudicated mask (in place of leave-one-out); pass mark = the lowest of
 * those unless the item fixes one; rank among those scores.
 */
export function gradeOutlineAgainstAdjudicated(
  adjudicated: Mask,
  raters: readonly Mask[],
  answer: Mask,
  opts: { passDice?: number } = {},
): SpreadOutlineGrade & { toleranceMm: number; raterDice: number[] } {
  const toleranceMm = adjudicatedToleranceMm(adjudicated, raters);
  const raterDice = raters.map((r) => compareMasks(adjudicated, r).dice);
  const metrics = compareMasks(adjudicated, answer, { nsdToleranceMm: toleranceMm });
  const passDice = opts.passDice ?? Math.min(...raterDice);
  return {
    metrics,
    passDice,
    passSource: opts.passDice === undefined ? "raters" : "item",
    passed: metrics.dice >= passDice,
    score: Math.max(0, Math.min(100, Math.round(100 * metrics.dice))),
    rank: rankAmongRaters(metrics.dice, raterDice),
    toleranceMm,
    raterDice,
  };
}

/**
 * The raters' tolerance τ (mm) beside an adjudicated mask: median pairwise HD95 of the raters
 * (with a single rater: HD95 of it and the adjudicated mask), rounded up to 0.5 mm, at least one
 * pixel (`interRaterToleranceMm`). Used by the outline's NSD and by clicks outside the adjudicated
 * region. Throws without a rater besides the adjudicated set.
 */
export function adjudicatedToleranceMm(adjudicated: Mask, raters: readonly Mask[]): number {
  if (!raters.length) throw new RangeError("at least one rater besides the adjudicated set");
  const pool = raters.length >= 2 ? raters : [adjudicated, ...raters];
  const hd95s: number[] = [];
  for (let a = 0; a < pool.length; a++)
    for (let b = a + 1; b < pool.length; b++) hd95s.push(compareMasks(pool[a], pool[b]).hd95);
  return interRaterToleranceMm(hd95s, minInPlaneSpacing(adjudicated));
}
