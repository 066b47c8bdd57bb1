/**
 * Lists every regular file under a folder (Node fs), hidden ones included, following symbolic
 * links (to files and folders) the way a web server or a batch tool would reach them. Each real
 * file and folder is visited once (by real path), so link loops end and a file linked twice is
 * listed once. Broken links and special files (FIFOs, sockets, devices: reading one could block)
 * are returned as problems instead of being dropped silently.
 */
import fs from "node:fs";
import path from "node:path";

export interface WalkedFile {
  /** Absolute path as reached (through links, not resolved). */
  abs: string;
  /** Path relative to the walked root. */
  rel: string;
  /** True when a symbolic link was followed to reach the file. */
  viaLink: boolean;
}

export interface WalkResult {
  files: WalkedFile[];
  /** Entries that could not be listed: `rel` and one line saying why. */
  problems: { rel: string; message: string }[];
}

/** Walks `root` (a folder); sorted by name at every level. */
export function walkTree(root: string): WalkResult {
  const result: WalkResult = { files: [], problems: [] };
  const seen = new Set<string>();
  const visit = (abs: string, viaLink: boolean): void => {
    const rel = path.relative(root, abs) || ".";
    let stat: fs.Stats;
    let real: string;
    let isLink = false;
    try {
      isLink = fs.lstatSync(abs).isSymbolicLink();
      stat = fs.statSync(abs);
      real = fs.realpathSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result.problems.push({
        rel,
        message: isLink
          ? `broken symbolic link (target missing: ${code ?? "error"})`
          : `cannot be read (${code ?? (e as Error).message})`,
      });
      return;
    }
    if (seen.has(real)) return; // already listed through another path (or a link loop)
    seen.add(real);
    const linked = viaLink || isLink;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort((a, b) => a.localeCompare(b)))
        visit(path.join(abs, name), linked);
    } else if (stat.isFile()) result.files.push({ abs, rel, viaLink: linked });
    else result.problems.push({ rel, message: "not a regular file (FIFO, socket or device)" });
  };
  visit(root, false);
  return result;
}
