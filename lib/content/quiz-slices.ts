/**
 * Server-side: on which axial slice each annotated structure of a case is largest, computed from
 * the labelmap files under `public/` (read with lib/io readNifti). Polygon-only structures use the
 * slice whose polygons have the most vertices (a cheap proxy for size; lowest k on ties). Cached per labelmap file.
 * Node only.
 */
import fs from "node:fs";
import path from "node:path";
import type { AnnotationSet } from "../domain/model/annotation-set";
import { readNifti } from "../io/nifti";
import { labelSliceStats, type LabelSliceStats } from "../quiz/slice-stats";

const statsCache = new Map<string, Map<number, LabelSliceStats> | null>();

/** Folder served as the site root (`public/`); overridable with PUBLIC_DIR for tests. */
export function publicDir(): string {
  return process.env.PUBLIC_DIR ?? path.join(process.cwd(), "public");
}

/** Per-label slice statistics of one labelmap (site path like `/cases/x/aal.nii.gz`); null if unreadable. */
export function labelmapStats(sitePath: string): Map<number, LabelSliceStats> | null {
  if (statsCache.has(sitePath)) return statsCache.get(sitePath) ?? null;
  let stats: Map<number, LabelSliceStats> | null = null;
  try {
    const vol = readNifti(
      new Uint8Array(fs.readFileSync(path.join(publicDir(), sitePath))),
      sitePath,
    );
    if (vol.ok) stats = labelSliceStats(vol.value.data, vol.value.grid.dims);
  } catch {
    stats = null;
  }
  statsCache.set(sitePath, stats);
  return stats;
}

/**
 * Largest slice (zero-based k) per structure id over `sets` (first set that annotates a structure
 * wins). Structures whose labelmap cannot be read are left out.
 */
export function largestSlices(sets: readonly AnnotationSet[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const set of sets) {
    const polyArea = new Map<string, Map<number, number>>();
    for (const a of set.annotations) {
      if (out.has(a.structure)) continue;
      if (a.type === "segmentation") {
        const s = labelmapStats(a.labelmap)?.get(a.label);
        if (s) out.set(a.structure, s.largestSlice);
      } else if (a.type === "polygon") {
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
