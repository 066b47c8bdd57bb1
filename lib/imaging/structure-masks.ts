/**
 * Per-annotator binary masks of one structure from loaded labelmap layers, for agreement (Dice)
 * and consensus. An annotator's mask is the union of every label it gave that structure.
 */
import type { Mask } from "../domain/geometry/mask";
import type { GridSpec } from "../domain/model";
import type { VoxelArray } from "../io";
import type { LabelmapLayerRef } from "./overlay-model";

export interface AnnotatorMask {
  annotatorId: string;
  mask: Mask;
}

/**
 * Annotators that segmented `structureId` in at least one of `layers` (in layer order), each with
 * its mask on `grid`. Structures drawn only as polygons/boxes/landmarks are not included.
 */
export function structureMasks(
  structureId: string,
  layers: readonly { ref: LabelmapLayerRef; data: VoxelArray }[],
  grid: GridSpec,
): AnnotatorMask[] {
  const out = new Map<string, Uint8Array>();
  for (const l of layers) {
    const wanted = [...l.ref.labels].filter(([, s]) => s === structureId).map(([v]) => v);
    if (!wanted.length) continue;
    const m = out.get(l.ref.annotatorId) ?? new Uint8Array(l.data.length);
    const set = new Set(wanted);
    for (let p = 0; p < l.data.length; p++) if (set.has(l.data[p])) m[p] = 1;
    out.set(l.ref.annotatorId, m);
  }
  return [...out].map(([annotatorId, data]) => ({
    annotatorId,
    mask: { grid: { dims: grid.dims, spacing: grid.spacing }, data },
  }));
}

/**
 * Structure id -> annotator ids that segmented it, for structures segmented by two or more
 * annotators (the only ones agreement is computed for).
 */
export function multiAnnotatorStructures(
  layers: readonly LabelmapLayerRef[],
): Map<string, string[]> {
  const by = new Map<string, Set<string>>();
  for (const l of layers)
    for (const s of l.labels.values()) by.set(s, (by.get(s) ?? new Set()).add(l.annotatorId));
  return new Map([...by].filter(([, a]) => a.size >= 2).map(([s, a]) => [s, [...a]]));
}
