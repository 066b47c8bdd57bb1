/**
 * The files of a DICOM `--image`: one file as given, or every DICOM file under a folder, subfolders
 * included (exports often put a series in `DICOM/…/…`). A file is DICOM when it has the Part 10
 * preamble ('DICM' at byte 128); other files (a README, a licence, a report PDF) are skipped and
 * named in the case notes. Hidden entries, symbolic links and DICOMDIR are left out. Each DICOM
 * file is checked against the size limits before any DICOM reader inflates it.
 */
import fs from "node:fs";
import path from "node:path";
import type { ParseResult } from "../../lib/domain/parse-result";
import { deflatedProblem } from "../../lib/importers/dicom/deflated";
import { readBytes } from "./read-file";

export interface SeriesFiles {
  /** DICOM files, sorted by path. */
  files: string[];
  /** Files under the folder that are not DICOM (skipped), sorted by path. */
  skipped: string[];
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".") || e.name.toUpperCase() === "DICOMDIR") continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/** Whether `file` starts with a DICOM Part 10 preamble (reads 132 bytes). */
function hasPreamble(file: string): boolean {
  const head = Buffer.alloc(132);
  const fd = fs.openSync(file, "r");
  try {
    return fs.readSync(fd, head, 0, 132, 0) === 132 && head.toString("latin1", 128) === "DICM";
  } finally {
    fs.closeSync(fd);
  }
}

/** The series at `p` (file or folder), or an issue naming the file at fault. */
export function seriesFiles(p: string): ParseResult<SeriesFiles> {
  const fail = (file: string, message: string): ParseResult<SeriesFiles> => ({
    ok: false,
    issues: [{ file, field: "", message }],
  });
  let all: string[] = [];
  try {
    if (fs.statSync(p).isDirectory()) walk(p, all);
    else all = [p];
  } catch (e) {
    return fail(p, `cannot read: ${(e as Error).message}`);
  }
  all.sort();
  const files: string[] = [];
  const skipped: string[] = [];
  for (const f of all) {
    let dicom: boolean;
    try {
      dicom = all.length === 1 && f === p ? true : hasPreamble(f);
    } catch (e) {
      return fail(f, `cannot read: ${(e as Error).message}`);
    }
    if (!dicom) {
      skipped.push(f);
      continue;
    }
    const b = readBytes(f);
    if (!b.ok) return b;
    const deflated = deflatedProblem(b.value);
    if (deflated) return fail(f, deflated);
    files.push(f);
  }
  if (!files.length)
    return fail(
      p,
      all.length
        ? `folder holds no DICOM files (no 'DICM' preamble in ${all.length} file(s): ${skipped
            .slice(0, 3)
            .map((f) => path.relative(p, f))
            .join(", ")}${skipped.length > 3 ? ", …" : ""})`
        : "folder holds no files",
    );
  return { ok: true, value: { files, skipped } };
}
