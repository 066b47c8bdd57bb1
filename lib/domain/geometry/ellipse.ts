/**
 * Ellipses in the plane of one slice (biometry: head circumference, area, axis lengths).
 *
 * An ellipse is its centre, its two semi-axes and the angle of the first semi-axis, all in world
 * millimetres of the slice plane (world x and y of an axial slice or a 2D image). `semiAxes[0]`
 * lies along (cos angle, sin angle); `semiAxes[1]` is perpendicular to it. Neither is required to
 * be the longer one.
 *
 * Inside rule (as for polygons): a pixel belongs to an ellipse when its centre is inside or on the
 * curve (within a relative 1e-9, to absorb rounding).
 */
import type { GridSpec } from "../model/primitives";
import { indexToWorld, type Vec3 } from "./grid";
import type { Mask } from "./mask";

export interface Ellipse {
  /** Centre, world mm (x, y) in the slice plane. */
  center: [number, number];
  /** Semi-axis lengths in mm, both ≥ 0. */
  semiAxes: [number, number];
  /** Angle of the first semi-axis from world +x towards +y, radians. */
  angle: number;
}

/**
 * Perimeter by Ramanujan's second approximation:
 * P ≈ π (a + b) (1 + 3h / (10 + √(4 − 3h))), h = (a − b)² / (a + b)².
 * Same unit as the semi-axes; exact for a circle (2πa); 0 when a = b = 0. Worst relative error
 * 4e-4, for a flat ellipse (b = 0: 14πa/11 ≈ 3.9984a instead of 4a).
 */
export function ellipsePerimeter(a: number, b: number): number {
  const s = a + b;
  if (s <= 0) return 0;
  const h = ((a - b) * (a - b)) / (s * s);
  return Math.PI * s * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

/** Area π·a·b, in the square of the semi-axes' unit. */
export function ellipseArea(a: number, b: number): number {
  return Math.PI * a * b;
}

/** Whether world point (x, y) lies inside `e` or on its curve; a degenerate ellipse holds nothing. */
export function pointInEllipse(e: Ellipse, x: number, y: number): boolean {
  const [a, b] = e.semiAxes;
  if (!(a > 0) || !(b > 0)) return false;
  const dx = x - e.center[0];
  const dy = y - e.center[1];
  const c = Math.cos(e.angle);
  const s = Math.sin(e.angle);
  const u = (dx * c + dy * s) / a;
  const v = (-dx * s + dy * c) / b;
  return u * u + v * v <= 1 + 1e-9;
}

/**
 * One-slice mask (nx × ny × 1, the grid's spacing) of the pixels of slice `k` whose centre lies in
 * `e` (world x, y; the slice's z is ignored). `k` outside the grid gives an empty mask.
 */
export function rasteriseEllipse(grid: GridSpec, k: number, e: Ellipse): Mask {
  const [nx, ny, nz] = grid.dims;
  const data = new Uint8Array(nx * ny);
  const mask: Mask = { grid: { dims: [nx, ny, 1], spacing: [...grid.spacing] }, data };
  if (!Number.isInteger(k) || k < 0 || k >= nz) return mask;
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const [x, y] = indexToWorld(grid, [i, j, k]);
      if (pointInEllipse(e, x, y)) data[j * nx + i] = 1;
    }
  return mask;
}

/**
 * The ellipse with the same centroid and second moments as the filled region `mask` (one slice
 * `k` of `grid`, pixels ≠ 0), in world mm. Each pixel counts as a uniform square (its own variance
 * spacing²/12 per in-plane axis is added; the grid's in-plane axes are assumed to be world x and
 * y, as for axial slices and 2D images). A uniform filled ellipse of semi-axes a, b has variances
 * a²/4 and b²/4 along its axes, so a = 2√λ₁, b = 2√λ₂ (λ₁ ≥ λ₂, eigenvalues of the covariance).
 * The first semi-axis is the longer one; `angle` in (−π/2, π/2]. Null for an empty mask.
 */
export function ellipseFromMask(
  grid: GridSpec,
  k: number,
  mask: Pick<Mask, "data">,
): Ellipse | null {
  const nx = grid.dims[0];
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let p = 0; p < mask.data.length; p++) {
    if (!mask.data[p]) continue;
    const [x, y] = indexToWorld(grid, [p % nx, Math.floor(p / nx), k]);
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  if (!n) return null;
  const cx = sx / n;
  const cy = sy / n;
  const vxx = sxx / n - cx * cx + (grid.spacing[0] * grid.spacing[0]) / 12;
  const vyy = syy / n - cy * cy + (grid.spacing[1] * grid.spacing[1]) / 12;
  const vxy = sxy / n - cx * cy;
  const mean = (vxx + vyy) / 2;
  const r = Math.hypot((vxx - vyy) / 2, vxy);
  const angle = 0.5 * Math.atan2(2 * vxy, vxx - vyy);
  return {
    center: [cx, cy],
    semiAxes: [2 * Math.sqrt(mean + r), 2 * Math.sqrt(Math.max(0, mean - r))],
    angle,
  };
}

/**
 * The ellipse a student draws with three points (world mm, slice plane = x, y): `a` and `b` are
 * the ends of one axis (centre = their midpoint), `c` sets the other semi-axis as its distance
 * from the line a–b. Null when a = b.
 */
export function ellipseFromAxisPoints(a: Vec3, b: Vec3, c: Vec3): Ellipse | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) return null;
  const other = Math.abs((c[0] - a[0]) * dy - (c[1] - a[1]) * dx) / len;
  return {
    center: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2],
    semiAxes: [len / 2, other],
    angle: Math.atan2(dy, dx),
  };
}

/** The ends of semi-axis `axis` (0: first, 1: second) of `e`, world mm (x, y). */
export function ellipseAxisEnds(e: Ellipse, axis: 0 | 1): [[number, number], [number, number]] {
  const t = e.angle + (axis === 1 ? Math.PI / 2 : 0);
  const r = e.semiAxes[axis];
  const [x, y] = e.center;
  return [
    [x - r * Math.cos(t), y - r * Math.sin(t)],
    [x + r * Math.cos(t), y + r * Math.sin(t)],
  ];
}

/** `n` points on the curve of `e` (world mm, x, y), evenly spaced in the parameter, n ≥ 3. */
export function ellipsePoints(e: Ellipse, n = 64): [number, number][] {
  const c = Math.cos(e.angle);
  const s = Math.sin(e.angle);
  const [a, b] = e.semiAxes;
  return Array.from({ length: Math.max(3, n) }, (_, q) => {
    const t = (2 * Math.PI * q) / Math.max(3, n);
    const u = a * Math.cos(t);
    const v = b * Math.sin(t);
    return [e.center[0] + u * c - v * s, e.center[1] + u * s + v * c];
  });
}
