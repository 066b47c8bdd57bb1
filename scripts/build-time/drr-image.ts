/**
 * Turns a {@link RaySum} into a displayable 8-bit radiograph with square pixels, and maps voxel
 * positions onto it (to project CT landmarks). The ray sum's (u, v) axes are resampled
 * (bilinear) to `pixelMm`; `flipU` / `flipV` mirror them so that, e.g., superior is at the top.
 */
import type { RaySum } from "./drr";

export interface DrrDisplay {
  /** Pixel size in mm of the output along both axes. */
  pixelMm: number;
  /** Source spacing in mm along u and v. */
  spacingUV: [number, number];
  flipU: boolean;
  flipV: boolean;
}

export interface DrrImage {
  width: number;
  height: number;
  /** 8-bit grey, row-major from the top-left; higher = more attenuation (bone is white). */
  gray: Uint8Array;
  /** The ray-sum value mapped to 255 (values above clamp). */
  whiteAt: number;
}

/** Output (col, row) pixel position of a ray-sum position (u, v), both continuous. */
export function drrPixelOf(
  rs: Pick<RaySum, "width" | "height">,
  d: DrrDisplay,
  u: number,
  v: number,
): [number, number] {
  const uu = d.flipU ? rs.width - 1 - u : u;
  const vv = d.flipV ? rs.height - 1 - v : v;
  return [(uu * d.spacingUV[0]) / d.pixelMm, (vv * d.spacingUV[1]) / d.pixelMm];
}

/**
 * Renders the ray sum: grey = 255 · (sum / whiteAt)^gamma (clamped to 0–255), `whiteAt` = the
 * `whitePct` percentile of the sums (default 99.8), so a few very dense rays do not darken the whole
 * image; `gamma` > 1 (default 1) darkens soft tissue relative to bone, a display choice only.
 */
export function renderDrr(rs: RaySum, d: DrrDisplay, whitePct = 99.8, gamma = 1): DrrImage {
  const width = Math.floor(((rs.width - 1) * d.spacingUV[0]) / d.pixelMm) + 1;
  const height = Math.floor(((rs.height - 1) * d.spacingUV[1]) / d.pixelMm) + 1;
  const sorted = Float64Array.from(rs.values).sort();
  const whiteAt =
    sorted[Math.min(sorted.length - 1, Math.floor((whitePct / 100) * sorted.length))] || 1;
  const gray = new Uint8Array(width * height);
  const at = (u: number, v: number) => rs.values[u + rs.width * v];
  for (let row = 0; row < height; row++)
    for (let col = 0; col < width; col++) {
      let u = (col * d.pixelMm) / d.spacingUV[0];
      let v = (row * d.pixelMm) / d.spacingUV[1];
      if (d.flipU) u = rs.width - 1 - u;
      if (d.flipV) v = rs.height - 1 - v;
      const u0 = Math.min(Math.floor(u), rs.width - 2 < 0 ? 0 : rs.width - 2);
      const v0 = Math.min(Math.floor(v), rs.height - 2 < 0 ? 0 : rs.height - 2);
      const fu = Math.min(1, Math.max(0, u - u0));
      const fv = Math.min(1, Math.max(0, v - v0));
      const u1 = Math.min(u0 + 1, rs.width - 1);
      const v1 = Math.min(v0 + 1, rs.height - 1);
      const s =
        (1 - fu) * (1 - fv) * at(u0, v0) +
        fu * (1 - fv) * at(u1, v0) +
        (1 - fu) * fv * at(u0, v1) +
        fu * fv * at(u1, v1);
      gray[row * width + col] = Math.max(
        0,
        Math.min(255, Math.round(Math.pow(Math.max(0, s / whiteAt), gamma) * 255)),
      );
    }
  return { width, height, gray, whiteAt };
}
