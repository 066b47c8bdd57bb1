/**
 * Calibration probes of "measure" items (biometry), as drawn answers for the real grader:
 * - reference: the ellipse fitted to the structure's mask on the slice (geometry `ellipseFromMask`),
 *   drawn as an ellipse (its long axis' ends, then the end of its short axis), or for a line item
 *   the ends of the item's `axis` of that ellipse: must pass;
 * - near-right: that measurement scaled about its centre so its value is off by half the item's
 *   tolerance, larger and smaller: must pass;
 * - clearly wrong: scaled so its value is off by twice the tolerance (larger): must fail.
 * Relative tolerance: `tolerancePct` / 100, or `toleranceMm` over the reference value. Pure.
 */
import type { Vec3 } from "../../domain/geometry/grid";
import { ellipseAxisEnds, ellipseFromMask, type Ellipse } from "../../domain/geometry/ellipse";
import type { Annotation } from "../../domain/model/annotation-set";
import type { MeasureAnswer } from "../answer";
import { ellipseValue } from "../grade-measure";
import type { MeasureItem } from "../item-schema";
import { sliceMask, type SpatialContext } from "../spatial-context";

/** A measure answer: the ellipse `e` scaled by `s` about its centre (or its axis as a line). */
function drawn(item: MeasureItem, e: Ellipse, s: number, k: number, z: number): MeasureAnswer {
  const ends = (axis: 0 | 1) =>
    ellipseAxisEnds({ ...e, semiAxes: [e.semiAxes[0] * s, e.semiAxes[1] * s] }, axis).map(
      ([x, y]) => [x, y, z] as Vec3,
    );
  if (item.tool === "line")
    return { kind: "line", pointsMm: ends(item.axis === "minor" ? 1 : 0), slice: k };
  return { kind: "ellipse", pointsMm: [...ends(0), ends(1)[1]], slice: k };
}

/** The reference measurement of `annotations` on slice k, or undefined when the mask is empty. */
export function measureAnswer(
  item: MeasureItem,
  ctx: SpatialContext,
  annotations: readonly Annotation[],
  k: number,
): MeasureAnswer | undefined {
  const e = ellipseFromMask(ctx.grid, k, sliceMask(ctx.grid, annotations, ctx.labelmaps, k));
  return e ? drawn(item, e, 1, k, zOf(ctx, k)) : undefined;
}

function zOf(ctx: SpatialContext, k: number): number {
  return ctx.grid.origin[2] + ctx.grid.direction[8] * ctx.grid.spacing[2] * k;
}

/** Near-right (±half the tolerance) and clearly-wrong (+twice it) scalings of the reference. */
export function measureProbes(
  item: MeasureItem,
  ctx: SpatialContext,
  k: number,
): { name: string; kind: "near-right" | "clearly-wrong"; answer: MeasureAnswer }[] {
  const e = ellipseFromMask(
    ctx.grid,
    k,
    sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, k),
  );
  if (!e) return [];
  const fitted =
    item.tool === "line"
      ? 2 * e.semiAxes[item.axis === "minor" ? 1 : 0]
      : ellipseValue(e, item.quantity);
  const ref = item.referenceValue ?? fitted;
  const t =
    item.tolerancePct !== undefined ? item.tolerancePct / 100 : (item.toleranceMm ?? 0) / ref;
  // The value as a multiple of the fitted one, and the scale that gives it (area grows with s²).
  const scale = (valueOverRef: number) => {
    const f = (valueOverRef * ref) / fitted;
    return item.quantity === "area" ? Math.sqrt(f) : f;
  };
  const z = zOf(ctx, k);
  return [
    {
      name: "half the tolerance larger",
      kind: "near-right",
      answer: drawn(item, e, scale(1 + t / 2), k, z),
    },
    {
      name: "half the tolerance smaller",
      kind: "near-right",
      answer: drawn(item, e, scale(1 - t / 2), k, z),
    },
    {
      name: "twice the tolerance larger",
      kind: "clearly-wrong",
      answer: drawn(item, e, scale(1 + 2 * t), k, z),
    },
  ];
}
