/**
 * Which structures (and by whom) lie under a world point, and which appear on a slice: the data of
 * the hover readout and of the "visible on this slice" list.
 */
import type { GridSpec } from "@/lib/domain/model";
import type { VoxelArray } from "@/lib/io";
import { voxelOffset, worldToIndex, worldToVoxel, type Vec3 } from "./grid-math";
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

/** Even-odd point-in-polygon in 2D; a point exactly on an edge may fall either way. */
export function pointInPolygon(p: [number, number], poly: [number, number][]): boolean {
  let inside = false;
  for (let a = 0, b = poly.length - 1; a < poly.length; b = a++) {
    const [xa, ya] = poly[a];
    const [xb, yb] = poly[b];
    if (ya > p[1] !== yb > p[1] && p[0] < ((xb - xa) * (p[1] - ya)) / (yb - ya) + xa)
      inside = !inside;
  }
  return inside;
}

/**
 * Structures under world point `p` (LPS mm): labelmap voxels containing it (nearest voxel centre),
 * boxes containing it ([min, max] per axis, widened by half a voxel on the slice axis), polygons on
 * its axial slice containing it, and landmarks within `landmarkRadiusMm` (default 3 mm).
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
    const off = voxelOffset(grid, v);
    for (const l of layers) {
      const s = l.ref.labels.get(l.data[off]);
      if (s) add(s, l.ref.annotatorId);
    }
  }
  const ijk = worldToIndex(grid, p);
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
      const poly = a.points.map((q) => worldToIndex(grid, q).slice(0, 2) as [number, number]);
      if (pointInPolygon([ijk[0], ijk[1]], poly)) add(a.structure, sh.annotatorId);
    }
  }
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
