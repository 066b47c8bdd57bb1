/**
 * Point-in-polygon and polygon rasterisation on one slice of a grid.
 *
 * Inside rule (used everywhere): a pixel belongs to a polygon when its **centre is inside the
 * polygon or on its edge** (within `EDGE_EPS` voxel units, to absorb floating-point rounding).
 * Interior is decided by the **even–odd rule**, so a self-intersecting outline alternates
 * inside/outside. The polygon is closed implicitly (last vertex joins the first).
 */
import type { GridSpec } from "../model/primitives";
import { worldToIndex, type Vec3 } from "./grid";
import type { Mask } from "./mask";

export type Vec2 = [number, number];

/** Distance (in the polygon's own units) under which a point counts as lying on an edge. */
export const EDGE_EPS = 1e-7;

function onSegment(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  eps: number,
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey <= eps * eps;
}

/**
 * Whether 2D point `p` is inside polygon `poly` or on its edge (distance ≤ `eps`, same units as
 * the coordinates). Even–odd rule. Polygons with fewer than 3 vertices contain only the points on
 * their segments.
 */
export function pointInPolygon(
  p: readonly number[],
  poly: readonly (readonly number[])[],
  eps = EDGE_EPS,
): boolean {
  const [px, py] = p;
  const n = poly.length;
  if (n === 0) return false;
  let inside = false;
  for (let a = 0, b = n - 1; a < n; b = a++) {
    const [ax, ay] = poly[a];
    const [bx, by] = poly[b];
    if (onSegment(px, py, ax, ay, bx, by, eps)) return true;
    // Half-open rule on y so a vertex on the ray is counted once.
    if (ay > py !== by > py) {
      const x = ax + ((py - ay) * (bx - ax)) / (by - ay);
      if (px < x) inside = !inside;
    }
  }
  return n >= 3 && inside;
}

/**
 * Whether 2D point `p` lies in the region of several polygons of one structure on one slice: it is
 * inside (or on the edge of, see {@link pointInPolygon}) an **odd** number of them. This is the
 * rule {@link rasterisePolygons} applies per pixel centre, so holes (`hole: true`, or any polygon
 * inside another) are cut out, and a point on a hole's edge is outside (inside the outer ring and
 * on the hole's edge: two). The grader and the viewer's hover readout both use it.
 */
export function pointInPolygons(
  p: readonly number[],
  polygons: readonly (readonly (readonly number[])[])[],
  eps = EDGE_EPS,
): boolean {
  let count = 0;
  for (const poly of polygons) if (pointInPolygon(p, poly, eps)) count++;
  return count % 2 === 1;
}

/**
 * Rasterises a closed polygon given in continuous pixel coordinates (x = i, y = j; pixel centres
 * at integers) onto an nx × ny raster (i fastest), setting `value` where the pixel centre is
 * inside or on the edge (see file comment). Scanline even–odd fill plus the exact on-edge pixels;
 * the result equals testing every pixel with {@link pointInPolygon}. Writes into `out` (length
 * nx·ny) and returns it.
 */
