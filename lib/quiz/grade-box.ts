/** Grading of "draw the box" items: in-plane intersection over union on the slice. */
import { boxIou, type Box } from "../domain/geometry/box";
import { adjudicatedBoxPass, raterBoxSpread } from "../domain/agreement/box-landmark-spread";
import { scoreBox } from "../domain/grading/policy";
import { maskWorldBox, type WorldBox } from "../domain/geometry/mask";
import { inPlaneWorldAxes } from "../domain/geometry/plane-grid";
import type { GridSpec } from "../domain/model/primitives";
import type { BoxAnswer, GradeResult } from "./answer";
import { fmt2, fmtPct, sliceFeedback } from "./feedback-text";
import { annotatorsNoun, referenceOwner } from "./reference-wording";
import { DEFAULT_PASS_IOU, type BoxItem } from "./item-schema";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";

/** The one-slice grid of slice `k` (world origin moved to that slice, so boxes get its z). */
export function sliceGrid(ctx: SpatialContext, k: number): GridSpec {
  const d = ctx.grid.direction;
  const s = ctx.grid.spacing[2] * k;
  const o = ctx.grid.origin;
  return {
    ...ctx.grid,
    dims: [ctx.grid.dims[0], ctx.grid.dims[1], 1],
    origin: [o[0] + d[2] * s, o[1] + d[5] * s, o[2] + d[8] * s],
  };
}

/**
 * The reference box on slice `k`: the structure's `box` annotation when there is one, else the
 * world box covering its segmentation voxels on that slice (voxel extents, domain rule), or null
 * when the structure is absent from the slice.
 */
export function referenceBox(
  ctx: SpatialContext,
  k: number,
  rater: SpatialContext["reference"] = ctx.reference,
): WorldBox | null {
  const box = rater.annotations.find((a) => a.type === "box");
  if (box && box.type === "box") return { min: box.min, max: box.max };
  const m = sliceMask(ctx.grid, rater.annotations, ctx.labelmaps, k);
  return maskWorldBox(sliceGrid(ctx, k), m);
}

/**
 * Beside an adjudicated reference (no `annotationSet`, ≥ 1 other rater): each other rater's box on
 * slice `k` (as `referenceBox` makes it) projected onto the slice plane by `inPlane`, against the
 * adjudicated box (domain `adjudicatedBoxPass`); else undefined.
 */
function adjudicatedPassFor(
  item: BoxItem,
  ctx: SpatialContext,
  k: number,
  ref: WorldBox | null,
  inPlane: (b: WorldBox) => Box,
) {
  if (item.annotationSet || !ctx.adjudicated || ctx.others.length === 0) return undefined;
  const boxes = ctx.others.map((r) => referenceBox(ctx, k, r));
  return adjudicatedBoxPass(
    ref && inPlane(ref),
    boxes.map((b) => b && inPlane(b)),
  );
}

/**
 * The box spread of the raters on slice `k` (domain `raterBoxSpread`) when the item names no
 * annotation set and ≥ 2 raters segmented the structure (box annotations are not raters' masks:
 * with one, the single-reference rule applies; an adjudicated reference has `adjudicatedPassFor`);
 * else undefined.
 */
export function boxSpreadFor(item: BoxItem, ctx: SpatialContext, k: number) {
  if (item.annotationSet || ctx.others.length === 0 || ctx.adjudicated) return undefined;
  const refs = [ctx.reference, ...ctx.others];
  if (refs.some((r) => !r.annotations.every((a) => a.type === "segmentation"))) return undefined;
  const masks = refs.map((r) => sliceMask(ctx.grid, r.annotations, ctx.labelmaps, k));
  return raterBoxSpread(sliceGrid(ctx, k), masks);
}

/**
 * IoU of the drawn box and the reference box in the slice plane (the two world axes the slice's
 * grid axes run along, `inPlaneWorldAxes`: x and y on an axial slice, x and z on a coronal, y and
 * z on a sagittal; LPS mm), via the domain's continuous `boxIou`. Single rater: reference =
 * its box, pass mark = `passIou` (default 0.5). Several raters and no `annotationSet`: reference =
 * the box of the raters' STAPLE consensus on the slice, pass mark = the lowest leave-one-out IoU of
 * the raters unless the item gives `passIou`. Adjudicated reference (no `annotationSet`): reference
 * = its box, pass mark = the lowest IoU of another rater's box against it unless the item gives
 * `passIou`. Correct when IoU ≥ the pass mark and, with
 * `findSlice`, the slice error ≤ `sliceToleranceMm`. Score = round(100 · IoU) (domain `scoreBox`).
 */
export function gradeBox(item: BoxItem, answer: BoxAnswer, ctx: SpatialContext): GradeResult {
  const name = structureName(ctx.structures, item.structure);
  const k = item.findSlice ? answer.slice : ctx.targetSlice;
  const spread = boxSpreadFor(item, ctx, k);
  const ref = spread ? spread.consensus : referenceBox(ctx, k);
  const [u, v] = inPlaneWorldAxes(ctx.grid);
  const inPlane = (b: WorldBox) => ({ min: [b.min[u], b.min[v]], max: [b.max[u], b.max[v]] });
  const adj = adjudicatedPassFor(item, ctx, k, ref, inPlane);
  const passIou = item.passIou ?? spread?.passIou ?? adj?.passIou ?? DEFAULT_PASS_IOU;
  const sliceErrorMm = Math.abs(answer.slice - ctx.targetSlice) * ctx.grid.spacing[2];
  const iou = ref ? boxIou(inPlane(answer.boxMm), inPlane(ref)) : 0;
  const sliceOk = !item.findSlice || sliceErrorMm <= item.sliceToleranceMm;
  const outcome = scoreBox(iou, passIou);
  const correct = sliceOk && outcome.passed;
  const kinds = [ctx.referenceKind, ...(ctx.otherKinds ?? [])];
  const who = annotatorsNoun(kinds) === "experts" ? "experts" : "raters";
  const n = ctx.others.length + 1;
  const feedback = !ref
    ? [`The ${name} is not on this slice.`]
    : spread
      ? [
          `Your box overlaps the box of the ${n} ${who}' consensus (STAPLE) around the ${name} by ${fmtPct(iou)} (IoU ${fmt2(iou)}); ${fmt2(passIou)} or more passes (${item.passIou === undefined ? `the lowest IoU of a ${who.slice(0, -1)}'s box against the others' consensus` : "the item's pass mark"}).`,
          `The ${n} ${who}' boxes scored ${fmt2(Math.min(...spread.looIou))}–${fmt2(Math.max(...spread.looIou))} against the others' consensus.`,
        ]
      : adj
        ? [
            `Your box overlaps the adjudicated (senior-review) reference box around the ${name} by ${fmtPct(iou)} (IoU ${fmt2(iou)}); ${fmt2(passIou)} or more passes (${item.passIou === undefined ? "the lowest IoU of another rater's box against it" : "the item's pass mark"}).`,
            `The ${adj.raterIou.length} other ${adj.raterIou.length === 1 ? "rater's box" : "raters' boxes"} scored ${fmt2(Math.min(...adj.raterIou))}–${fmt2(Math.max(...adj.raterIou))} against it.`,
          ]
        : [
            `Your box overlaps ${referenceOwner(ctx.referenceKind)} box around the ${name} by ${fmtPct(iou)} (IoU ${fmt2(iou)}); ${fmtPct(passIou)} or more passes.`,
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
  return { correct, score: outcome.score, feedback, metrics: { iou, passIou, sliceErrorMm } };
}
