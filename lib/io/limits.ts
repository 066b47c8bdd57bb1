/**
 * The limits every reader of untrusted files applies (case:import, grade, agreement, the importers):
 * one place, so a hostile file (a gzip bomb, a header that announces a billion voxels, a polygon with
 * millions of vertices) is refused with one line before anything large is allocated.
 *
 * The values are generous for teaching cases: the largest built-in volume is 301 × 370 × 316
 * (35 M voxels); a 512 × 512 × 512 CT (134 M voxels, 1 GiB as float64) is still accepted.
 */

const MiB = 1024 * 1024;

/** Largest file read from disk, in bytes (1 GiB). Checked with `stat` before reading. */
export const MAX_FILE_BYTES = 1024 * MiB;

/**
 * Largest decompressed size of one gzip / deflate stream, in bytes (1 GiB): a `.nii.gz`, an NRRD
 * gzip payload, a deflated DICOM data set. Counted while inflating; inflation stops as soon as it
 * is passed, so a bomb never costs more than this (plus one 16 KiB input chunk's output).
 */
export const MAX_DECOMPRESSED_BYTES = 1024 * MiB;

/**
 * Largest inflated data set of one DICOM file in the Deflated Explicit VR Little Endian transfer
 * syntax, in bytes (256 MiB; a 512 × 512 × 70 binary SEG is 2.3 MB, a CT slice 0.5 MB).
 */
export const MAX_DICOM_INFLATED_BYTES = 256 * MiB;

/**
 * Largest number of voxels of one volume or labelmap (2^27 = 134,217,728, e.g. 512 × 512 × 512),
 * frames and components included. Checked on the header's dimensions before the data is inflated
 * or allocated.
 */
export const MAX_VOXELS = 2 ** 27;

/**
 * How many bytes a compressed payload may hold beyond what its header announces (1 MiB). A NIfTI
 * or NRRD whose header announces N bytes is inflated with the limit N + this slack, so a small
 * header in front of a bomb is refused after at most that much.
 */
export const DECOMPRESSED_SLACK_BYTES = MiB;

/** Largest number of vertices of one imported polygon or contour (100,000). */
export const MAX_POLYGON_VERTICES = 100_000;

/** Largest number of vertices of all polygons of one annotation file together (2,000,000). */
export const MAX_TOTAL_VERTICES = 2_000_000;

/** `n` bytes for messages: "1.0 GiB", "3.2 MiB", "512 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * MiB) return `${(n / (1024 * MiB)).toFixed(1)} GiB`;
  if (n >= MiB) return `${(n / MiB).toFixed(1)} MiB`;
  return `${n} bytes`;
}

/** Why a volume of `dims` (any number of axes, frames and components included) is refused, or null. */
export function voxelLimitProblem(dims: readonly number[]): string | null {
  const n = dims.reduce((p, d) => p * d, 1);
  if (n <= MAX_VOXELS) return null;
  return `${dims.join(" × ")} = ${n.toLocaleString("en-US")} voxels is over the limit of ${MAX_VOXELS.toLocaleString("en-US")} (MAX_VOXELS in lib/io/limits.ts)`;
}
