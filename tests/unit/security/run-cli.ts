/**
 * Helpers of the security suite: run a CLI as a user would (tsx), under a 512 MB heap and a time
 * limit, and write the hostile fixtures with the committed Python generator (pydicom/nibabel/
 * Pillow/tifffile, not the project's own writer).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const REPO = process.cwd();
export const PY = "/usr/bin/python3";
/** tsx's loader by absolute URL, so a CLI can run from any folder (like `npx tsx`). */
export const TSX_LOADER = pathToFileURL(path.join(REPO, "node_modules/tsx/dist/loader.mjs")).href;
const GENERATOR = path.join(REPO, "tests/unit/security/make_hostile_files.py");
/** Whether Debian's python3 with pydicom, nibabel, Pillow and tifffile is there. */
export const HAS_PY =
  fs.existsSync(PY) && spawnSync(PY, ["-c", "import pydicom, nibabel, PIL, tifffile"]).status === 0;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Non-empty stderr lines. */
  lines: string[];
}

/** Runs `scripts/<script>` with `args` from `cwd` (node --max-old-space-size=512, 60 s limit). */
export function runCli(script: string, args: string[], cwd = REPO): CliRun {
  const env = { ...process.env };
  delete env.DEID_SALT;
  const r = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=512",
      "--import",
      TSX_LOADER,
      path.join(REPO, "scripts", script),
      ...args,
    ],
    { cwd, encoding: "utf8", timeout: 60_000, env },
  );
  if (r.error) throw r.error; // a timeout is a failure of the test, not a pass
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: r.stderr.split("\n").filter((l) => l.trim()),
  };
}

const made: string[] = [];

/** A fresh temporary folder (removed by `removeTmp`). */
export function tmp(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sec-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tmp` made in this test file (call from afterAll). */
export function removeTmp(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes the generator's `deid` or `gate` fixtures into `dir` (created). */
export function makeHostile(mode: "deid" | "gate", dir: string): void {
  const r = spawnSync(PY, ["-W", "ignore", GENERATOR, mode, dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`fixture generator failed: ${r.stderr}`);
}

/** Every file under `dir` (relative paths, links not followed), sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.lstatSync(path.join(dir, f)).isFile())
    .sort();
}
