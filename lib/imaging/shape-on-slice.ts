/** Whether a vector annotation lies on the slice a viewport shows. */
import type { GridSpec } from "../domain/model";
import { worldToIndex } from "../domain/geometry/grid";
import type { ShapeRef } from "./overlay-model";

/**
 * Polygons: only on axial views (axis 2) at their `slice`. Landmarks: nearest slice of their point.
 * Boxes: every slice between the nearest slices of their min and max corners (inclusive).
 */
export function shapeOnSlice(
  grid: GridSpec,
  axis: 0 | 1 | 2,
  index: number,
  shape: ShapeRef,
): boolean {
  const a = shape.annotation;
  if (a.type === "polygon") return axis === 2 && a.slice === index;
  if (a.type === "landmark") return Math.round(worldToIndex(grid, a.point)[axis]) === index;
  const lo = worldToIndex(grid, a.min)[axis];
  const hi = worldToIndex(grid, a.max)[axis];
  return index >= Math.round(Math.min(lo, hi)) && index <= Math.round(Math.max(lo, hi));
}
