/**
 * Helpers for the importer hostile-input tests (CLIs are run with run-cli.ts): build NIfTI / gzip
 * inputs in memory (bombs are gzip members of zeros repeated, so a 1 GiB stream costs about 1 MB
 * and no large allocation in the test), and list what a run left in a throw-away root.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { CliRun } from "./run-cli";

/** Error lines of a case:import / grade / agreement run: stderr without progress lines. */
export function errorLines(r: CliRun): string[] {
  return r.lines.filter((l) => !/^\[case:import [\d.]+s\]/.test(l));
}

/**
 * Every file and every empty folder under `root/content` and `root/public` (repo-relative, folders
 * ending in "/"), sorted: what an import left behind in a throw-away root.
 */
export function caseTree(root: string): string[] {
  const out: string[] = [];
  for (const top of ["content", "public"]) {
    const dir = path.join(root, top);
    if (!fs.existsSync(dir)) continue;
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
      const p = path.join(dir, rel);
      const st = fs.lstatSync(p);
      if (!st.isDirectory()) out.push(path.join(top, rel));
      else if (!fs.readdirSync(p).length) out.push(`${path.join(top, rel)}/`);
    }
  }
  return out.sort();
}

/**
 * A NIfTI-1 header (352 bytes, little endian, `n+1`) with `dims` (3 values), datatype code
 * `datatype` (2 = uint8), vox_offset `voxOffset`, pixdim 1 mm and no transform (method 1).
 */
export function niftiHeader(dims: number[], datatype = 2, voxOffset = 352): Uint8Array {
  const b = new Uint8Array(352);
  const v = new DataView(b.buffer);
  v.setInt32(0, 348, true);
  [3, dims[0], dims[1], dims[2], 1, 1, 1, 1].forEach((d, i) => v.setInt16(40 + 2 * i, d, true));
  const bits: Record<number, number> = { 2: 8, 4: 16, 16: 32 };
  v.setInt16(70, datatype, true);
  v.setInt16(72, bits[datatype] ?? 8, true);
  [1, 1, 1, 1, 1, 1, 1, 1].forEach((p, i) => v.setFloat32(76 + 4 * i, p, true));
  v.setFloat32(108, voxOffset, true);
  v.setFloat32(112, 1, true);
  b[123] = 2;
  b.set([0x6e, 0x2b, 0x31, 0x00], 344);
  return b;
}

/**
 * A multi-member gzip stream: `head` gzipped, then `zeroMiB` MiB of zeros as members of 64 MiB
 * (each ~64 KB compressed; the same member repeated). Valid gzip: every member has its CRC.
 */
export function gzipWithZeros(head: Uint8Array, zeroMiB: number): Buffer {
  const parts: Buffer[] = [zlib.gzipSync(head)];
  const block = Math.min(64, zeroMiB);
  const member = zlib.gzipSync(Buffer.alloc(block * 1024 * 1024), { level: 9 });
  for (let m = 0; m < zeroMiB; m += block) parts.push(member);
  return Buffer.concat(parts);
}

/** A small valid uint8 NIfTI volume on `dims`, voxel values from `fill(i)`. */
export function smallNifti(dims: number[], fill: (i: number) => number): Uint8Array {
  const n = dims[0] * dims[1] * dims[2];
  const out = new Uint8Array(352 + n);
  out.set(niftiHeader(dims));
  for (let i = 0; i < n; i++) out[352 + i] = fill(i);
  return out;
}

/** The common metadata options of case:import, with `--root root`. */
export function importMeta(root: string): string[] {
  return [
    ...["--title", "T", "--modality", "CT", "--region", "head", "--license", "CC0-1.0"],
    ...["--source", "generated in the test", "--deidentification", "synthetic", "--root", root],
  ];
}
