/**
 * Grading of "measure" items (biometry): an ellipse (circumference or area) or a caliper line
 * (length) drawn on the slice, in mm from the grid's spacing, against a reference value within the
 * item's tolerance; an ellipse also by its Dice against the reference mask, a line by how far its
 * ends lie from the reference axis ends. The reference ellipse is the one fitted to the reference
 * mask by its moments (geometry `ellipseFromMask`).
 */
import {
  ellipseArea,
  ellipseAxisEnds,
  ellipseFromAxisPoints,
  ellipseFromMask,
  ellipsePerimeter,
  rasteriseEllipse,
  type Ellipse,
} from "../domain/geometry/ellipse";
import type { Mask } from "../domain/geometry/mask";
import { errorMap } from "../domain/grading/feedback";
import { dice } from "../domain/grading/masks";
import { scoreDistance } from "../domain/grading/policy";
import type { GradeResult, MeasureAnswer } from "./answer";
import { fmt2, fmtMm, fmtPct } from "./feedback-text";
import type { MeasureItem } from "./item-schema";
import { referenceOwner } from "./reference-wording";
import { sliceMask, structureName, type SpatialContext } from "./spatial-context";

export interface MeasureGrade extends GradeResult {
  /** Ellipse items: the answer and reference masks and their error map (as outline items). */
  answerMask?: Mask;
  referenceMask?: Mask;
  errorMap?: Uint8Array;
  slice: number;
}

/** The item's quantity of an ellipse: perimeter (Ramanujan II, mm) or area (mm²). */
export function ellipseValue(e: Ellipse, quantity: MeasureItem["quantity"]): number {
  const [a, b] = e.semiAxes;
  return quantity === "area" ? ellipseArea(a, b) : ellipsePerimeter(a, b);
}

/** The reference ellipse of the item: fitted to the reference mask on the target slice, or null. */
export function referenceEllipse(ctx: SpatialContext): { ellipse: Ellipse; mask: Mask } | null {
  const mask = sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, ctx.targetSlice);
  const ellipse = ellipseFromMask(ctx.grid, ctx.targetSlice, mask);
  return ellipse ? { ellipse, mask } : null;
}

/** The reference line of a line item: the ends of the fitted ellipse's minor or major axis. */
export function referenceLine(item: MeasureItem, e: Ellipse): [number, number][] {
  return ellipseAxisEnds(e, item.axis === "minor" ? 1 : 0);
}

/** Accepted error of `ref` under the item's tolerance, in the value's unit. */
export function allowedError(item: MeasureItem, ref: number): number {
  return item.toleranceMm ?? ((item.tolerancePct ?? 0) / 100) * ref;
}

const QUANTITY: Record<MeasureItem["quantity"], string> = {
  circumference: "circumference",
  area: "area",
  length: "length",
};

/**
 * Correct when |value − reference| ≤ the tolerance (equality passes) and, for an ellipse, its Dice
 * against the reference mask ≥ `passDice`, for a line, both ends lie within
 * `endpointToleranceMm` (default: the length tolerance) of the reference axis ends (either order).
 * Score: 100 when correct; otherwise the lower of the value's score (domain `scoreDistance` with
 * the tolerance as fall-off: 50 just past it, 0 at twice it) and the placement's (round(100·Dice)
 * when Dice fails; the ends' `scoreDistance` for a line). Reference value: the item's
 * `referenceValue`, else that of the fitted ellipse (its perimeter, area or axis length).
 */
export function gradeMeasure(
  item: MeasureItem,
  answer: MeasureAnswer,
  ctx: SpatialContext,
): MeasureGrade {
  const name = structureName(ctx.structures, item.structure);
  const k = answer.slice;
  const ref = referenceEllipse(ctx);
  const fail = (msg: string): MeasureGrade => ({
    correct: false,
    score: 0,
    feedback: [msg],
    metrics: {},
    slice: k,
  });
  if (!ref) return fail(`The reference has no ${name} on this slice.`);
  if (answer.kind !== (item.tool === "ellipse" ? "ellipse" : "line"))
    return fail(`This item asks for ${item.tool === "ellipse" ? "an ellipse" : "a caliper line"}.`);
  const [p, q, r] = answer.pointsMm;
  const unit = item.quantity === "area" ? "mm²" : "mm";
  const fmt = (v: number) => (unit === "mm" ? fmtMm(v) : `${Math.round(v)} mm²`);
  const owner = item.referenceSource ?? `${referenceOwner(ctx.referenceKind)} ${name}`;
  let value: number;
  let fitted: number;
  let placement: { passed: boolean; score: number; text: string; metrics: Record<string, number> };
  let masks: Pick<MeasureGrade, "answerMask" | "referenceMask" | "errorMap"> = {};
  if (item.tool === "ellipse") {
    const e = p && q && r ? ellipseFromAxisPoints(p, q, r) : null;
    if (!e) return fail("Draw an ellipse: two ends of one axis, then the width.");
    value = ellipseValue(e, item.quantity);
    fitted = ellipseValue(ref.ellipse, item.quantity);
    const answerMask = rasteriseEllipse(ctx.grid, k, e);
    const d = dice(answerMask, ref.mask);
    const passed = d >= item.passDice;
    placement = {
      passed,
      score: passed ? 100 : Math.round(100 * d),
      text: `Your ellipse overlaps the reference ellipse by ${fmtPct(d)} (Dice ${fmt2(d)}); ${fmt2(item.passDice)} or more passes (orange: yours only, blue: the reference only, green: both).`,
      metrics: { dice: d, passDice: item.passDice },
    };
    masks = { answerMask, referenceMask: ref.mask, errorMap: errorMap(ref.mask, answerMask).data };
  } else {
    if (!p || !q) return fail("Draw a caliper line: place its two ends.");
    value = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const [r0, r1] = referenceLine(item, ref.ellipse);
    fitted = Math.hypot(r1[0] - r0[0], r1[1] - r0[1]);
    const dist = (a: readonly number[], b: readonly number[]) =>
      Math.hypot(a[0] - b[0], a[1] - b[1]);
    const endErr = Math.min(Math.max(dist(p, r0), dist(q, r1)), Math.max(dist(p, r1), dist(q, r0)));
    const endTol = item.endpointToleranceMm ?? allowedError(item, item.referenceValue ?? fitted);
    const o = scoreDistance(endErr, endTol, endTol);
    placement = {
      passed: o.passed,
      score: o.score,
      text: `Your calipers are at most ${fmtMm(endErr)} from the ends of the reference ${item.axis} axis; within ${fmtMm(endTol)} passes.`,
      metrics: { endpointErrorMm: endErr, endpointToleranceMm: endTol },
    };
  }
  const reference = item.referenceValue ?? fitted;
  const allowed = allowedError(item, reference);
  const err = Math.abs(value - reference);
  const v = scoreDistance(err, allowed, allowed);
  const correct = v.passed && placement.passed;
  const tolText = item.tolerancePct ? `${item.tolerancePct} % (${fmt(allowed)})` : fmt(allowed);
  const feedback = [
    `Your ${QUANTITY[item.quantity]}: ${fmt(value)}; reference ${fmt(reference)} (${owner}); off by ${fmt(err)} (${fmtPct(err / reference)}). Within ${tolText} passes: ${item.toleranceSource}`,
    placement.text,
  ];
  return {
    correct,
    score: correct ? 100 : Math.min(v.score, placement.score),
    feedback,
    metrics: { value, reference, fitted, errorAbs: err, allowed, ...placement.metrics },
    slice: k,
    ...masks,
  };
}
