/**
 * Per-annotator binary masks of one structure from loaded labelmap layers, for agreement (Dice)
 * and consensus. An annotator's mask is the union of every label it gave that structure.
 */
import type { Mask } from "../domain/geometry/mask";
import type { GridSpec } from "../domain/model";
import type { VoxelArray } from "../io";
import { peersOf } from "../domain/agreement/rater-key";
import type { LabelmapLayerRef } from "./overlay-model";

export interface AnnotatorMask {
  annotatorId: string;
  mask: Mask;
}

/**
 * Annotators that segmented `structureId` — or, with `peers` (domain `raterPeers`), any structure
 * of the same concept and side — in at least one of `layers` (in layer order), each with its mask
 * on `grid`. Structures drawn only as polygons/boxes/landmarks are not included.
 */
export function structureMasks(
  structureId: string,
  layers: readonly { ref: LabelmapLayerRef; data: VoxelArray }[],
  grid: GridSpec,
  peers: ReadonlyMap<string, readonly string[]> = new Map(),
): AnnotatorMask[] {
  const ids = new Set(peersOf(peers, structureId));
  const out = new Map<string, Uint8Array>();
  for (const l of layers) {
    const wanted = [...l.ref.labels].filter(([, s]) => ids.has(s)).map(([v]) => v);
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
 * annotators (the only ones agreement is computed for). With `peers` (domain `raterPeers`),
 * structures of the same concept and side count as one, keyed by the first one met (layer order).
 */
export function multiAnnotatorStructures(
  layers: readonly LabelmapLayerRef[],
  peers: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, string[]> {
  const by = new Map<string, Set<string>>();
  for (const l of layers)
    for (const id of l.labels.values()) {
      const s = peersOf(peers, id).find((p) => by.has(p)) ?? id;
      by.set(s, (by.get(s) ?? new Set()).add(l.annotatorId));
    }
  return new Map([...by].filter(([, a]) => a.size >= 2).map(([s, a]) => [s, [...a]]));
}
