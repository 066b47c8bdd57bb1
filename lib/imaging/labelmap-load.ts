/** Loads one labelmap layer (NIfTI on the case's reference grid) for the overlay and the readout. */
import type { GridSpec } from "../domain/model";
import { fetchBytes } from "./fetch-bytes";
import { labelSliceStats, type LabelSliceStats } from "./label-stats";
import { readNifti, type VoxelArray } from "../io";
import { compareGrids } from "../domain/geometry/grid-compare";
import type { LabelmapLayerRef } from "./overlay-model";

export interface LoadedLabelmap {
  ref: LabelmapLayerRef;
  data: VoxelArray;
  stats: LabelSliceStats;
}

/**
 * Downloads and parses `ref.file`; throws an Error naming the file when it is missing, unreadable,
 * or not on the case grid (dims, spacing, origin or orientation differ).
 */
export async function loadLabelmap(
  ref: LabelmapLayerRef,
  grid: GridSpec,
  signal?: AbortSignal,
): Promise<LoadedLabelmap> {
  const label = `labelmap ${ref.file}`;
  const r = readNifti(await fetchBytes(ref.file, label, undefined, signal), ref.file);
  if (!r.ok)
    throw new Error(`${label}: unreadable NIfTI (${r.issues.map((i) => i.message).join("; ")})`);
  const [bad] = compareGrids(r.value.grid, grid, ["file", "case grid"], "display");
  if (bad) throw new Error(`${label}: wrong grid — ${bad}`);
  return { ref, data: r.value.data, stats: labelSliceStats(r.value.data, grid.dims) };
}
