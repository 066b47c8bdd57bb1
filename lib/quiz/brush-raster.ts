/**
 * Brush answers for outline items: paint and erase strokes rasterised on one slice.
 *
 * Rule (the brush counterpart of the polygon rule in lib/domain/geometry/polygon): a pixel is
 * covered by a stroke when its **centre lies within `radiusMm` of the stroke's path**, measured in
 * mm in the slice plane; the boundary counts as inside (within `EDGE_EPS` mm). The path is the
 * polyline through the stroke's points (a one-point stroke is a disc). Stroke points are world mm
 * (LPS), mapped to continuous voxel indices and projected along k onto the slice, exactly as
 * polygon vertices are. Strokes apply in order: a paint stroke sets its pixels to 1, an erase
 * stroke sets them to 0.
 */
import { worldToIndex, type Vec3 } from "../domain/geometry/grid";
import type { Mask } from "../domain/geometry/mask";
import { EDGE_EPS } from "../domain/geometry/polygon";
import type { GridSpec } from "../domain/model/primitives";

export interface BrushStroke {
  /** The path of the brush centre, world mm (LPS) on the answered slice; ≥ 1 point. */
  pathMm: Vec3[];
  /** Brush radius in mm (> 0). */
  radiusMm: number;
  /** `true`: the stroke erases (sets 0) instead of painting. */
  erase?: boolean;
}

/** Squared distance from (px, py) to segment a–b (all in mm). */
function dist2ToSegment(px: number, py: number, a: number[], b: number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - a[0]) * dx + (py - a[1]) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = a[0] + t * dx - px;
  const ey = a[1] + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Rasterises brush strokes on slice `slice` (zero-based k) of `grid` with the rule in the file
 * comment. Returns a one-slice mask (dims nx × ny × 1, the grid's spacing, i fastest), like
 * `rasterisePolygon`. Strokes with no points or a radius ≤ 0 change nothing.
 */
export function rasteriseBrush(
  grid: GridSpec,
  slice: number,
  strokes: readonly BrushStroke[],
): Mask {
  const [nx, ny] = grid.dims;
  if (!Number.isInteger(slice) || slice < 0 || slice >= grid.dims[2]) {
    throw new RangeError(`slice ${slice} is outside the grid (0…${grid.dims[2] - 1})`);
  }
  const [sx, sy] = grid.spacing;
  const data = new Uint8Array(nx * ny);
  for (const s of strokes) {
    const r = s.radiusMm;
    if (!(r > 0) || s.pathMm.length === 0) continue;
    const value = s.erase ? 0 : 1;
    // Path in in-plane mm about the grid's own axes: (i · sx, j · sy).
    const pts = s.pathMm.map((p) => {
      const c = worldToIndex(grid, p);
      return [c[0] * sx, c[1] * sy];
    });
    const segs = pts.length === 1 ? [[pts[0], pts[0]]] : pts.slice(1).map((q, n) => [pts[n], q]);
    const reach = r + EDGE_EPS;
    for (const [a, b] of segs) {
      const i0 = Math.max(0, Math.ceil((Math.min(a[0], b[0]) - reach) / sx));
      const i1 = Math.min(nx - 1, Math.floor((Math.max(a[0], b[0]) + reach) / sx));
      const j0 = Math.max(0, Math.ceil((Math.min(a[1], b[1]) - reach) / sy));
      const j1 = Math.min(ny - 1, Math.floor((Math.max(a[1], b[1]) + reach) / sy));
      for (let j = j0; j <= j1; j++)
        for (let i = i0; i <= i1; i++)
          if (dist2ToSegment(i * sx, j * sy, a, b) <= reach * reach) data[j * nx + i] = value;
    }
  }
  return { grid: { dims: [nx, ny, 1], spacing: [sx, sy, grid.spacing[2]] }, data };
}
