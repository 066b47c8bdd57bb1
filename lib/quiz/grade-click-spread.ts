/**
 * Click answers on a structure with ≥ 2 raters (domain `gradeClickAgainstRaters`): f = fraction of
 * raters whose mask holds the clicked voxel (on the clicked slice); f > 0.5 correct (score 100),
 * 0 < f ≤ 0.5 borderline (not correct, score round(100 · f)), f = 0 wrong (score 0; the feedback
 * gives the distance to the nearest voxel any rater holds). A click's tolerance does not apply.
 */
import { adjudicatedToleranceMm, gradeClickAgainstRaters } from "../domain/agreement/spread-grade";
import { linearIndex, worldToVoxel } from "../domain/geometry/grid";
import { nearestLabelVoxel } from "../domain/grading/point";
import { placeSlice, type Mask } from "../domain/geometry/mask";
import type { GradeResult, PointAnswer } from "./answer";
import { fmtMm } from "./feedback-text";
import type { ClickItem } from "./item-schema";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";

export function gradeClickBySpread(
  item: ClickItem,
  answer: PointAnswer,
  ctx: SpatialContext,
): GradeResult {
  const target = structureName(ctx.structures, item.structure);
  const v = worldToVoxel(ctx.grid, answer.pointMm);
  const k = v ? v[2] : answer.slice;
  const masks: Mask[] = [ctx.reference, ...ctx.others].map((r) =>
    sliceMask(ctx.grid, r.annotations, ctx.labelmaps, k),
  );
  const p = v
    ? linearIndex({ dims: [ctx.grid.dims[0], ctx.grid.dims[1], 1] }, v[0], v[1], 0)
    : null;
  const g = gradeClickAgainstRaters(masks, p);
  const of = `${g.holders} of ${g.raters} raters include this point`;
  const feedback: string[] = [];
  if (g.verdict === "correct") feedback.push(`Correct: you clicked inside the ${target} (${of}).`);
  else if (g.verdict === "borderline")
    feedback.push(
      `Borderline: ${of}. The raters disagree here, at the edge of the ${target}; most place it elsewhere.`,
    );
  else {
    let distance = Infinity;
    if (v) {
      const any = new Uint8Array(masks[0].data.length);
      for (const m of masks) for (let q = 0; q < any.length; q++) if (m.data[q]) any[q] = 1;
      const union = placeSlice(ctx.grid, k, { grid: masks[0].grid, data: any });
      distance = nearestLabelVoxel(ctx.grid, union.data, 1, answer.pointMm)?.distanceMm ?? Infinity;
    }
    const far = Number.isFinite(distance) ? `, ${fmtMm(distance, ctx.unit)} from it` : "";
    feedback.push(`Not quite: no rater includes this point in the ${target}${far}.`);
  }
  return {
    correct: g.verdict === "correct",
    score: g.score,
    feedback,
    metrics: { raterFraction: g.fraction, raters: g.raters, holders: g.holders },
  };
}

/**
 * The click tolerance τ (mm) beside an adjudicated (senior-review) reference: the raters' τ on the
 * target slice, as the outline uses it (domain `adjudicatedToleranceMm`: median pairwise HD95 of
 * the other raters, with one of them its HD95 against the adjudicated mask, rounded up to 0.5 mm,
 * at least one pixel). Undefined when the item names an annotation set, the reference is not
 * adjudicated, or the adjudicated mask or every other rater's mask is empty on that slice.
 */
export function adjudicatedClickToleranceMm(
  item: ClickItem,
  ctx: SpatialContext,
): number | undefined {
  if (item.annotationSet || !ctx.adjudicated || ctx.others.length === 0) return undefined;
  const slice = (r: SpatialContext["reference"]) =>
    sliceMask(ctx.grid, r.annotations, ctx.labelmaps, ctx.targetSlice);
  const adjudicated = slice(ctx.reference);
  const raters = ctx.others.map(slice).filter((m) => m.data.some((x) => x));
  if (!adjudicated.data.some((x) => x) || raters.length === 0) return undefined;
  return adjudicatedToleranceMm(adjudicated, raters);
}
