import fs from "node:fs";
import { readNifti, type NiftiVolume } from "@/lib/io/nifti";
import { maskFromLabels, type Mask } from "@/lib/domain/geometry/mask";

export function readVolume(file: string): NiftiVolume {
  const r = readNifti(new Uint8Array(fs.readFileSync(file)), file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Mask of a NIfTI file (non-zero, or `label`), spacing from the header zooms. */
export function readMask(file: string, label?: number): Mask {
  const v = readVolume(file);
  return maskFromLabels({ dims: v.grid.dims, spacing: v.header.zoomsMm }, v.data, label);
}

/** A mask from a predicate over (i, j, k). */
export function makeMask(
  dims: [number, number, number],
  spacing: [number, number, number],
  f: (i: number, j: number, k: number) => boolean,
): Mask {
  const data = new Uint8Array(dims[0] * dims[1] * dims[2]);
  for (let k = 0, p = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++)
      for (let i = 0; i < dims[0]; i++, p++) data[p] = f(i, j, k) ? 1 : 0;
  return { grid: { dims, spacing }, data };
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
