/** Grading of "place the landmark" items: 3D distance in mm against a tolerance. */
import { landmarkDistanceMm } from "../domain/grading/point";
import { scoreDistance } from "../domain/grading/policy";
import type { GradeResult, PointAnswer } from "./answer";
import { fmtMm } from "./feedback-text";
import { referenceOwner } from "./reference-wording";
import type { LandmarkItem } from "./item-schema";
import { structureName, type SpatialContext } from "./spatial-context";

/**
 * Correct when the Euclidean distance (world mm, 3D) between the placed point and the reference
 * landmark is ≤ `toleranceMm` (equality counts as correct). Score: 100 within the tolerance; a
 * miss earns round(50 · max(0, 1 − (d − tol) / 10 mm)) (domain `scoreDistance`). Without a
 * landmark reference the answer is graded incorrect with a message saying so.
 */
export function gradeLandmark(
  item: LandmarkItem,
  answer: PointAnswer,
  ctx: SpatialContext,
): GradeResult {
  const ref = ctx.reference.annotations.find((a) => a.type === "landmark");
  const name = structureName(ctx.structures, item.structure);
  if (!ref || ref.type !== "landmark") {
    return {
      correct: false,
      score: 0,
      feedback: [`No reference landmark for the ${name} in this case.`],
      metrics: {},
    };
  }
  const distanceMm = landmarkDistanceMm(ref.point, answer.pointMm);
  const tol = item.toleranceMm;
  const { score, passed: correct } = scoreDistance(distanceMm, tol);
  const feedback = [
    correct
      ? `Correct: your point is ${fmtMm(distanceMm, ctx.unit)} from ${referenceOwner(ctx.referenceKind)} ${name} (tolerance ${fmtMm(tol, ctx.unit)}).`
      : `Your point is ${fmtMm(distanceMm, ctx.unit)} from ${referenceOwner(ctx.referenceKind)} ${name}; within ${fmtMm(tol, ctx.unit)} counts as correct.`,
  ];
  return { correct, score, feedback, metrics: { distanceMm, toleranceMm: tol } };
}
