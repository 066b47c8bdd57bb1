/**
 * Grading of "draw the outline" items: the closed polygon is rasterised on the answered slice with
 * the domain rule (pixel centre inside or on the edge, even–odd) and compared with the reference
 * mask of that slice by the domain's `compareMasks` (Dice, NSD at `nsdToleranceMm`, HD95; 2D
 * metrics on a one-slice grid).
 */
import { rasterisePolygon } from "../domain/geometry/polygon";
import { compareMasks, dice, type MaskMetrics } from "../domain/grading/masks";
import type { Mask } from "../domain/geometry/mask";
import type { GradeResult, OutlineAnswer } from "./answer";
import { fmt2, fmtMm, fmtPct, sliceFeedback } from "./feedback-text";
import type { OutlineItem } from "./item-schema";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";

/** Pass mark when neither the item nor the experts' spread gives one. */
export const DEFAULT_PASS_DICE = 0.7;

/** Error-map values: answer voxels outside the reference, and reference voxels missed. */
export const ERROR_OVER = 1;
export const ERROR_MISSED = 2;

/**
 * Pairwise Dice between every two annotators' masks of the structure on slice `k` (empty list
 * with fewer than two annotators).
 */
export function expertSpread(ctx: SpatialContext, k: number): number[] {
  const masks = [ctx.reference, ...ctx.others].map((r) => sliceMask(ctx.grid, r.annotations, ctx.labelmaps, k));
  const out: number[] = [];
  for (let a = 0; a < masks.length; a++) for (let b = a + 1; b < masks.length; b++) out.push(dice(masks[a], masks[b]));
  return out;
}

/**
 * Pass threshold on Dice: the item's `passDice`; else, with ≥ 2 annotators, the lowest pairwise
 * expert Dice minus 0.05, floored at 0.5; else {@link DEFAULT_PASS_DICE}.
 */
export function passDiceFor(item: OutlineItem, spread: readonly number[]): number {
  if (item.passDice !== undefined) return item.passDice;
  if (spread.length) return Math.max(0.5, Math.min(...spread) - 0.05);
  return DEFAULT_PASS_DICE;
}

/** Error map on one slice (nx·ny, i fastest): {@link ERROR_OVER}, {@link ERROR_MISSED}, else 0. */
export function errorMap(reference: Mask, answer: Mask): Uint8Array {
  const out = new Uint8Array(reference.data.length);
  for (let p = 0; p < out.length; p++) {
    if (answer.data[p] && !reference.data[p]) out[p] = ERROR_OVER;
    else if (reference.data[p] && !answer.data[p]) out[p] = ERROR_MISSED;
  }
  return out;
}

export interface OutlineGrade extends GradeResult {
  answerMask: Mask;
  referenceMask: Mask;
  errorMap: Uint8Array;
  slice: number;
  compare: MaskMetrics;
}

/**
 * Correct when Dice ≥ the pass mark ({@link passDiceFor}) and, with `findSlice`, the slice error ≤
 * `sliceToleranceMm`. Score = round(100 · Dice). The answer is graded on the slice it was drawn on.
 */
export function gradeOutline(item: OutlineItem, answer: OutlineAnswer, ctx: SpatialContext): OutlineGrade {
  const name = structureName(ctx.structures, item.structure);
  const k = answer.slice;
  const answerMask = rasterisePolygon(ctx.grid, k, answer.polygonMm);
  const referenceMask = sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, k);
  const m = compareMasks(referenceMask, answerMask, { nsdToleranceMm: item.nsdToleranceMm });
  const spread = expertSpread(ctx, k);
  const pass = passDiceFor(item, spread);
  const sliceErrorMm = Math.abs(k - ctx.targetSlice) * ctx.grid.spacing[2];
  const sliceOk = !item.findSlice || sliceErrorMm <= item.sliceToleranceMm;
  const correct = sliceOk && m.dice >= pass;
  const feedback = [
    m.referenceVoxels === 0
      ? `The experts did not outline the ${name} on this slice.`
      : `Your outline overlaps the experts' by ${fmtPct(m.dice)} (Dice ${fmt2(m.dice)}); ${fmt2(pass)} or more passes.`,
  ];
  if (spread.length)
    feedback.push(`The experts agree with each other at ${fmt2(Math.min(...spread))}–${fmt2(Math.max(...spread))} on this slice.`);
  if (m.referenceVoxels && m.answerVoxels) {
    feedback.push(
      `${fmtPct(m.nsd)} of the edges lie within ${fmtMm(m.nsdToleranceMm)} of each other (NSD ${fmt2(m.nsd)}); the far stretches are ${fmtMm(m.hd95)} off (HD95).`,
    );
    feedback.push(`You included ${m.overVoxels} pixels too many (orange) and missed ${m.underVoxels} (blue).`);
  }
  if (item.findSlice) feedback.push(...sliceFeedback(k, ctx.targetSlice, sliceErrorMm, `the ${name} is largest`));
  return {
    correct,
    score: Math.round(100 * m.dice),
    feedback,
    metrics: { dice: m.dice, nsd: m.nsd, hd95: m.hd95, passDice: pass, sliceErrorMm, answerVoxels: m.answerVoxels, referenceVoxels: m.referenceVoxels },
    answerMask,
    referenceMask,
    errorMap: errorMap(referenceMask, answerMask),
    slice: k,
    compare: m,
  };
}
