/**
 * Packs binary segment masks into as few labelmap layers as possible without losing voxels:
 * a segment goes into the first layer where none of its voxels is taken; otherwise a new layer.
 */
import type { GridSpec } from "../domain/model";
import type { ImportedLabelmap, LabelArray } from "./types";

export interface SegmentMask {
  structure: string;
  /** Linear voxel indices (i fastest, then j, then k) on the grid, ascending, no duplicates. */
  voxels: Uint32Array;
  /** Label value to use when it is free in the chosen layer (default: next free value). */
  preferredValue?: number;
}

/** Empty labelmap array able to hold `maxValue` (uint8 up to 255, else uint16, else uint32). */
export function labelArrayFor(maxValue: number, length: number): LabelArray {
  if (maxValue <= 255) return new Uint8Array(length);
  if (maxValue <= 65535) return new Uint16Array(length);
  return new Uint32Array(length);
}

/** Ascending linear indices of the non-zero values of `mask`. */
export function indicesOf(mask: ArrayLike<number>): Uint32Array {
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) n++;
  const out = new Uint32Array(n);
  let o = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[o++] = i;
  return out;
}

/**
 * Layers for `segments` on `grid`. Layer names are `${baseName}` for a single layer, else
 * `${baseName}-layer-${n}` (n from 1). Empty segments still get a label value (so their structure
 * is listed) in the first layer.
 */
export function packSegments(
  grid: GridSpec,
  segments: SegmentMask[],
  baseName: string,
  mode?: ImportedLabelmap["mode"],
): ImportedLabelmap[] {
  const n = grid.dims[0] * grid.dims[1] * grid.dims[2];
  const maxValue = Math.max(segments.length, ...segments.map((s) => s.preferredValue ?? 0));
  const layers: { owner: LabelArray; labels: { value: number; structure: string }[] }[] = [];
  for (const seg of segments) {
    let li = layers.findIndex((l) => seg.voxels.every((v) => l.owner[v] === 0));
    if (li < 0) {
      layers.push({ owner: labelArrayFor(maxValue, n), labels: [] });
      li = layers.length - 1;
    }
    const layer = layers[li];
    const used = new Set(layer.labels.map((l) => l.value));
    let value =
      seg.preferredValue && seg.preferredValue > 0 && !used.has(seg.preferredValue)
        ? seg.preferredValue
        : 0;
    if (!value) for (value = 1; used.has(value); value++);
    layer.labels.push({ value, structure: seg.structure });
    for (const v of seg.voxels) layer.owner[v] = value;
  }
  return layers.map((l, i) => {
    return {
      name: layers.length === 1 ? baseName : `${baseName}-layer-${i + 1}`,
      grid,
      data: l.owner,
      labels: l.labels,
      ...(mode ? { mode } : {}),
    };
  });
}
