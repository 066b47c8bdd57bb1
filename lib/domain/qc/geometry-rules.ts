/**
 * QC rules on drawn shapes: landmarks outside the image, zero-area or inverted boxes, polygons that
 * cross themselves or leave the image. Positions are compared in continuous voxel index: a voxel
 * (i, j, k) covers [i − ½, i + ½), so the image spans [−½, n − ½) on each axis.
 */
import { worldToIndex } from "../geometry/grid";
import type { GridSpec } from "../model/primitives";

type P2 = readonly [number, number];

/** Whether a world point (LPS mm) lies inside the image (see file comment; 0.01 voxel slack). */
export function insideImage(grid: GridSpec, world: readonly number[]): boolean {
  const idx = worldToIndex(grid, world);
  return idx.every((v, a) => v >= -0.51 && v <= grid.dims[a] - 0.49);
}

/** In-plane area (mm²) of an axis-aligned world box: |Δx·Δy|, 0 when flat; negative when inverted. */
export function boxArea(min: readonly number[], max: readonly number[]): number {
  const dx = max[0] - min[0];
  const dy = max[1] - min[1];
  return dx < 0 || dy < 0 ? -Math.abs(dx * dy) : dx * dy;
}

function orient(a: P2, b: P2, c: P2): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
}

function onSegment(a: P2, b: P2, c: P2): boolean {
  return (
    Math.min(a[0], b[0]) - 1e-9 <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) + 1e-9 &&
    Math.min(a[1], b[1]) - 1e-9 <= c[1] &&
    c[1] <= Math.max(a[1], b[1]) + 1e-9
  );
}

/** Whether closed segments ab and cd share a point (touching and collinear overlap included). */
export function segmentsIntersect(a: P2, b: P2, c: P2, d: P2): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/**
 * The first pair of non-adjacent edges of a closed polygon (vertices in order, first not repeated)
 * that meet, as edge indices, or null for a simple polygon. Edge e joins vertex e and e + 1.
 * O(n²) in the number of vertices.
 */
export function selfIntersection(poly: readonly P2[]): [number, number] | null {
  const n = poly.length;
  for (let e = 0; e < n; e++)
    for (let f = e + 2; f < n; f++) {
      if (e === 0 && f === n - 1) continue; // adjacent through the closing vertex
      if (segmentsIntersect(poly[e], poly[(e + 1) % n], poly[f], poly[(f + 1) % n])) return [e, f];
    }
  return null;
}

/** Polygon vertices (world LPS mm) projected to the (i, j) index plane of `grid`. */
export function toIndexPlane(grid: GridSpec, points: readonly (readonly number[])[]): P2[] {
  return points.map((p) => {
    const idx = worldToIndex(grid, p);
    return [idx[0], idx[1]] as const;
  });
}
