/**
 * Writes a case's files idempotently: an existing case whose files are byte-identical is left alone;
 * one that differs is replaced only with `--force` (then files of the old case that the new one no
 * longer has are removed, inside the case's own two folders only).
 */
import fs from "node:fs";
import path from "node:path";

export type WriteOutcome =
  | { status: "created" | "unchanged" | "replaced"; changed: string[] }
  | { status: "refused"; changed: string[] };

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Compares then writes `files` (repo-relative paths) under `root`; `caseDirs` are the case's folders. */
export function writeCaseFiles(
  root: string,
  caseDirs: string[],
  files: Map<string, Uint8Array>,
  force: boolean,
): WriteOutcome {
  const abs = (p: string) => path.join(root, p);
  const existing = caseDirs.flatMap((d) => listFiles(abs(d)));
  const wanted = new Set([...files.keys()].map(abs));
  const changed = [...files.entries()]
    .filter(([p, b]) => !fs.existsSync(abs(p)) || !Buffer.from(b).equals(fs.readFileSync(abs(p))))
    .map(([p]) => p);
  const stale = existing.filter((f) => !wanted.has(f));
  const all = [...changed, ...stale.map((f) => path.relative(root, f))];
  if (existing.length === 0) {
    for (const [p, b] of files) {
      fs.mkdirSync(path.dirname(abs(p)), { recursive: true });
      fs.writeFileSync(abs(p), b);
    }
    return { status: "created", changed: all };
  }
  if (all.length === 0) return { status: "unchanged", changed: [] };
  if (!force) return { status: "refused", changed: all };
  for (const f of stale) fs.rmSync(f);
  for (const p of changed) {
    fs.mkdirSync(path.dirname(abs(p)), { recursive: true });
    fs.writeFileSync(abs(p), files.get(p)!);
  }
  return { status: "replaced", changed: all };
}
