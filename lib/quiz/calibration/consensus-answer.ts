/**
 * The reference answer of an item graded against the raters' spread (outline or click on a
 * structure with ≥ 2 annotators, no `annotationSet`: lib/quiz/grade-outline-spread.ts,
 * grade-click-spread.ts): the grader's reference there is the STAPLE consensus of all raters on
 * the slice, not the first rater's mask, so calibration probes start from that consensus (outline:
 * the consensus mask; click: its deepest interior pixel; box: the consensus box; landmark: the
 * mean of the raters' points). Undefined for every other item.
 */
import { staple } from "../../domain/agreement/staple";
import { boxSpreadFor } from "../grade-box";
import { landmarkReference } from "../grade-landmark";
import type { QuizAnswer } from "../answer";
import type { SpatialItem } from "../item-schema";
import { sliceMask, type SpatialContext } from "../spatial-context";
import { deepestPixel } from "./slice-shape";
import { pixelWorld } from "./structure-answers";

export function consensusAnswer(
  item: SpatialItem,
  ctx: SpatialContext,
  k: number,
): QuizAnswer | undefined {
  if (item.annotationSet || ctx.others.length === 0 || ctx.adjudicated) return undefined;
  if (item.type === "landmark") {
    const lm = landmarkReference(item, ctx);
    return lm?.spread ? { kind: "landmark", pointMm: lm.point, slice: k } : undefined;
  }
  if (item.type === "box") {
    const b = boxSpreadFor(item, ctx, k)?.consensus;
    return b ? { kind: "box", boxMm: { min: b.min, max: b.max }, slice: k } : undefined;
  }
  if (item.type !== "outline" && item.type !== "click") return undefined;
  const masks = [ctx.reference, ...ctx.others].map((r) =>
    sliceMask(ctx.grid, r.annotations, ctx.labelmaps, k),
  );
  const consensus = staple(masks).consensus;
  if (!consensus.data.some((v) => v)) return undefined;
  if (item.type === "outline") return { kind: "outline", mask: consensus.data, slice: k };
  const deep = deepestPixel(consensus);
  return deep
    ? { kind: "point", pointMm: pixelWorld(ctx.grid, deep.i, deep.j, k), slice: k }
    : undefined;
}
