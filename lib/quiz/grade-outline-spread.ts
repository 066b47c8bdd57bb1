/**
 * Outline answers on a structure with ≥ 2 raters, judged against the raters' spread (domain
 * `raterSpread` + `gradeOutlineAgainstSpread`, on the answered slice): reference = STAPLE consensus
 * of all raters; Dice and NSD against it, NSD at the raters' tolerance τ (median pairwise HD95,
 * rounded up to 0.5 mm, at least one pixel); pass when Dice ≥ the lowest leave-one-out Dice of the
 * raters (or the item's `passDice`); score = round(100 · Dice); the feedback ranks the answer among
 * the raters' leave-one-out Dice. The error map tells apart where the answer differs from every
 * rater (over / missed) from where the raters disagree among themselves (disputed).
 */
import type { Mask } from "../domain/geometry/mask";
import { ordinal } from "../domain/agreement/rater-rank";
import { raterCounts, raterSpread } from "../domain/agreement/rater-spread";
import {
  gradeOutlineAgainstAdjudicated,
  gradeOutlineAgainstSpread,
} from "../domain/agreement/spread-grade";
import { spreadErrorMap } from "../domain/grading/feedback";
import type { AnnotatorKind } from "../domain/model/annotator";
import { fmt2, fmtMm, fmtPct } from "./feedback-text";
import type { LengthUnit } from "./reference-wording";
import { annotatorsNoun } from "./reference-wording";

export interface SpreadOutlineResult {
  passed: boolean;
  score: number;
  feedback: string[];
  consensus: Mask;
  errorMap: Uint8Array;
  metrics: ReturnType<typeof gradeOutlineAgainstSpread>["metrics"];
  passDice: number;
  toleranceMm: number;
  rank: number;
  of: number;
}

/** Judges `answer` against the raters' masks of one slice (see the file comment). */
export function gradeOutlineBySpread(
  raters: readonly Mask[],
  answer: Mask,
  opts: {
    name: string;
    passDice?: number;
    kinds: readonly (AnnotatorKind | undefined)[];
    unit?: LengthUnit;
    /** `raters[0]` is an adjudicated (senior-review) reference: see `gradeByAdjudicated`. */
    adjudicated?: boolean;
  },
): SpreadOutlineResult {
  if (opts.adjudicated) return gradeByAdjudicated(raters, answer, opts);
  const spread = raterSpread(raters);
  const g = gradeOutlineAgainstSpread(spread, answer, { passDice: opts.passDice });
  const m = g.metrics;
  const n = raters.length;
  const who = annotatorsNoun(opts.kinds) === "experts" ? "experts" : "raters";
  const tau = fmtMm(spread.toleranceMm, opts.unit);
  const lo = Math.min(...spread.looDice);
  const hi = Math.max(...spread.looDice);
  const why =
    g.passSource === "item"
      ? "the item's pass mark"
      : `the lowest score of a ${who.slice(0, -1)} against the others`;
  const feedback = [
    `Your Dice ${fmt2(m.dice)} against the consensus (STAPLE) of the ${n} ${who}; ${fmt2(g.passDice)} or more passes (${why}).`,
    `The ${n} ${who} scored ${fmt2(lo)}–${fmt2(hi)} against the others' consensus; you would rank ${ordinal(g.rank.rank)} of ${g.rank.of}.`,
  ];
  if (m.referenceVoxels && m.answerVoxels)
    feedback.push(
      `${fmtPct(m.nsd)} of the edges lie within ${tau} of the consensus edge (NSD ${fmt2(m.nsd)}; ${tau} is how far the ${who}' own outlines typically part: their median HD95, rounded up).`,
    );
  const err = spreadErrorMap(spread.consensus, answer, raterCounts(raters), n);
  if (m.answerVoxels)
    feedback.push(
      `Where no ${who.slice(0, -1)} agrees with you: ${err.over} pixels drawn (orange), ${err.under} missed (blue); ${err.disputed} more differ from the consensus where the ${who} disagree among themselves (yellow).`,
    );
  return {
    passed: g.passed,
    score: g.score,
    feedback,
    consensus: spread.consensus,
    errorMap: err.data,
    metrics: m,
    passDice: g.passDice,
    toleranceMm: spread.toleranceMm,
    rank: g.rank.rank,
    of: g.rank.of,
  };
}

/**
 * With an adjudicated reference (`masks[0]`) and the other raters after it (domain
 * `gradeOutlineAgainstAdjudicated`): Dice and NSD against the adjudicated mask, NSD at the raters'
 * τ; pass mark = the lowest Dice of a rater against the adjudicated mask (or the item's); rank
 * among those. The error map marks as disputed where the raters (not counting the adjudicator)
 * disagree among themselves.
 */
function gradeByAdjudicated(
  masks: readonly Mask[],
  answer: Mask,
  opts: { passDice?: number; unit?: LengthUnit },
): SpreadOutlineResult {
  const [adjudicated, ...raters] = masks;
  const g = gradeOutlineAgainstAdjudicated(adjudicated, raters, answer, opts);
  const m = g.metrics;
  const n = raters.length;
  const tau = fmtMm(g.toleranceMm, opts.unit);
  const why = g.passSource === "item" ? "the item's pass mark" : "the lowest score of a rater";
  const feedback = [
    `Your Dice ${fmt2(m.dice)} against the adjudicated (senior-review) reference; ${fmt2(g.passDice)} or more passes (${why}).`,
    `The ${n} raters scored ${fmt2(Math.min(...g.raterDice))}–${fmt2(Math.max(...g.raterDice))} against it; you would rank ${ordinal(g.rank.rank)} of ${g.rank.of}.`,
  ];
  if (m.referenceVoxels && m.answerVoxels)
    feedback.push(
      `${fmtPct(m.nsd)} of the edges lie within ${tau} of the reference edge (NSD ${fmt2(m.nsd)}; ${tau} is how far the raters' own outlines typically part: their median HD95, rounded up).`,
    );
  const err = spreadErrorMap(adjudicated, answer, raterCounts(raters), n);
  return {
    passed: g.passed,
    score: g.score,
    feedback,
    consensus: adjudicated,
    errorMap: err.data,
    metrics: m,
    passDice: g.passDice,
    toleranceMm: g.toleranceMm,
    rank: g.rank.rank,
    of: g.rank.of,
  };
}
