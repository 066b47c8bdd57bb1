/**
 * Grading of "draw the outline" items: the closed polygon is rasterised on the answered slice with
 * the domain rule (pixel centre inside or on the edge, even–odd), or the brush strokes with the
 * brush rule (pixel centre within the radius of the path, lib/quiz/brush-raster), or a given mask is
 * taken as is; the mask is
 * compared with the reference mask of that slice by the domain's `compareMasks` (Dice, NSD at
 * `nsdToleranceMm`, HD95; 2D metrics on a one-slice grid).
 */
import { rasterisePolygon } from "../domain/geometry/polygon";
import { rasteriseBrush } from "./brush-raster";
import type { Mask } from "../domain/geometry/mask";
import { ERROR_CODES, errorMap as domainErrorMap } from "../domain/grading/feedback";
import type { MaskMetrics } from "../domain/grading/masks";
import { gradeAgainstExperts, outlineThresholdFromExperts } from "../domain/grading/policy";
import { pairwiseDice } from "../domain/agreement/agreement";
import type { GradeResult, OutlineAnswer } from "./answer";
import { fmt2, fmtMm, fmtPct, sliceFeedback } from "./feedback-text";
import { annotatorsNoun, referenceOwner } from "./reference-wording";
import type { OutlineItem } from "./item-schema";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";
import { gradeOutlineBySpread } from "./grade-outline-spread";

/** Error-map values (domain `ERROR_CODES`): answer pixels outside the reference, and reference pixels missed. */
export const ERROR_OVER = ERROR_CODES.over;
/** Error-map value of pixels in both the answer and the reference. */
export const ERROR_AGREE = ERROR_CODES.agree;
export const ERROR_MISSED = ERROR_CODES.under;
/** Multi-rater items: the answer differs from the consensus where the raters disagree. */
export const ERROR_DISPUTED = ERROR_CODES.disputed;

/** Pairwise Dice values between the experts' masks (upper triangle; empty with < 2 experts). */
export function expertSpread(experts: readonly Mask[]): number[] {
  const m = pairwiseDice(experts);
  const out: number[] = [];
  for (let a = 0; a < m.length; a++) for (let b = a + 1; b < m.length; b++) out.push(m[a][b]);
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
 * With ≥ 2 annotators of the structure and no `annotationSet` named by the item, the answer is
 * judged against the raters' spread on that slice (`gradeOutlineBySpread`: STAPLE consensus, pass
 * mark = lowest leave-one-out Dice unless the item gives `passDice`, NSD at the raters' tolerance,
 * rank among the raters). Otherwise (domain `outlineThresholdFromExperts`): the item's `passDice`,
 * else Dice 0.7; the answer is compared with the reference (with `annotationSet` and several
 * annotators: the lowest pairwise Dice between them is the default pass mark) and the best match
 * counts; score = round(100 · Dice). With `findSlice`, the slice error must also be ≤
 * `sliceToleranceMm`. The answer is graded on the slice it was drawn on.
 */
export function gradeOutline(
  item: OutlineItem,
  answer: OutlineAnswer,
  ctx: SpatialContext,
): OutlineGrade {
  const name = structureName(ctx.structures, item.structure);
  const k = answer.slice;
  const answerMask: Mask = answer.mask
    ? {
        grid: { dims: [ctx.grid.dims[0], ctx.grid.dims[1], 1], spacing: [...ctx.grid.spacing] },
        data: answer.mask,
      }
    : answer.brush
      ? rasteriseBrush(ctx.grid, k, answer.brush)
      : rasterisePolygon(ctx.grid, k, answer.polygonMm ?? []);
  const experts = [ctx.reference, ...ctx.others].map((r) =>
    sliceMask(ctx.grid, r.annotations, ctx.labelmaps, k),
  );
  const sliceErrorMm = Math.abs(k - ctx.targetSlice) * ctx.grid.spacing[2];
  const sliceOk = !item.findSlice || sliceErrorMm <= item.sliceToleranceMm;
  const kinds = [ctx.referenceKind, ...(ctx.otherKinds ?? ctx.others.map(() => undefined))];
  if (!item.annotationSet && experts.length >= 2) {
    const s = gradeOutlineBySpread(experts, answerMask, {
      name,
      passDice: item.passDice,
      kinds,
      unit: ctx.unit,
      adjudicated: ctx.adjudicated,
    });
    const sm = s.metrics;
    return {
      correct: sliceOk && s.passed,
      score: s.score,
      feedback: item.findSlice
        ? [
            ...s.feedback,
            ...sliceFeedback(k, ctx.targetSlice, sliceErrorMm, `the ${name} is largest`, ctx.unit),
          ]
        : s.feedback,
      metrics: {
        dice: sm.dice,
        nsd: sm.nsd,
        hd95: sm.hd95,
        passDice: s.passDice,
        nsdToleranceMm: s.toleranceMm,
        rank: s.rank,
        rankOf: s.of,
        sliceErrorMm,
        answerVoxels: sm.answerVoxels,
        referenceVoxels: sm.referenceVoxels,
      },
      answerMask,
      referenceMask: s.consensus,
      errorMap: s.errorMap,
      slice: k,
      compare: sm,
    };
  }
  const threshold = outlineThresholdFromExperts(experts, { passDice: item.passDice });
  const graded = gradeAgainstExperts(
    item.annotationSet ? experts.slice(0, 1) : experts,
    answerMask,
    threshold,
    item.nsdToleranceMm,
  );
  const m = graded.metrics;
  const referenceMask = experts[graded.expert];
  const spread = expertSpread(experts);
  const correct = sliceOk && graded.passed;
  const owner = referenceOwner(kinds[graded.expert]);
  const group = annotatorsNoun(kinds);
  const feedback = [
    m.referenceVoxels === 0
      ? `The ${group} did not outline the ${name} on this slice.`
      : `Your outline overlaps ${owner} by ${fmtPct(m.dice)} (Dice ${fmt2(m.dice)}); ${fmt2(threshold.min)} or more passes.`,
  ];
  if (spread.length)
    feedback.push(
      `The ${group} agree with each other at ${fmt2(Math.min(...spread))}–${fmt2(Math.max(...spread))} on this slice.`,
    );
  if (m.referenceVoxels && m.answerVoxels) {
    feedback.push(
      `${fmtPct(m.nsd)} of the edges lie within ${fmtMm(m.nsdToleranceMm, ctx.unit)} of each other (NSD ${fmt2(m.nsd)}); the far stretches are ${fmtMm(m.hd95, ctx.unit)} off (HD95).`,
    );
    feedback.push(
      `You included ${m.overVoxels} pixels too many (orange) and missed ${m.underVoxels} (blue).`,
    );
  }
  if (item.findSlice)
    feedback.push(
      ...sliceFeedback(k, ctx.targetSlice, sliceErrorMm, `the ${name} is largest`, ctx.unit),
    );
  return {
    correct,
    score: graded.score,
    feedback,
    metrics: {
      dice: m.dice,
      nsd: m.nsd,
      hd95: m.hd95,
      passDice: threshold.min,
      sliceErrorMm,
      answerVoxels: m.answerVoxels,
      referenceVoxels: m.referenceVoxels,
    },
    answerMask,
    referenceMask,
    errorMap: domainErrorMap(referenceMask, answerMask).data,
    slice: k,
    compare: m,
  };
}
