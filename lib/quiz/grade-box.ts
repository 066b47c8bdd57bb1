/** Grading of "draw the box" items: in-plane intersection over union on the slice. */
import { boxIou } from "../domain/geometry/box";
import { scoreBox } from "../domain/grading/policy";
import { maskWorldBox, type WorldBox } from "../domain/geometry/mask";
import { inPlaneWorldAxes } from "../domain/geometry/plane-grid";
import type { BoxAnswer, GradeResult } from "./answer";
import { fmt2, fmtPct, sliceFeedback } from "./feedback-text";
import { referenceOwner } from "./reference-wording";
import type { BoxItem } from "./item-schema";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";

/**
 * The reference box on slice `k`: the structure's `box` annotation when there is one, else the
 * world box covering its segmentation voxels on that slice (voxel extents, domain rule), or null
 * when the structure is absent from the slice.
 */
export function referenceBox(ctx: SpatialContext, k: number): WorldBox | null {
  const box = ctx.reference.annotations.find((a) => a.type === "box");
  if (box && box.type === "box") return { min: box.min, max: box.max };
  const m = sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, k);
  const b = maskWorldBox(
    { ...ctx.grid, dims: [ctx.grid.dims[0], ctx.grid.dims[1], 1], origin: sliceOrigin(ctx, k) },
    m,
  );
  return b;
}

/** World origin of slice k (so a one-slice grid maps to the right z). */
function sliceOrigin(ctx: SpatialContext, k: number): [number, number, number] {
  const d = ctx.grid.direction;
  const s = ctx.grid.spacing[2] * k;
  return [
    ctx.grid.origin[0] + d[2] * s,
    ctx.grid.origin[1] + d[5] * s,
    ctx.grid.origin[2] + d[8] * s,
  ];
}

/**
 * IoU of the drawn box and the reference box in the slice plane (the two world axes the slice's
 * grid axes run along, `inPlaneWorldAxes`: x and y on an axial slice, x and z on a coronal, y and
 * z on a sagittal; LPS mm), via the domain's continuous `boxIou`. Correct when IoU ≥ `passIou`
 * and, with `findSlice`, the slice error ≤ `sliceToleranceMm`. Score = round(100 · IoU) (domain policy
 * `scoreBox`).
 */
export function gradeBox(item: BoxItem, answer: BoxAnswer, ctx: SpatialContext): GradeResult {
  const name = structureName(ctx.structures, item.structure);
  const k = item.findSlice ? answer.slice : ctx.targetSlice;
  const ref = referenceBox(ctx, k);
  const sliceErrorMm = Math.abs(answer.slice - ctx.targetSlice) * ctx.grid.spacing[2];
  const [u, v] = inPlaneWorldAxes(ctx.grid);
  const inPlane = (b: WorldBox) => ({ min: [b.min[u], b.min[v]], max: [b.max[u], b.max[v]] });
  const iou = ref ? boxIou(inPlane(answer.boxMm), inPlane(ref)) : 0;
  const sliceOk = !item.findSlice || sliceErrorMm <= item.sliceToleranceMm;
  const outcome = scoreBox(iou, item.passIou);
  const correct = sliceOk && outcome.passed;
  const feedback = [
    ref
      ? `Your box overlaps ${referenceOwner(ctx.referenceKind)} box around the ${name} by ${fmtPct(iou)} (IoU ${fmt2(iou)}); ${fmtPct(item.passIou)} or more passes.`
      : `The ${name} is not on this slice.`,
  ];
  if (item.findSlice)
    feedback.push(
      ...sliceFeedback(
        answer.slice,
        ctx.targetSlice,
        sliceErrorMm,
        `the ${name} is largest`,
        ctx.unit,
      ),
    );
  return { correct, score: outcome.score, feedback, metrics: { iou, sliceErrorMm } };
}
