/**
 * Digitally reconstructed radiographs: a parallel-beam ray sum through a CT volume along one grid
 * axis (no divergent beam, so no magnification; no scatter, no detector model).
 *
 * Each voxel contributes `attenuation(value) · spacing[axis]`, so the sum is in "mm of water" when
 * `attenuation` is {@link huToRelativeAttenuation} (water = 1, air = 0). The result is indexed by the
 * two remaining axes in grid order: for axis 0 → (u, v) = (j, k); axis 1 → (i, k); axis 2 → (i, j);
 * `u` is the fastest index of `values`.
 */
import type { GridSpec } from "../../lib/domain/model";

export type Axis = 0 | 1 | 2;

export interface RaySum {
  /** Length along u (the first remaining axis). */
  width: number;
  /** Length along v (the second remaining axis). */
  height: number;
  /** Sums (u fastest), in attenuation units × mm. */
  values: Float64Array;
  /** Which grid axes u and v are. */
  axes: [Axis, Axis];
}

/**
 * Linear attenuation relative to water from a Hounsfield value: `1 + HU / 1000`, clamped at 0
 * (air −1000 HU → 0, water 0 HU → 1, dense bone 1000 HU → 2).
 */
export function huToRelativeAttenuation(hu: number): number {
  return Math.max(0, 1 + hu / 1000);
}

/** The two axes left after removing `axis`, in grid order. */
export function remainingAxes(axis: Axis): [Axis, Axis] {
  return ([0, 1, 2] as Axis[]).filter((a) => a !== axis) as [Axis, Axis];
}

/** Ray sum of `vol` along `axis` (see the file comment for units and indexing). */
export function raySum(
  vol: { grid: GridSpec; data: ArrayLike<number> },
  axis: Axis,
  attenuation: (v: number) => number = huToRelativeAttenuation,
): RaySum {
  const [nx, ny, nz] = vol.grid.dims;
  const axes = remainingAxes(axis);
  const width = vol.grid.dims[axes[0]];
  const height = vol.grid.dims[axes[1]];
  const values = new Float64Array(width * height);
  const step = vol.grid.spacing[axis];
  let n = 0;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, n++) {
        const ijk = [i, j, k];
        values[ijk[axes[0]] + width * ijk[axes[1]]] += attenuation(vol.data[n]) * step;
      }
  return { width, height, values, axes };
}

/** Where a continuous voxel index (i, j, k) lands on the ray-sum image: (u, v) of {@link raySum}. */
export function projectIndex(ijk: readonly number[], axis: Axis): [number, number] {
  const [a, b] = remainingAxes(axis);
  return [ijk[a], ijk[b]];
}
