/**
 * Per-label numbers of a labelmap on its case grid, in one pass: voxel count, centroid world x
 * (LPS mm: +x = patient left), voxels on each side of the midline, voxels outside the image
 * foreground.
 */
import type { GridSpec } from "../model/primitives";

export interface LabelStat {
  voxels: number;
  /** Mean world x (LPS mm) of the label's voxel centres. */
  centroidX: number;
  /** Voxels with world x > midline (patient left) and < midline (patient right). */
  leftVoxels: number;
  rightVoxels: number;
  /** Voxels where the foreground mask is 0 (0 when no foreground is given). */
  outsideForeground: number;
}

/**
 * Stats of every non-zero label of `data` (i fastest) on `grid`. `midlineX` is the world x (LPS
 * mm) of the mid-sagittal plane; voxels exactly on it count on neither side. `foreground` (same
 * grid, non-zero = inside the imaged body) is optional.
 */
export function labelStats(
  grid: GridSpec,
  data: ArrayLike<number>,
  midlineX: number,
  foreground?: Uint8Array,
): Map<number, LabelStat> {
  const [nx, ny, nz] = grid.dims;
  const d = grid.direction;
  const [sx, sy, sz] = grid.spacing;
  const out = new Map<number, LabelStat>();
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++) {
      const rowX = grid.origin[0] + d[1] * j * sy + d[2] * k * sz;
      for (let i = 0; i < nx; i++, p++) {
        const v = data[p];
        if (!v) continue;
        let s = out.get(v);
        if (!s) {
          s = { voxels: 0, centroidX: 0, leftVoxels: 0, rightVoxels: 0, outsideForeground: 0 };
          out.set(v, s);
        }
        const x = rowX + d[0] * i * sx;
        s.voxels++;
        s.centroidX += x;
        if (x > midlineX) s.leftVoxels++;
        else if (x < midlineX) s.rightVoxels++;
        if (foreground && !foreground[p]) s.outsideForeground++;
      }
    }
  for (const s of out.values()) s.centroidX /= s.voxels;
  return out;
}
