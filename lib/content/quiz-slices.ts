/**
 * Server-side: on which axial slice each annotated structure of a case is largest, computed from
 * the labelmap files under `public/` (read with lib/io readNifti). Polygon-only structures use the
 * slice whose polygons have the most vertices (a cheap proxy for size; lowest k on ties). Cached per labelmap file.
 * Also what generated practice sets may use (`practiceSlices`) and how each structure looks on its
 * slice (`practiceShapes`: parts, both sides) for their prompts. Node only.
 */
import fs from "node:fs";
import path from "node:path";
import type { AnnotationSet } from "../domain/model/annotation-set";
import { readNifti } from "../io/nifti";
import { planeAxis, type ViewPlane } from "../domain/model/case-view";
import { gridAlongAxis, volumeAlongAxis } from "../domain/geometry/plane-grid";
import { largestSliceStats, type LargestSliceStats } from "../quiz/slice-stats";
import { labelShape, practiceExcluded, type ReferenceShape } from "../quiz/practice-shape";

interface LabelmapEntry {
  stats: Map<number, LargestSliceStats>;
  /** Shape of each label on its largest slice (parts, sides), for generated prompts. */
  shapes: Map<number, ReferenceShape>;
}
const cache = new Map<string, LabelmapEntry | null>();

/** Folder served as the site root (`public/`); overridable with PUBLIC_DIR for tests. */
export function publicDir(): string {
  return process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public");
}

/** A sagittal slice (normal axis along x) shows one side of the midline only: never "both sides". */
function sideless(shape: ReferenceShape, normalAxis: number): ReferenceShape {
  return normalAxis === 0 ? { ...shape, bothSides: false } : shape;
}

/** Statistics of one labelmap in `plane` (its slices along that plane's normal; see plane-grid). */
function labelmapEntry(
  sitePath: string,
  pub: string,
  plane: ViewPlane = "axial",
): LabelmapEntry | null {
  const key = `${path.join(pub, sitePath)}|${plane}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let entry: LabelmapEntry | null = null;
  try {
    const vol = readNifti(new Uint8Array(fs.readFileSync(path.join(pub, sitePath))), sitePath);
    if (vol.ok) {
      const a = planeAxis(vol.value.grid, plane);
      const data = volumeAlongAxis(vol.value.data, vol.value.grid.dims, a);
      const grid = gridAlongAxis(vol.value.grid, a);
      const stats = largestSliceStats(data, grid.dims);
      const shapes = new Map<number, ReferenceShape>();
      for (const st of stats.values())
        shapes.set(st.label, sideless(labelShape(data, grid.dims, st.label, st.largestSlice), a));
      entry = { stats, shapes };
    }
  } catch {
    entry = null;
  }
  cache.set(key, entry);
  return entry;
}

/** Per-label slice statistics of one labelmap (site path like `/cases/x/aal.nii.gz`); null if unreadable. */
export function labelmapStats(
  sitePath: string,
  pub = publicDir(),
): Map<number, LargestSliceStats> | null {
  return labelmapEntry(sitePath, pub)?.stats ?? null;
}

/**
 * Largest slice (zero-based, along `plane`'s normal: k for axial) per structure id over `sets`
 * (first set that annotates a structure wins). Structures whose labelmap cannot be read are left
 * out; polygon-only structures count in the axial plane only (polygons lie on axial slices).
 */
export function largestSlices(
  sets: readonly AnnotationSet[],
  pub = publicDir(),
  plane: ViewPlane = "axial",
): Map<string, number> {
  const out = new Map<string, number>();
  for (const set of sets) {
    const polyArea = new Map<string, Map<number, number>>();
    for (const a of set.annotations) {
      if (out.has(a.structure)) continue;
      if (a.type === "segmentation") {
        const s = labelmapEntry(a.labelmap, pub, plane)?.stats.get(a.label);
        if (s) out.set(a.structure, s.largestSlice);
      } else if (a.type === "polygon" && plane === "axial") {
        const m = polyArea.get(a.structure) ?? new Map<number, number>();
        m.set(a.slice, (m.get(a.slice) ?? 0) + a.points.length);
        polyArea.set(a.structure, m);
      }
    }
    for (const [structure, m] of polyArea) {
      if (out.has(structure)) continue;
      const best = [...m.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
      if (best) out.set(structure, best[0]);
    }
  }
  return out;
}

/**
 * What generated practice items may ask about: structure id → its largest slice (as
 * {@link largestSlices}), without the structures their sets exclude (`practiceExclude`).
 */
export function practiceSlices(
  sets: readonly AnnotationSet[],
  pub = publicDir(),
  plane: ViewPlane = "axial",
): Map<string, number> {
  const out = largestSlices(sets, pub, plane);
  for (const id of practiceExcluded(sets)) out.delete(id);
  return out;
}

/** Shape (parts, sides) of each segmented structure on its largest slice (first set wins). */
export function practiceShapes(
  sets: readonly AnnotationSet[],
  pub = publicDir(),
  plane: ViewPlane = "axial",
): Map<string, ReferenceShape> {
  const out = new Map<string, ReferenceShape>();
  for (const set of sets)
    for (const a of set.annotations) {
      if (a.type !== "segmentation" || out.has(a.structure)) continue;
      const shape = labelmapEntry(a.labelmap, pub, plane)?.shapes.get(a.label);
      if (shape) out.set(a.structure, shape);
    }
  return out;
}
