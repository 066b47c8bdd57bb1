/**
 * Shape helpers on one-slice masks (nx × ny × 1, i fastest) used by the item calibration: one-pixel
 * dilation and erosion with the 4-connected cross, the deepest interior pixel, connected parts and
 * centroids. Pure; pixel indices are linear (p = i + nx·j); distances in mm of the mask's spacing.
 */
import type { Mask } from "../../domain/geometry/mask";
import { squaredEdt } from "../../domain/grading/edt";

const CROSS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

function withData(mask: Mask, data: Uint8Array): Mask {
  return { grid: { dims: [...mask.grid.dims], spacing: [...mask.grid.spacing] }, data };
}

/**
 * Binary dilation by the 4-connected cross (the pixel and its 4 face neighbours), like
 * scipy.ndimage.binary_dilation with generate_binary_structure(2, 1). Pixels outside the slice
 * are background.
 */
export function dilateCross(mask: Mask): Mask {
  const [nx, ny] = mask.grid.dims;
  const src = mask.data;
  const out = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const p = i + nx * j;
      if (!src[p]) continue;
      out[p] = 1;
      for (const [di, dj] of CROSS) {
        const a = i + di;
        const b = j + dj;
        if (a >= 0 && a < nx && b >= 0 && b < ny) out[a + nx * b] = 1;
      }
    }
  return withData(mask, out);
}

/**
 * Binary erosion by the 4-connected cross: a pixel stays when it and its 4 face neighbours are
 * foreground; a neighbour outside the slice counts as background (scipy's default
 * `border_value=0`), so the mask's pixels on the slice border are removed.
 */
export function erodeCross(mask: Mask): Mask {
  const [nx, ny] = mask.grid.dims;
  const src = mask.data;
  const out = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const p = i + nx * j;
      if (!src[p]) continue;
      let keep = 1;
      for (const [di, dj] of CROSS) {
        const a = i + di;
        const b = j + dj;
        if (a < 0 || a >= nx || b < 0 || b >= ny || !src[a + nx * b]) {
          keep = 0;
          break;
        }
      }
      out[p] = keep;
    }
  return withData(mask, out);
}

/**
 * The deepest interior pixel: the foreground pixel with the largest in-plane Euclidean distance (mm)
 * to the nearest background pixel of the slice (pixels outside the slice are not background, as in
 * scipy.ndimage.distance_transform_edt); ties go to the lowest linear index. Null for an empty mask.
 */
export function deepestPixel(mask: Mask): { i: number; j: number; depthMm: number } | null {
  const [nx, ny] = mask.grid.dims;
  const n = nx * ny;
  const background = new Uint8Array(n);
  for (let p = 0; p < n; p++) background[p] = mask.data[p] ? 0 : 1;
  const d2 = squaredEdt(background, [nx, ny, 1], [mask.grid.spacing[0], mask.grid.spacing[1], 1]);
  let best = -1;
  for (let p = 0; p < n; p++) if (mask.data[p] && (best < 0 || d2[p] > d2[best])) best = p;
  return best < 0 ? null : { i: best % nx, j: Math.floor(best / nx), depthMm: Math.sqrt(d2[best]) };
}

export interface MaskPart {
  /** Pixel count of the part. */
  pixels: number;
  /** Mean (i, j) of its pixels. */
  centroid: [number, number];
  /** One-slice mask of the part alone. */
  mask: Mask;
}

/**
 * Connected parts of the foreground (8-connected: pixels touching by an edge or a corner belong
 * together), largest first (ties: the part met first in index order).
 */
export function maskParts(mask: Mask): MaskPart[] {
  const [nx, ny] = mask.grid.dims;
  const n = nx * ny;
  const part = new Int32Array(n).fill(-1);
  const parts: { pixels: number[] }[] = [];
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (!mask.data[s] || part[s] >= 0) continue;
    const id = parts.length;
    const pixels: number[] = [];
    part[s] = id;
    stack.push(s);
    while (stack.length) {
      const p = stack.pop() as number;
      pixels.push(p);
      const i = p % nx;
      const j = (p - i) / nx;
      for (let dj = -1; dj <= 1; dj++)
        for (let di = -1; di <= 1; di++) {
          const a = i + di;
          const b = j + dj;
          if (a < 0 || a >= nx || b < 0 || b >= ny) continue;
          const q = a + nx * b;
          if (mask.data[q] && part[q] < 0) {
            part[q] = id;
            stack.push(q);
          }
        }
    }
    parts.push({ pixels });
  }
  return parts
    .map(({ pixels }) => {
      const data = new Uint8Array(n);
      let si = 0;
      let sj = 0;
      for (const p of pixels) {
        data[p] = 1;
        si += p % nx;
        sj += Math.floor(p / nx);
      }
      const c: [number, number] = [si / pixels.length, sj / pixels.length];
      return { pixels: pixels.length, centroid: c, mask: withData(mask, data) };
    })
    .sort((a, b) => b.pixels - a.pixels);
}

/** Mean (i, j) of the foreground pixels, or null for an empty mask. */
export function maskCentroid(mask: Mask): [number, number] | null {
  const [nx] = mask.grid.dims;
  let si = 0;
  let sj = 0;
  let c = 0;
  for (let p = 0; p < mask.data.length; p++)
    if (mask.data[p]) {
      si += p % nx;
      sj += Math.floor(p / nx);
      c++;
    }
  return c ? [si / c, sj / c] : null;
}
