/**
 * What a drawing on the quiz layer answers, or `null` when it is no answer (yet): the layer
 * reports this after every change, so a cleared or unfinished drawing never leaves a stale answer.
 *
 * - point / landmark: exactly one placed point.
 * - box: two corners spanning a non-empty area (some extent, > 1e-6 mm, along two world axes).
 * - line: two ends more than 1e-6 mm apart.
 * - ellipse: two axis ends more than 1e-6 mm apart and a third point off that axis (a width > 1e-6 mm).
 * - outline: a closed polygon of ≥ 3 vertices; or brush strokes that leave at least one pixel
 *   painted on `slice` by the rule of lib/quiz/brush-raster (everything erased is no answer).
 *
 * Points are world mm (LPS); `slice` is the zero-based axial k the drawing is on.
 */
import type { GridSpec } from "@/lib/domain/model";
import { rasteriseBrush } from "@/lib/quiz/brush-raster";
import { ellipseFromAxisPoints } from "@/lib/domain/geometry/ellipse";
import type { ViewerAnswer, ViewerBrushStroke, ViewerInteraction } from "./viewer-api";

type P3 = [number, number, number];
type Mode = Exclude<ViewerInteraction, "navigate">;

/** The answer of the points drawn in `mode` (`closed`: the outline was closed). */
export function shapeAnswer(
  mode: Mode,
  points: readonly P3[],
  closed: boolean,
  slice: number,
): ViewerAnswer | null {
  if (mode === "point" || mode === "landmark")
    return points.length === 1 ? { kind: mode, pointMm: points[0], slice } : null;
  if (mode === "box") {
    if (points.length !== 2) return null;
    const [a, b] = points;
    const min = a.map((v, n) => Math.min(v, b[n])) as P3;
    const max = a.map((v, n) => Math.max(v, b[n])) as P3;
    const spans = min.filter((v, n) => max[n] - v > 1e-6).length;
    return spans >= 2 ? { kind: "box", boxMm: { min, max }, slice } : null;
  }
  if (mode === "line")
    return points.length === 2 && dist(points[0], points[1]) > 1e-6
      ? { kind: "line", pointsMm: [...points], slice }
      : null;
  if (mode === "ellipse") {
    if (points.length !== 3) return null;
    const e = ellipseFromAxisPoints(points[0], points[1], points[2]);
    return e && e.semiAxes[1] > 1e-6 ? { kind: "ellipse", pointsMm: [...points], slice } : null;
  }
  return closed && points.length >= 3 ? { kind: "outline", polygonMm: [...points], slice } : null;
}

function dist(a: P3, b: P3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** The answer of brush strokes on `slice` of `grid`: null when no pixel stays painted. */
export function brushAnswer(
  grid: GridSpec,
  slice: number,
  strokes: readonly ViewerBrushStroke[],
): ViewerAnswer | null {
  if (!strokes.some((s) => !s.erase)) return null;
  if (!Number.isInteger(slice) || slice < 0 || slice >= grid.dims[2]) return null;
  const painted = rasteriseBrush(grid, slice, strokes).data.some((v) => v !== 0);
  return painted ? { kind: "outline", brush: [...strokes], slice } : null;
}
