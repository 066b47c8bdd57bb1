/**
 * Renders one plane of a volume to an 8-bit image, for thumbnails and for checking conversions by
 * eye. Sampling is nearest-neighbour in world space, so any grid orientation is displayed the
 * radiological way: axial — patient left on image right, anterior up; coronal — patient left on image
 * right, superior up; sagittal — anterior on image left, superior up. Outside the volume is black.
 */
import type { GridSpec } from "../../lib/domain/model";
import { worldBounds, worldToIndex, type Vec3 } from "../../lib/domain/geometry/grid";

export type Plane = "axial" | "coronal" | "sagittal";

export interface RenderOptions {
  /** Grey window [low, high] in stored units; values map linearly to 0–255 and clamp. */
  window: [number, number];
  /** Pixel size of the output in mm (default: the smallest grid spacing). */
  pixelMm?: number;
  /** World coordinate (mm) of the plane along its normal; default: the volume centre. */
  at?: number;
  /** Optional label overlay on the same grid: value → [r, g, b] 0–255, blended with `alpha`. */
  overlay?: {
    data: ArrayLike<number>;
    colors: Map<number, [number, number, number]>;
    alpha: number;
  };
}

export interface RenderedPlane {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, row-major from the top-left. */
  rgb: Uint8Array;
}

// For each plane: world axis along screen x (and its sign), along screen y (and sign), normal axis.
const LAYOUT: Record<Plane, { u: number; us: number; v: number; vs: number; n: number }> = {
  axial: { u: 0, us: 1, v: 1, vs: 1, n: 2 },
  coronal: { u: 0, us: 1, v: 2, vs: -1, n: 1 },
  sagittal: { u: 1, us: 1, v: 2, vs: -1, n: 0 },
};

/** Renders `plane` of `vol` (data i-fastest on `vol.grid`). */
export function renderPlane(
  vol: { grid: GridSpec; data: ArrayLike<number> },
  plane: Plane,
  opts: RenderOptions,
): RenderedPlane {
  const { grid, data } = vol;
  const L = LAYOUT[plane];
  const { min, max } = worldBounds(grid);
  const px = opts.pixelMm ?? Math.min(...grid.spacing);
  const width = Math.max(1, Math.round((max[L.u] - min[L.u]) / px) + 1);
  const height = Math.max(1, Math.round((max[L.v] - min[L.v]) / px) + 1);
  const at = opts.at ?? (min[L.n] + max[L.n]) / 2;
  const [lo, hi] = opts.window;
  const rgb = new Uint8Array(width * height * 3);
  const [nx, ny, nz] = grid.dims;
  const p: Vec3 = [0, 0, 0];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      p[L.u] = L.us > 0 ? min[L.u] + x * px : max[L.u] - x * px;
      p[L.v] = L.vs > 0 ? min[L.v] + y * px : max[L.v] - y * px;
      p[L.n] = at;
      const c = worldToIndex(grid, p);
      const i = Math.round(c[0]);
      const j = Math.round(c[1]);
      const k = Math.round(c[2]);
      if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) continue;
      const idx = i + nx * (j + ny * k);
      const g = Math.max(0, Math.min(255, Math.round(((data[idx] - lo) / (hi - lo)) * 255)));
      let rgbPx: [number, number, number] = [g, g, g];
      const col = opts.overlay?.colors.get(opts.overlay.data[idx]);
      if (col && opts.overlay) {
        const a = opts.overlay.alpha;
        rgbPx = [0, 1, 2].map((ch) => Math.round(rgbPx[ch] * (1 - a) + col[ch] * a)) as [
          number,
          number,
          number,
        ];
      }
      rgb.set(rgbPx, (y * width + x) * 3);
    }
  return { width, height, rgb };
}

/** The `lowPct` and `highPct` percentiles (0–100) of the values, ignoring values ≤ `floor`. */
export function percentileWindow(
  data: ArrayLike<number>,
  lowPct: number,
  highPct: number,
  floor = -Infinity,
): [number, number] {
  const vals: number[] = [];
  const step = Math.max(1, Math.floor(data.length / 200_000));
  for (let n = 0; n < data.length; n += step) if (data[n] > floor) vals.push(data[n]);
  if (!vals.length) return [0, 1];
  vals.sort((a, b) => a - b);
  const at = (p: number) => vals[Math.min(vals.length - 1, Math.floor((p / 100) * vals.length))];
  const lo = at(lowPct);
  const hi = at(highPct);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}
