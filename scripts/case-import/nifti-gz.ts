/** Deterministic gzip NIfTI bytes for the browser files of a case. */
import { gzipSync } from "fflate";
import type { GridSpec } from "../../lib/domain/model";
import { writeNifti, type VoxelArray } from "../../lib/io/nifti";

/** Gzipped NIfTI-1 with a zero gzip mtime, so the same input always gives the same bytes. */
export function niftiGz(grid: GridSpec, data: VoxelArray, description: string): Uint8Array {
  return gzipSync(writeNifti({ grid, data }, { gzip: false, description }), { level: 9, mtime: 0 });
}
