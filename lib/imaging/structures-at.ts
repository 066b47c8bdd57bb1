/**
 * Which structures (and by whom) lie under a world point, and which appear on a slice: the data of
 * the hover readout and of the "visible on this slice" list.
 */
import type { GridSpec } from "../domain/model";
import type { VoxelArray } from "../io";
import { linearIndex, worldToIndex, worldToVoxel, type Vec3 } from "../domain/geometry/grid";
import { pointInPolygons } from "../domain/geometry/polygon";
import type { LabelmapLayerRef, ShapeRef } from "./overlay-model";
import { planeAxes } from "./slice-bitmap";

export interface StructureHit {
  structureId: string;
  annotatorId: string;
}

export interface LabelLayerData {
  ref: LabelmapLayerRef;
  data: VoxelArray;
}

/**
 * Structures under world point `p` (LPS mm): labelmap voxels containing it (nearest voxel centre),
 * boxes containing it ([min, max] per axis, widened by half a voxel on the slice axis), outlines on
 * its axial slice, and landmarks within `landmarkRadiusMm` (default 3 mm).
 *
 * Outlines follow the grader's rule exactly: the point's containing voxel belongs to a structure
 * when that voxel's centre lies in an odd number of the structure's polygons on the slice (by one
 * annotator), edges included ({@link pointInPolygons}); so a point inside a hole names nothing.
 */
export function structuresAt(
  grid: GridSpec,
  p: Vec3,
  layers: readonly LabelLayerData[],
  shapes: readonly ShapeRef[],
  landmarkRadiusMm = 3,
): StructureHit[] {
  const hits: StructureHit[] = [];
  const add = (structureId: string, annotatorId: string) => {
    if (!hits.some((h) => h.structureId === structureId && h.annotatorId === annotatorId))
      hits.push({ structureId, annotatorId });
  };
  const v = worldToVoxel(grid, p);
  if (v) {
    const off = linearIndex(grid, v[0], v[1], v[2]);
    for (const l of layers) {
      const s = l.ref.labels.get(l.data[off]);
      if (s) add(s, l.ref.annotatorId);
    }
  }
  const ijk = worldToIndex(grid, p);
  const outlines = new Map<
    string,
    { structure: string; annotatorId: string; polys: number[][][] }
  >();
  for (const sh of shapes) {
    const a = sh.annotation;
    if (a.type === "landmark") {
      if (Math.hypot(a.point[0] - p[0], a.point[1] - p[1], a.point[2] - p[2]) <= landmarkRadiusMm)
        add(a.structure, sh.annotatorId);
    } else if (a.type === "box") {
      const lo = worldToIndex(grid, a.min);
      const hi = worldToIndex(grid, a.max);
      const inside = [0, 1, 2].every(
        (n) => ijk[n] >= Math.min(lo[n], hi[n]) - 0.5 && ijk[n] <= Math.max(lo[n], hi[n]) + 0.5,
      );
      if (inside) add(a.structure, sh.annotatorId);
    } else if (v && a.slice === v[2]) {
      const key = `${sh.setId}\u0000${a.structure}`;
      const entry = outlines.get(key) ?? {
        structure: a.structure,
        annotatorId: sh.annotatorId,
        polys: [],
      };
      entry.polys.push(a.points.map((q) => worldToIndex(grid, q).slice(0, 2)));
      outlines.set(key, entry);
    }
  }
  for (const o of outlines.values())
    if (v && pointInPolygons([v[0], v[1]], o.polys)) add(o.structure, o.annotatorId);
  return hits;
}

/** Structure ids with at least one labelmap voxel on slice `index` along grid `axis`, in first-seen order. */
export function structuresOnSlice(
  grid: GridSpec,
  axis: 0 | 1 | 2,
  index: number,
  layers: readonly LabelLayerData[],
): string[] {
  const [ax, ay] = planeAxes(axis);
  const stride = [1, grid.dims[0], grid.dims[0] * grid.dims[1]];
  const out = new Set<string>();
  if (index < 0 || index >= grid.dims[axis]) return [];
  for (const l of layers) {
    const seen = new Set<number>();
    for (let y = 0; y < grid.dims[ay]; y++) {
      for (let x = 0; x < grid.dims[ax]; x++) {
        const val = l.data[index * stride[axis] + x * stride[ax] + y * stride[ay]];
        if (val > 0) seen.add(val);
      }
    }
    for (const val of seen) {
      const s = l.ref.labels.get(val);
      if (s) out.add(s);
    }
  }
  return [...out];
}
