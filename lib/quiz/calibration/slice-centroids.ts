/**
 * Centroids (world mm) of every structure of an annotation set present on one slice, in one pass
 * per labelmap: segmentation pixels of slice k, polygons lying on k, boxes (their centre) and
 * landmarks (their point). Used to find the nearest other structure. Pure.
 */
import type { Vec3 } from "../../domain/geometry/grid";
import type { AnnotationSet } from "../../domain/model/annotation-set";
import { sliceMask, type SpatialContext } from "../spatial-context";
import { maskCentroid } from "./slice-shape";
import { pixelWorld } from "./structure-answers";

/**
 * Structure id → centroid on slice `k`, in annotation-set order (first appearance). A structure
 * with a mask on the slice uses the mask's centroid; otherwise its box centre or landmark point.
 * Structures with nothing usable are absent. Labelmaps missing from `ctx.labelmaps` count as empty.
 */
export function sliceCentroids(
  ctx: SpatialContext,
  set: AnnotationSet,
  k: number,
): Map<string, Vec3> {
  const [nx, ny, nz] = ctx.grid.dims;
  const n = nx * ny;
  const sums = new Map<string, [number, number, number]>();
  const add = (id: string, i: number, j: number, c: number) => {
    const s = sums.get(id) ?? [0, 0, 0];
    s[0] += i;
    s[1] += j;
    s[2] += c;
    sums.set(id, s);
  };
  const byFile = new Map<string, Map<number, string>>();
  for (const a of set.annotations) {
    if (a.type !== "segmentation") continue;
    const m = byFile.get(a.labelmap) ?? new Map<number, string>();
    if (!m.has(a.label)) m.set(a.label, a.structure);
    byFile.set(a.labelmap, m);
  }
  if (k >= 0 && k < nz)
    for (const [file, labels] of byFile) {
      const lm = ctx.labelmaps.get(file);
      if (!lm) continue;
      const base = k * n;
      for (let p = 0; p < n; p++) {
        const id = labels.get(lm[base + p]);
        if (id !== undefined) add(id, p % nx, Math.floor(p / nx), 1);
      }
    }
  const polyIds = new Set(
    set.annotations.filter((a) => a.type === "polygon" && a.slice === k).map((a) => a.structure),
  );
  for (const id of polyIds) {
    const own = set.annotations.filter((a) => a.structure === id && a.type === "polygon");
    const c = maskCentroid(sliceMask(ctx.grid, own, ctx.labelmaps, k));
    if (c) add(id, c[0], c[1], 1);
  }
  const out = new Map<string, Vec3>();
  const order = [...new Set(set.annotations.map((a) => a.structure))];
  for (const id of order) {
    const s = sums.get(id);
    if (s && s[2] > 0) {
      out.set(id, pixelWorld(ctx.grid, s[0] / s[2], s[1] / s[2], k));
      continue;
    }
    const box = set.annotations.find((a) => a.structure === id && a.type === "box");
    if (box?.type === "box") {
      out.set(id, [0, 1, 2].map((a) => (box.min[a] + box.max[a]) / 2) as Vec3);
      continue;
    }
    const lm = set.annotations.find((a) => a.structure === id && a.type === "landmark");
    if (lm?.type === "landmark") out.set(id, lm.point);
  }
  return out;
}
