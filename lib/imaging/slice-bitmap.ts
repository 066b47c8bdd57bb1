/**
 * Renders one slice of a labelmap into RGBA pixels (one pixel per voxel) for the 2D overlay canvas.
 * Slice geometry: `axis` is the grid axis held fixed at `index`; the bitmap's x runs along the lower
 * remaining axis and y along the higher (axis 2 → x = i, y = j; axis 1 → x = i, y = k; axis 0 → x = j,
 * y = k).
 */
import type { VoxelArray } from "../io";

export interface SliceBitmap {
  width: number;
  height: number;
  rgba: Uint8ClampedArray<ArrayBuffer>;
}

export interface SliceStyle {
  /** RGBA per label value (4 bytes per label); alpha 0 hides a label. */
  lut: Uint8Array;
  /** Fill opacity 0–1 (0 draws outlines only). */
  fillAlpha: number;
  /** Draw a one-voxel boundary (4-neighbourhood within the slice) at full alpha. */
  outline: boolean;
}

/** The two in-plane axes (x, y) of a slice with `axis` fixed. */
export function planeAxes(axis: 0 | 1 | 2): [0 | 1 | 2, 0 | 1 | 2] {
  return axis === 0 ? [1, 2] : axis === 1 ? [0, 2] : [0, 1];
}

/** Renders slice `index` along `axis`; an index outside the grid gives a transparent bitmap. */
export function renderSlice(
  data: VoxelArray,
  dims: [number, number, number],
  axis: 0 | 1 | 2,
  index: number,
  style: SliceStyle,
): SliceBitmap {
  const [ax, ay] = planeAxes(axis);
  const width = dims[ax];
  const height = dims[ay];
  const rgba = new Uint8ClampedArray(new ArrayBuffer(width * height * 4));
  if (index < 0 || index >= dims[axis]) return { width, height, rgba };
  const stride = [1, dims[0], dims[0] * dims[1]];
  const base = index * stride[axis];
  const sx = stride[ax];
  const sy = stride[ay];
  const nLut = style.lut.length / 4;
  const fill = Math.round(style.fillAlpha * 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const off = base + x * sx + y * sy;
      const v = data[off];
      if (v <= 0 || v >= nLut) continue;
      const l = v * 4;
      const a = style.lut[l + 3];
      if (a === 0) continue;
      let edge = false;
      if (style.outline) {
        edge =
          x === 0 ||
          y === 0 ||
          x === width - 1 ||
          y === height - 1 ||
          data[off - sx] !== v ||
          data[off + sx] !== v ||
          data[off - sy] !== v ||
          data[off + sy] !== v;
      }
      const alpha = edge ? a : Math.round((fill * a) / 255);
      if (alpha === 0) continue;
      const p = (y * width + x) * 4;
      rgba[p] = style.lut[l];
      rgba[p + 1] = style.lut[l + 1];
      rgba[p + 2] = style.lut[l + 2];
      rgba[p + 3] = alpha;
    }
  }
  return { width, height, rgba };
}
