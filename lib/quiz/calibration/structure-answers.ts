/**
 * A structure of an annotation set turned into a student's answer of each kind on one slice: its
 * mask (outline), its box, its deepest interior point (click), its landmark (landmark). Used to give
 * the reference, the contralateral partner and the nearest neighbour to the real graders. Pure.
 */
import { indexToWorld, type Vec3 } from "../../domain/geometry/grid";
import type { WorldBox } from "../../domain/geometry/mask";
import type { Annotation, AnnotationSet } from "../../domain/model/annotation-set";
import type { GridSpec } from "../../domain/model/primitives";
import type { QuizAnswer } from "../answer";
import { referenceBox } from "../grade-box";
import type { SpatialItem } from "../item-schema";
import { sliceMask, type SpatialContext } from "../spatial-context";
import { deepestPixel, maskCentroid } from "./slice-shape";

/** The annotations of `structure` in `set` (all types). */
export function structureAnnotations(set: AnnotationSet, structure: string): Annotation[] {
  return set.annotations.filter((a) => a.structure === structure);
}

/** World position of pixel (i, j) of slice k. */
export function pixelWorld(grid: GridSpec, i: number, j: number, k: number): Vec3 {
  return indexToWorld(grid, [i, j, k]);
}

/**
 * Centroid (world mm) of a structure on slice k: of its mask (segmentation or polygons on k), else
 * the centre of its box, else its landmark. Undefined when it has nothing on that slice (a 3D box or
 * landmark counts on every slice it was drawn for: boxes always, landmarks always).
 */
export function structureCentroid(
  ctx: SpatialContext,
  annotations: readonly Annotation[],
  k: number,
): Vec3 | undefined {
  const m = sliceMask(ctx.grid, annotations, ctx.labelmaps, k);
  const c = maskCentroid(m);
  if (c) return pixelWorld(ctx.grid, c[0], c[1], k);
  const box = annotations.find((a) => a.type === "box");
  if (box?.type === "box") return [0, 1, 2].map((a) => (box.min[a] + box.max[a]) / 2) as Vec3;
  const lm = annotations.find((a) => a.type === "landmark");
  return lm?.type === "landmark" ? lm.point : undefined;
}

/** The box answer of a set of annotations on slice k (box annotation, else mask extent), or null. */
export function annotationsBox(
  ctx: SpatialContext,
  set: AnnotationSet,
  annotations: Annotation[],
  k: number,
): WorldBox | null {
  return referenceBox({ ...ctx, reference: { set, annotations } }, k);
}

/**
 * The answer of the item's kind made from `annotations` on slice k, or undefined when they cannot
 * give one (e.g. a box set asked for a click). Outline: the mask; box: the box; click: the deepest
 * interior pixel's centre; landmark: the landmark point; name: the structure's display name.
 */
export function answerFrom(
  item: SpatialItem,
  ctx: SpatialContext,
  set: AnnotationSet,
  structure: string,
  k: number,
): QuizAnswer | undefined {
  const annotations = structureAnnotations(set, structure);
  if (item.type === "name") {
    const s = ctx.structures.find((x) => x.id === structure);
    return s ? { kind: "name", text: s.name } : undefined;
  }
  if (item.type === "landmark") {
    const lm = annotations.find((a) => a.type === "landmark");
    return lm?.type === "landmark" ? { kind: "landmark", pointMm: lm.point, slice: k } : undefined;
  }
  if (item.type === "box") {
    const b = annotationsBox(ctx, set, annotations, k);
    return b ? { kind: "box", boxMm: { min: b.min, max: b.max }, slice: k } : undefined;
  }
  const mask = sliceMask(ctx.grid, annotations, ctx.labelmaps, k);
  if (item.type === "outline")
    return mask.data.some((v) => v) ? { kind: "outline", mask: mask.data, slice: k } : undefined;
  const deep = deepestPixel(mask);
  return deep
    ? { kind: "point", pointMm: pixelWorld(ctx.grid, deep.i, deep.j, k), slice: k }
    : undefined;
}
