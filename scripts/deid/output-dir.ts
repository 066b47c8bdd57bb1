/**
 * Where `npm run deid` may write (Node fs): checks the input/output/report paths before anything
 * is written, and puts a finished batch in place as a whole. The batch is written to a staging
 * folder beside OUT_DIR and renamed into place at the end, so a failed run leaves no half batch
 * and `--overwrite` replaces the old output as a whole (never mixes two runs' instances).
 */
import fs from "node:fs";
import path from "node:path";

/** Real path of `p`, or of its nearest existing ancestor joined with the rest (for new paths). */
function realish(p: string): string {
  const abs = path.resolve(p);
  if (fs.existsSync(abs)) return fs.realpathSync(abs);
  const parent = path.dirname(abs);
  return parent === abs ? abs : path.join(realish(parent), path.basename(abs));
}

const inside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** The default report path: beside OUT_DIR (`OUT_DIR.deid-report.json`), never inside it. */
export function defaultReportPath(outDir: string): string {
  return `${path.resolve(outDir)}.deid-report.json`;
}

const SERIES_DIR = /^(\d+(\.\d+)*|no-series)$/;

/**
 * The first entry of `outDir` that a deid batch does not write (anything but `<series UID>/*.dcm`
 * and `needs-review/<series UID>/*.dcm`), or null: `--overwrite` deletes OUT_DIR as a whole, so it
 * only replaces what looks like an earlier output, never a folder of other files.
 */
function foreignEntry(outDir: string): string | null {
  for (const top of fs.readdirSync(outDir, { withFileTypes: true })) {
    const review = top.name === "needs-review";
    if (!top.isDirectory() || !(review || SERIES_DIR.test(top.name))) return top.name;
    const dir = path.join(outDir, top.name);
    for (const sub of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = path.join(top.name, sub.name);
      if (!review && !(sub.isFile() && sub.name.endsWith(".dcm"))) return rel;
      if (review && !(sub.isDirectory() && SERIES_DIR.test(sub.name))) return rel;
      if (review) {
        const bad = fs
          .readdirSync(path.join(dir, sub.name), { withFileTypes: true })
          .find((f) => !(f.isFile() && f.name.endsWith(".dcm")));
        if (bad) return path.join(rel, bad.name);
      }
    }
  }
  return null;
}

/** One line naming the path and the problem, or null when the paths are usable. */
export function checkPaths(
  inDir: string,
  outDir: string,
  report: string,
  overwrite: boolean,
): string | null {
  if (!fs.existsSync(inDir)) return `${inDir}: no such folder`;
  if (!fs.statSync(inDir).isDirectory()) return `${inDir}: not a folder`;
  const input = realish(inDir);
  const output = realish(outDir);
  if (inside(output, input))
    return `${outDir}: OUT_DIR is inside IN_DIR ${inDir} (a run would read its own outputs); choose a folder outside it`;
  if (inside(input, output))
    return `${outDir}: OUT_DIR contains IN_DIR ${inDir}; choose a folder outside it`;
  if (inside(realish(report), output))
    return `${report}: the report names input files and holds the date shift; write it outside OUT_DIR`;
  if (fs.existsSync(outDir)) {
    if (!fs.statSync(outDir).isDirectory()) return `${outDir}: exists and is not a folder`;
    if (fs.readdirSync(outDir).length > 0 && !overwrite)
      return `${outDir}: not empty (a second run would add a second copy of every instance); give an empty or new folder, or --overwrite to replace it`;
    const foreign = overwrite ? foreignEntry(outDir) : null;
    if (foreign)
      return `${outDir}: holds ${foreign}, which deid did not write; --overwrite only replaces an earlier deid output`;
  }
  return null;
}

/** A new empty staging folder beside `outDir`. */
export function makeStaging(outDir: string): string {
  const abs = path.resolve(outDir);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  return fs.mkdtempSync(`${abs}.partial-`);
}

/** Moves the finished `staging` folder to `outDir`, replacing what was there. */
export function commitStaging(staging: string, outDir: string): void {
  const abs = path.resolve(outDir);
  if (!fs.existsSync(abs)) {
    fs.renameSync(staging, abs);
    return;
  }
  const old = fs.mkdtempSync(`${abs}.old-`);
  fs.renameSync(abs, path.join(old, "out"));
  try {
    fs.renameSync(staging, abs);
  } catch (e) {
    fs.renameSync(path.join(old, "out"), abs); // put the old output back
    fs.rmSync(old, { recursive: true, force: true });
    throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/** Writes `text` to `file` through a temporary sibling and a rename (never a half-written file). */
export function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${path.resolve(file)}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
