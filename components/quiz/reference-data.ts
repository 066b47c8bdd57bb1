"use client";
/**
 * Loads the labelmaps an item is graded against (site paths under public/), decoded with lib/io
 * readNifti in the browser. One fetch per file per page (promises are cached).
 */
import { readNifti, type VoxelArray } from "@/lib/io/nifti";

const cache = new Map<string, Promise<VoxelArray>>();

/** Decoded voxel values of a labelmap (i fastest); rejects with a message naming the file. */
export function loadLabelmap(sitePath: string): Promise<VoxelArray> {
  let p = cache.get(sitePath);
  if (!p) {
    p = fetch(sitePath)
      .then((r) => {
        if (!r.ok) throw new Error(`${sitePath}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buf) => {
        const v = readNifti(new Uint8Array(buf), sitePath);
        if (!v.ok) throw new Error(v.issues.map((i) => i.message).join("; "));
        return v.value.data;
      });
    p.catch(() => cache.delete(sitePath));
    cache.set(sitePath, p);
  }
  return p;
}

/** Every labelmap file of the given site paths, decoded, as a map by path. */
export async function loadLabelmaps(paths: Iterable<string>): Promise<Map<string, VoxelArray>> {
  const list = [...new Set(paths)];
  const data = await Promise.all(list.map(loadLabelmap));
  return new Map(list.map((p, i) => [p, data[i]]));
}
