/**
 * Label volumes read from NIfTI, as the grading CLIs and importers use them: masks of a label,
 * the labels present, and grid checks in words. Spacing comes from the header's pixdim (zooms),
 * as docs/clarifications.md pins for the CLI.
 */
import { compareGrids } from "../domain/geometry/grid-compare";
import { maskFromLabels, type Mask } from "../domain/geometry/mask";
import type { NiftiVolume } from "./nifti";

/** Distinct values of a volume, ascending (at most `limit`; `truncated` when there were more). */
export function labelValues(
  data: ArrayLike<number>,
  limit = 1000,
): { values: number[]; truncated: boolean } {
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i++) {
    seen.add(data[i]);
    if (seen.size > limit) break;
  }
  const values = [...seen].sort((a, b) => a - b);
  const truncated = values.length > limit;
  return { values: truncated ? values.slice(0, limit) : values, truncated };
}

/** Mask of a single-volume, single-component NIfTI: voxels equal to `label`, or all non-zero. */
export function volumeMask(vol: NiftiVolume, label?: number): Mask {
  return maskFromLabels({ dims: vol.grid.dims, spacing: vol.header.zoomsMm }, vol.data, label);
}

/**
 * Why a volume cannot serve as a labelmap (several frames or components), or null when it can.
 */
export function labelmapProblem(vol: NiftiVolume): string | null {
  if (vol.components !== 1)
    return `has ${vol.components} values per voxel (${vol.datatype}); a labelmap has one`;
  if (vol.frames !== 1) return `holds ${vol.frames} volumes (4D); a labelmap is a single 3D volume`;
  return null;
}

/**
 * How the grids of two volumes differ (dims, pixdim spacing, origin, orientation), one sentence per
 * difference; empty when they are the same grid.
 */
export function gridDifferences(a: NiftiVolume, b: NiftiVolume, names: [string, string]): string[] {
  return compareGrids(
    { ...a.grid, spacing: a.header.zoomsMm },
    { ...b.grid, spacing: b.header.zoomsMm },
    names,
  );
}
