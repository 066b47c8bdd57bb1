/** Grading of "click the structure" items via the domain's `gradePoint` (point in structure). */
import { gradePoint, type PointGrade } from "../domain/grading/point";
import { scorePoint } from "../domain/grading/policy";
import { linearIndex } from "../domain/geometry/grid";
import type { GradeResult, PointAnswer } from "./answer";
import { inPlaneDistance } from "./click-distance";
import { fmtMm, sliceFeedback } from "./feedback-text";
import { referenceOwner } from "./reference-wording";
import type { ClickItem } from "./item-schema";
import { structureAt, structureName, type SpatialContext } from "./spatial-context";
import { adjudicatedClickToleranceMm, gradeClickBySpread } from "./grade-click-spread";

/**
 * With ≥ 2 annotators of the structure and no `annotationSet` named by the item, the click is
 * judged by the fraction of raters holding it (`gradeClickBySpread`), unless one of them is an
 * adjudicated set: then against that set, as below, with the raters' τ as the tolerance unless the
 * item sets `toleranceMm` > 0 (`adjudicatedClickToleranceMm`; the schema's default 0 cannot be told
 * from an explicit 0, so 0 means "not fixed" there). Otherwise:
 * correct when the voxel containing the click belongs to the target structure, or the click lies
 * within `toleranceMm` (inclusive) of the centre of its nearest target voxel. Which distance:
 * - single-slice items (no `findSlice`): the in-plane distance on the slice answered on, to the
 *   target's voxels on that slice (`inPlaneDistance`); a slice without the target is a miss, and the
 *   feedback gives the nearest slice that holds it (one-based) and the offset in mm;
 * - `findSlice` items: the 3D distance to the nearest target voxel on any slice (domain
 *   `gradePoint`), said as such, plus the slice error.
 * Score by the domain grade policy (`scorePoint`: 100 when correct; a near miss earns up to 50,
 * falling to 0 at tolerance + 10 mm). When wrong, the feedback names the structure under the click
 * (any segmentation of the reference annotation set) and a left/right swap when the mirrored click
 * would have hit. A click inside the structure on another slice is still inside it.
 */
export function gradeClick(item: ClickItem, answer: PointAnswer, ctx: SpatialContext): GradeResult {
  if (!item.annotationSet && ctx.others.length > 0 && !ctx.adjudicated)
    return gradeClickBySpread(item, answer, ctx);
  const target = structureName(ctx.structures, item.structure);
  const segs = ctx.reference.annotations.filter((a) => a.type === "segmentation");
  const file = segs[0]?.type === "segmentation" ? segs[0].labelmap : undefined;
  const labels = file ? ctx.labelmaps.get(file) : undefined;
  if (!file || !labels) {
    return {
      correct: false,
      score: 0,
      feedback: [
        `${referenceOwner(ctx.referenceKind)} outline of the ${target} could not be loaded.`.replace(
          /^t/,
          "T",
        ),
      ],
      metrics: {},
    };
  }
  const targetLabels = segs.flatMap((a) =>
    a.type === "segmentation" && a.labelmap === file ? [a.label] : [],
  );
  const tau = item.toleranceMm > 0 ? undefined : adjudicatedClickToleranceMm(item, ctx);
  const tol = tau ?? item.toleranceMm;
  const g3 = gradePoint({
    grid: ctx.grid,
    labels,
    target: targetLabels,
    pointMm: answer.pointMm,
    toleranceMm: tol,
  });
  const g = item.findSlice ? g3 : onSlice(g3, tol, labels, targetLabels, answer, ctx);
  const clicked =
    g.voxel && !g.hit
      ? structureAt(ctx.reference.set.annotations, ctx.labelmaps, linearIndex(ctx.grid, ...g.voxel))
      : undefined;
  const feedback: string[] = [];
  const adj =
    ctx.adjudicated && !item.annotationSet ? " (adjudicated senior-review reference)" : "";
  if (g.hit) feedback.push(`Correct: you clicked inside the ${target}${adj}.`);
  else if (g.correct)
    feedback.push(
      `Correct: your click is ${fmtMm(g.distanceMm, ctx.unit)} from the ${target}${adj} ${item.findSlice ? "(3D distance)" : "on this slice"}, within the ${fmtMm(tol, ctx.unit)} tolerance.`,
    );
  else {
    const where = !g.voxel
      ? "outside the image"
      : clicked
        ? `on the ${structureName(ctx.structures, clicked)}`
        : "on no labelled structure";
    feedback.push(
      `Not quite: you clicked ${where}${missDistance(g, item.findSlice, target, answer.slice, ctx)}`,
    );
    if (g.sideError)
      feedback.push(
        "Check the side: the mirror image of your click lies in the target. Patient left is on the image right.",
      );
  }
  if (tau !== undefined && !g.hit)
    feedback.push(
      `The ${fmtMm(tau, ctx.unit)} tolerance is how far the raters' own outlines typically part beside the adjudicated reference (their median HD95, rounded up).`,
    );
  const sliceErrorMm = Math.abs(answer.slice - ctx.targetSlice) * ctx.grid.spacing[2];
  if (item.findSlice)
    feedback.push(
      ...sliceFeedback(
        answer.slice,
        ctx.targetSlice,
        sliceErrorMm,
        `the ${target} is largest`,
        ctx.unit,
      ),
    );
  return {
    correct: g.correct,
    score: scorePoint(g, tol).score,
    feedback,
    metrics: {
      distanceMm: Number.isFinite(g.distanceMm) ? g.distanceMm : -1,
      sliceErrorMm,
      sideError: g.sideError ? 1 : 0,
    },
    ...(clicked && clicked !== item.structure ? { clickedStructure: clicked } : {}),
  };
}

/** The grade of a single-slice item: near-miss distance and correctness from the in-plane distance. */
function onSlice(
  g: PointGrade,
  toleranceMm: number,
  labels: ArrayLike<number>,
  target: readonly number[],
  answer: PointAnswer,
  ctx: SpatialContext,
): PointGrade & { nearestSlice?: number | null } {
  if (g.hit) return g;
  const plane = inPlaneDistance(ctx.grid, labels, target, answer.pointMm, answer.slice);
  return {
    ...g,
    distanceMm: plane.distanceMm,
    correct: plane.distanceMm <= toleranceMm,
    nearestSlice: plane.nearestSlice,
  };
}

/**
 * End of the "Not quite" sentence: the in-plane distance on this slice (one-based slice number), or
 * for a slice without the target the nearest slice holding it and its offset in mm; for
 * find-the-slice items the 3D distance, said as such.
 */
function missDistance(
  g: PointGrade & { nearestSlice?: number | null },
  findSlice: boolean,
  target: string,
  slice: number,
  ctx: SpatialContext,
): string {
  if (findSlice)
    return Number.isFinite(g.distanceMm)
      ? `, ${fmtMm(g.distanceMm, ctx.unit)} from the nearest part of the ${target} (3D distance, on any slice).`
      : `; the ${target} is not in the image.`;
  if (Number.isFinite(g.distanceMm))
    return `, ${fmtMm(g.distanceMm, ctx.unit)} from the ${target} on this slice (slice ${slice + 1}, in-plane distance).`;
  if (g.nearestSlice === null || g.nearestSlice === undefined)
    return `; the ${target} is not in the image.`;
  const offsetMm = Math.abs(g.nearestSlice - slice) * ctx.grid.spacing[2];
  return `; the ${target} is not on this slice (slice ${slice + 1}): the nearest slice that shows it is slice ${g.nearestSlice + 1}, ${fmtMm(offsetMm, ctx.unit)} away.`;
}
