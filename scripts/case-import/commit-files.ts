/**
 * All-or-nothing placement of a case's files. Every new file is first written to a staging folder
 * `ROOT/.case-import-XXXXXX/` (same file system as `content/` and `public/`, so moves are renames);
 * only when all of them are written are the old files moved aside (into the staging folder) and the
 * new ones renamed into place. On any failure the new files placed so far are removed, the old ones
 * moved back and folders this run created removed, so the old case stays as it was and nothing is
 * left in `content/` or `public/`. The staging folder is removed in every case.
 */
import fs from "node:fs";
import path from "node:path";

/** A failure of the write phase; `message` is one line naming the file and the problem. */
export class CommitError extends Error {}

function describe(e: unknown, root: string): string {
  const err = e as NodeJS.ErrnoException;
  const where = err.path ? path.relative(root, err.path) : "";
  return err.code
    ? `${where ? `${where}: ` : ""}${err.code} (${err.syscall ?? "write"})`
    : String(e);
}

/**
 * Writes `writes` (repo-relative path → bytes) and removes `removes` under `root`, all or nothing.
 * Throws a {@link CommitError} after rolling back when any step fails.
 */
export function commitFiles(
  root: string,
  writes: ReadonlyMap<string, Uint8Array>,
  removes: readonly string[],
): void {
  const abs = (p: string) => path.join(root, p);
  fs.mkdirSync(root, { recursive: true });
  const stage = fs.mkdtempSync(path.join(root, ".case-import-"));
  const fresh = (p: string) => path.join(stage, "new", p);
  const aside = (p: string) => path.join(stage, "old", p);
  const placed: string[] = [];
  const movedAside: string[] = [];
  const madeDirs: string[] = [];
  try {
    for (const [p, bytes] of writes) {
      fs.mkdirSync(path.dirname(fresh(p)), { recursive: true });
      fs.writeFileSync(fresh(p), bytes);
    }
    for (const p of writes.keys()) {
      const st = fs.lstatSync(abs(p), { throwIfNoEntry: false });
      if (st && !st.isFile())
        throw new CommitError(`${p}: exists and is not a regular file (a folder or a link)`);
    }
    for (const p of [...removes, ...writes.keys()]) {
      if (!fs.existsSync(abs(p))) continue;
      fs.mkdirSync(path.dirname(aside(p)), { recursive: true });
      fs.renameSync(abs(p), aside(p));
      movedAside.push(p);
    }
    for (const p of writes.keys()) {
      const made = fs.mkdirSync(path.dirname(abs(p)), { recursive: true });
      if (made) madeDirs.push(made);
      fs.renameSync(fresh(p), abs(p));
      placed.push(p);
    }
  } catch (e) {
    const why = e instanceof CommitError ? e.message : describe(e, root);
    const left: string[] = [];
    for (const p of placed) fs.rmSync(abs(p), { force: true });
    for (const p of movedAside) {
      try {
        fs.renameSync(aside(p), abs(p));
      } catch {
        left.push(p);
      }
    }
    for (const d of madeDirs.reverse()) fs.rmSync(d, { recursive: true, force: true });
    if (left.length) {
      const keep = `${stage}-kept`;
      fs.renameSync(path.join(stage, "old"), keep);
      throw new CommitError(
        `${why}; could not restore ${left.join(", ")}: the old files are in ${keep}`,
      );
    }
    fs.rmSync(stage, { recursive: true, force: true });
    throw new CommitError(`${why}; nothing was changed`);
  }
  fs.rmSync(stage, { recursive: true, force: true });
}
