/** Where to jump for a structure: a voxel index (i, j, k) on its largest axial slice. */
import type { GridSpec } from "@/lib/domain/model";
import { worldToIndex, type Vec3 } from "@/lib/domain/geometry/grid";
import type { LabelSliceStats } from "@/lib/imaging/label-stats";
import type { LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import type { ShapeRef } from "@/lib/imaging/overlay-model";

/**
 * Continuous index (i, j, k) to centre the views on: for a labelmap structure, k = the axial slice
 * where it has most voxels and (i, j) = its centroid on that slice; otherwise the first landmark,
 * box centre or polygon centroid. Null when the structure is in no loaded layer or shape.
 */
export function structureFocus(
  id: string,
  grid: GridSpec,
  layers: LoadedLabelmap[],
  shapes: ShapeRef[],
  largest: (s: LabelSliceStats, label: number) => number | null,
): Vec3 | null {
  for (const l of layers) {
    for (const [label, sid] of l.ref.labels) {
      if (sid !== id) continue;
      const k = largest(l.stats, label);
      if (k === null) continue;
      let si = 0;
      let sj = 0;
      let n = 0;
      const base = k * grid.dims[0] * grid.dims[1];
      for (let j = 0; j < grid.dims[1]; j++) {
        for (let i = 0; i < grid.dims[0]; i++) {
          if (l.data[base + j * grid.dims[0] + i] === label) {
            si += i;
            sj += j;
            n++;
          }
        }
      }
      return [si / n, sj / n, k];
    }
  }
  const sh = shapes.find((s) => s.annotation.structure === id);
  if (!sh) return null;
  const a = sh.annotation;
  if (a.type === "landmark") return worldToIndex(grid, a.point);
  if (a.type === "box")
    return worldToIndex(grid, [0, 1, 2].map((n) => (a.min[n] + a.max[n]) / 2) as Vec3);
  const c = a.points.reduce<Vec3>(
    (acc, p) => [
      acc[0] + p[0] / a.points.length,
      acc[1] + p[1] / a.points.length,
      acc[2] + p[2] / a.points.length,
    ],
    [0, 0, 0],
  );
  const ijk = worldToIndex(grid, c);
  return [ijk[0], ijk[1], a.slice];
}
