/**
 * Helpers for the hostile-input tests: run a CLI as a child process under a 512 MB V8 heap and a
 * time limit, build NIfTI / gzip inputs in memory (bombs are gzip members of zeros repeated, so a
 * 1 GiB stream costs about 1 MB and no large allocation in the test), and list what a run left in
 * a throw-away root's content/ and public/.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

export const repo = path.resolve(__dirname, "../../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stderr lines that are not progress lines (`[case:import 0.1s] …`). */
  errorLines: string[];
  ms: number;
}

/** Runs `scripts/<script>` with tsx under `--max-old-space-size=512`, killed after `timeoutMs`. */
export function runCli(script: string, args: string[], timeoutMs = 60_000): CliRun {
  const t0 = Date.now();
  const r = spawnSync(
    process.execPath,
    ["--max-old-space-size=512", "--import", "tsx", path.join(repo, "scripts", script), ...args],
    { cwd: repo, encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" },
  );
  const stderr = r.stderr ?? "";
  return {
    code: r.status,
    stdout: r.stdout ?? "",
    stderr,
    errorLines: stderr.split("\n").filter((l) => l.trim() && !/^\[case:import [\d.]+s\]/.test(l)),
    ms: Date.now() - t0,
  };
}

/** A fresh temporary folder under `parent` (default the OS temp folder; the caller removes it). */
export function tmpDir(prefix: string, parent = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(parent, `${prefix}-`));
}

/** Every file (and empty folder) under `root/content` and `root/public`, repo-relative, sorted. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    const entries = fs.readdirSync(d, { withFileTypes: true });
    if (!entries.length) out.push(`${path.relative(root, d)}/`);
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(root, p));
    }
  };
  walk(path.join(root, "content"));
  walk(path.join(root, "public"));
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
