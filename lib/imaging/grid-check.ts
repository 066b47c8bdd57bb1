/** Whether a file's grid matches the case's reference grid, with a reason when it does not. */
import type { GridSpec } from "@/lib/domain/model";

/**
 * Returns null when `file` is on `ref` (same dims; spacing within 1 %; origin within half a voxel;
 * direction cosines within 0.01), else a sentence naming the first difference, e.g.
 * "dims 91×109×91 differ from the case grid 181×217×181".
 */
export function gridMismatch(file: GridSpec, ref: GridSpec): string | null {
  const fmt = (v: readonly number[]) => v.map((x) => +x.toFixed(2)).join("×");
  if (file.dims.some((d, n) => d !== ref.dims[n]))
    return `dims ${fmt(file.dims)} differ from the case grid ${fmt(ref.dims)}`;
  if (file.spacing.some((s, n) => Math.abs(s - ref.spacing[n]) > 0.01 * ref.spacing[n])) {
    return `voxel size ${fmt(file.spacing)} mm differs from the case grid ${fmt(ref.spacing)} mm`;
  }
  const half = Math.min(...ref.spacing) / 2;
  if (file.origin.some((o, n) => Math.abs(o - ref.origin[n]) > half)) {
    return `origin (${file.origin.map((x) => x.toFixed(1)).join(", ")}) mm differs from the case grid (${ref.origin.map((x) => x.toFixed(1)).join(", ")}) mm`;
  }
  if (file.direction.some((d, n) => Math.abs(d - ref.direction[n]) > 0.01))
    return "orientation differs from the case grid";
  return null;
}
