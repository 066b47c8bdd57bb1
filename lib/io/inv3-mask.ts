/**
 * InVesalius threshold masks (`mask_N.dat`): uint8, one voxel larger than the volume along every
 * axis; the extra first slice, row and column are InVesalius bookkeeping (edit flags), and voxels
 * ≥ 128 (stored as 255) are inside the mask.
 */

export interface Inv3Mask {
  index: number;
  name: string;
  /** Inclusive threshold range in stored units (HU), as InVesalius recorded it. */
  thresholdRange: [number, number];
  /** Colour 0–1 RGB as stored. */
  colour: [number, number, number];
  /** 1 inside, 0 outside, on the image grid (i fastest). */
  data: Uint8Array;
}

/**
 * Drops the first slice, row and column of a raw mask of (nz+1)·(ny+1)·(nx+1) bytes (column
 * fastest) and returns 0/1 voxels on the nx·ny·nz image grid; the caller checks the length.
 */
export function cropInv3Mask(raw: Uint8Array, dims: readonly [number, number, number]): Uint8Array {
  const [nx, ny, nz] = dims;
  const out = new Uint8Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++) {
      const src = (k + 1) * (ny + 1) * (nx + 1) + (j + 1) * (nx + 1) + 1;
      const dst = (k * ny + j) * nx;
      for (let i = 0; i < nx; i++) out[dst + i] = raw[src + i] >= 128 ? 1 : 0;
    }
  return out;
}
