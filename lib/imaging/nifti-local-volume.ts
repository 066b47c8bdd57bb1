/**
 * Puts an already downloaded and parsed NIfTI volume into the cornerstone cache as a local volume,
 * so the viewer fetches and gunzips the image once. (Before: our grid check read the file, then
 * cornerstone's NIfTI loader fetched it twice more — header, then whole file — and gunzipped it
 * again on the main thread, then built 1 image per slice through its load queue.)
 *
 * Geometry comes from the case grid (already checked equal to the file's): world mm, LPS.
 * `GridSpec.direction` is row-major with the i, j, k axes as columns; cornerstone wants the three
 * axis vectors one after the other, hence the transpose.
 */
import { volumeLoader, type Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import type { VoxelArray } from "@/lib/io";

/** Voxel arrays cornerstone's local volumes accept (others use the NIfTI loader path). */
export function isLocalVolumeData(
  data: VoxelArray,
): data is Uint8Array | Int16Array | Uint16Array | Float32Array {
  return (
    data instanceof Uint8Array ||
    data instanceof Int16Array ||
    data instanceof Uint16Array ||
    data instanceof Float32Array
  );
}

/** Axis vectors i, j, k one after the other (cornerstone's `direction`) from a row-major 3×3 with axes as columns. */
export function axesFromGridDirection(d: readonly number[]): Types.Mat3 {
  return [d[0], d[3], d[6], d[1], d[4], d[7], d[2], d[5], d[8]] as Types.Mat3;
}

/** Creates and caches the volume `volumeId`; returns its slice image ids (for `dispose`). */
export function createNiftiLocalVolume(
  volumeId: string,
  grid: GridSpec,
  data: Uint8Array | Int16Array | Uint16Array | Float32Array,
  modality: string,
): string[] {
  const bits = data.BYTES_PER_ELEMENT * 8;
  const direction = axesFromGridDirection(grid.direction);
  const volume = volumeLoader.createLocalVolume(volumeId, {
    scalarData: data,
    dimensions: [grid.dims[0], grid.dims[1], grid.dims[2]],
    spacing: [grid.spacing[0], grid.spacing[1], grid.spacing[2]],
    origin: [grid.origin[0], grid.origin[1], grid.origin[2]],
    direction,
    metadata: {
      BitsAllocated: bits,
      BitsStored: bits,
      HighBit: bits - 1,
      SamplesPerPixel: 1,
      PhotometricInterpretation: "MONOCHROME2",
      PixelRepresentation: data instanceof Int16Array || data instanceof Float32Array ? 1 : 0,
      Modality: modality,
      ImageOrientationPatient: [...direction.slice(0, 6)],
      PixelSpacing: [grid.spacing[1], grid.spacing[0]],
      FrameOfReferenceUID: "1.2.840.10008.1.4",
      Columns: grid.dims[0],
      Rows: grid.dims[1],
      voiLut: [],
      VOILUTFunction: "LINEAR",
    },
  });
  return volume.imageIds;
}