export function rasterisePolygonPixels(
  nx: number,
  ny: number,
  poly: readonly (readonly number[])[],
  out: Uint8Array = new Uint8Array(nx * ny),
  value = 1,
  eps = EDGE_EPS,
): Uint8Array {
  const n = poly.length;
  if (n === 0) return out;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const v of poly) {
    minY = Math.min(minY, v[1]);
    maxY = Math.max(maxY, v[1]);
  }
  const j0 = Math.max(0, Math.ceil(minY - eps));
  const j1 = Math.min(ny - 1, Math.floor(maxY + eps));
  const xs: number[] = [];
  const fill = (j: number, xa: number, xb: number) => {
    const i0 = Math.max(0, Math.ceil(xa - eps));
    const i1 = Math.min(nx - 1, Math.floor(xb + eps));
    const row = j * nx;
    for (let i = i0; i <= i1; i++) out[row + i] = value;
  };
  for (let j = j0; j <= j1; j++) {
    xs.length = 0;
    for (let a = 0, b = n - 1; a < n; b = a++) {
      const [ax, ay] = poly[a];
      const [bx, by] = poly[b];
      if (ay > j !== by > j) xs.push(ax + ((j - ay) * (bx - ax)) / (by - ay));
      // Pixels whose centre lies on this edge (covers horizontal edges, vertices and the ends the
      // half-open rule leaves out).
      const lo = Math.min(ay, by);
      const hi = Math.max(ay, by);
      if (j < lo - eps || j > hi + eps) continue;
      // Candidate pixels: the segment's x-range within the band |y − j| ≤ eps.
      let t0 = 0;
      let t1 = 1;
      if (by !== ay) {
        const ta = (j - eps - ay) / (by - ay);
        const tb = (j + eps - ay) / (by - ay);
        t0 = Math.max(0, Math.min(ta, tb));
        t1 = Math.min(1, Math.max(ta, tb));
      }
      const xa = ax + t0 * (bx - ax);
      const xb = ax + t1 * (bx - ax);
      const i0 = Math.max(0, Math.ceil(Math.min(xa, xb) - eps));
      const i1 = Math.min(nx - 1, Math.floor(Math.max(xa, xb) + eps));
      for (let i = i0; i <= i1; i++)
        if (onSegment(i, j, ax, ay, bx, by, eps)) out[j * nx + i] = value;
    }
    if (n < 3) continue;
    xs.sort((p, q) => p - q);
    for (let m = 0; m + 1 < xs.length; m += 2) fill(j, xs[m], xs[m + 1]);
  }
  return out;
}

/**
 * Rasterises a closed polygon drawn on slice `slice` (zero-based k) of `grid`. Vertices are world
 * mm (LPS); each is mapped to continuous voxel indices and projected along k onto the slice (its
 * k index is not checked — the caller states which slice it was drawn on). A pixel is set (1) when
 * its centre is inside the polygon or on its edge (even–odd rule).
 *
 * Returns a one-slice mask: dims nx × ny × 1, spacing = the grid's spacing, data i-fastest.
 */
export function rasterisePolygon(
  grid: GridSpec,
  slice: number,
  pointsWorldMm: readonly Vec3[],
): Mask {
  return rasterisePolygons(grid, slice, [{ points: pointsWorldMm }]);
}

/**
 * Rasterises several polygons of one structure on slice `slice` (see {@link rasterisePolygon}).
 * Pixels covered by an odd number of polygons are set (XOR), so holes (`hole: true`, or any polygon
 * inside another) are cut out; `hole` is accepted for clarity and has the same effect.
 */
export function rasterisePolygons(
  grid: GridSpec,
  slice: number,
  polygons: readonly { points: readonly Vec3[]; hole?: boolean }[],
): Mask {
  const [nx, ny] = grid.dims;
  if (!Number.isInteger(slice) || slice < 0 || slice >= grid.dims[2]) {
    throw new RangeError(`slice ${slice} is outside the grid (0…${grid.dims[2] - 1})`);
  }
  const data = new Uint8Array(nx * ny);
  const tmp = new Uint8Array(nx * ny);
  for (const poly of polygons) {
    const pix = poly.points.map((p) => {
      const c = worldToIndex(grid, p);
      return [c[0], c[1]] as Vec2;
    });
    tmp.fill(0);
    rasterisePolygonPixels(nx, ny, pix, tmp);
    for (let i = 0; i < data.length; i++) data[i] ^= tmp[i];
  }
  return {
    grid: { dims: [nx, ny, 1], spacing: [grid.spacing[0], grid.spacing[1], grid.spacing[2]] },
    data,
  };
}

/** Signed area of a 2D polygon (shoelace; positive when counter-clockwise), in squared units. */
export function polygonSignedArea(poly: readonly (readonly number[])[]): number {
  let s = 0;
  for (let a = 0, b = poly.length - 1; a < poly.length; b = a++)
    s += poly[b][0] * poly[a][1] - poly[a][0] * poly[b][1];
  return s / 2;
}
