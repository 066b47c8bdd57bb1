/** Grading of "place the landmark" items: 3D distance in mm against a tolerance. */
import {
  adjudicatedLandmarkTolerance,
  landmarkSpread,
} from "../domain/agreement/box-landmark-spread";
import type { Vec3 } from "../domain/geometry/grid";
import { landmarkDistanceMm } from "../domain/grading/point";
import { scoreDistance } from "../domain/grading/policy";
import type { GradeResult, PointAnswer } from "./answer";
import { fmtMm } from "./feedback-text";
import { annotatorsNoun, referenceOwner } from "./reference-wording";
import { DEFAULT_LANDMARK_TOLERANCE_MM, type LandmarkItem } from "./item-schema";
import { structureName, type SpatialContext } from "./spatial-context";

/** Smallest spacing (mm) of the grid's axes with more than one voxel (one pixel). */
const minSpacing = (ctx: SpatialContext) =>
  Math.min(...ctx.grid.dims.flatMap((n, a) => (n > 1 ? [ctx.grid.spacing[a]] : [Infinity])));

/** First landmark point of each rater (reference first); undefined entries have none. */
function raterPoints(ctx: SpatialContext): (Vec3 | undefined)[] {
  return [ctx.reference, ...ctx.others].map((r) => {
    const a = r.annotations.find((x) => x.type === "landmark");
    return a?.type === "landmark" ? a.point : undefined;
  });
}

/**
 * The landmark an answer is measured against and its tolerance (see `gradeLandmark`), or null
 * without a landmark reference.
 */
export function landmarkReference(item: LandmarkItem, ctx: SpatialContext) {
  const points = raterPoints(ctx);
  if (!points[0]) return null;
  const placed = points.filter((p): p is Vec3 => !!p);
  const spread =
    !item.annotationSet && !ctx.adjudicated && placed.length >= 2
      ? landmarkSpread(placed, minSpacing(ctx))
      : null;
  const others = placed.slice(1);
  const adjudicated =
    !item.annotationSet && ctx.adjudicated && others.length
      ? adjudicatedLandmarkTolerance(points[0], others, minSpacing(ctx))
      : null;
  return {
    point: spread ? spread.centroid : points[0],
    toleranceMm:
      item.toleranceMm ??
      spread?.toleranceMm ??
      adjudicated?.toleranceMm ??
      DEFAULT_LANDMARK_TOLERANCE_MM,
    raters: placed.length,
    spread,
    adjudicated,
  };
}

/**
 * Correct when the Euclidean distance (world mm, 3D) between the placed point and the reference
 * landmark is ≤ the tolerance (equality counts as correct). Single rater: reference = its landmark,
 * tolerance = the item's `toleranceMm` (default 3 mm). Several raters placed it and the item names
 * no annotation set: reference = the mean of their points, tolerance = the raters' spread (domain
 * `landmarkSpread`: largest distance of a rater's point to the mean of the others', rounded up to
 * 0.5 mm, at least one pixel) unless the item gives `toleranceMm`. Adjudicated reference with other
 * raters' points: reference = the adjudicated point, tolerance = the largest distance of another
 * rater's point from it, rounded the same way, unless the item gives `toleranceMm`. Score: 100 within the
 * tolerance; a miss earns round(50 · max(0, 1 − (d − tol) / 10 mm)) (domain `scoreDistance`).
 * Without a landmark reference the answer is graded incorrect with a message saying so.
 */
export function gradeLandmark(
  item: LandmarkItem,
  answer: PointAnswer,
  ctx: SpatialContext,
): GradeResult {
  const name = structureName(ctx.structures, item.structure);
  const lm = landmarkReference(item, ctx);
  if (!lm) {
    return {
      correct: false,
      score: 0,
      feedback: [`No reference landmark for the ${name} in this case.`],
      metrics: {},
    };
  }
  const { spread, raters, adjudicated } = lm;
  const distanceMm = landmarkDistanceMm(lm.point, answer.pointMm);
  const tol = lm.toleranceMm;
  const { score, passed: correct } = scoreDistance(distanceMm, tol);
  const who = annotatorsNoun([ctx.referenceKind, ...(ctx.otherKinds ?? [])]);
  const owner = spread
    ? `the mean of the ${raters} ${who === "experts" ? "experts'" : "raters'"} points for the`
    : adjudicated
      ? "the adjudicated (senior-review) reference point for the"
      : referenceOwner(ctx.referenceKind);
  const feedback = [
    correct
      ? `Correct: your point is ${fmtMm(distanceMm, ctx.unit)} from ${owner} ${name} (tolerance ${fmtMm(tol, ctx.unit)}).`
      : `Your point is ${fmtMm(distanceMm, ctx.unit)} from ${owner} ${name}; within ${fmtMm(tol, ctx.unit)} counts as correct.`,
  ];
  if (spread && item.toleranceMm === undefined)
    feedback.push(
      `The tolerance is how far the ${who === "experts" ? "experts" : "raters"} themselves part: the largest distance of one rater's point from the mean of the others' (${spread.looDistanceMm.map((d) => fmtMm(d, ctx.unit)).join(", ")}), rounded up to 0.5.`,
    );
  if (adjudicated && item.toleranceMm === undefined)
    feedback.push(
      `The tolerance is how far the ${adjudicated.distancesMm.length === 1 ? "other rater" : "other raters"} placed it from the adjudicated point: the largest distance (${adjudicated.distancesMm.map((d) => fmtMm(d, ctx.unit)).join(", ")}), rounded up to 0.5.`,
    );
  return { correct, score, feedback, metrics: { distanceMm, toleranceMm: tol } };
}
