/**
 * Batch de-identification of a folder tree (Node fs): one output per readable DICOM input, written
 * as `<out>/<new Series UID>/<new SOP Instance UID>.dcm` (file names never carry input names), or
 * under `<out>/needs-review/...` when the file is flagged for burned-in text. Symbolic links are
 * followed (each real file once, see walk-tree.ts); a broken link is a per-file error. A malformed
 * file becomes a per-file error entry; a DICOMDIR is skipped with a note; the batch continues.
 */
import fs from "node:fs";
import path from "node:path";
import { deidentifyFile, isDicomDir, type DeidOptions } from "./deidentify";
import type { DeidReport } from "./deid-report";
import { readPart10 } from "./dicom/read-part10";
import { writePart10 } from "./dicom/write-part10";
import { findElement, textOf } from "./dicom/values";
import { walkTree } from "./walk-tree";

export interface BatchEntry {
  /** Input path relative to the input folder. */
  input: string;
  /** Output path relative to the output folder (absent on error). */
  output?: string;
  error?: string;
  /** True when the file is not de-identified on purpose (not DICOM, or a DICOMDIR): not a failure. */
  skipped?: boolean;
  /** Why a file was skipped, when that needs saying (DICOMDIR). */
  note?: string;
  report?: DeidReport;
}

export interface BatchResult {
  entries: BatchEntry[];
  written: number;
  /** Unreadable or malformed DICOM files, broken links. */
  failed: number;
  /** Files that are not DICOM at all, and DICOMDIRs. */
  skipped: number;
  flagged: number;
}

const DICOMDIR_NOTE =
  "DICOMDIR skipped: a media directory indexes files by their original names and offsets; regenerate it from the de-identified files if needed";

function outputName(file: ReturnType<typeof deidentifyFile>, n: number): string {
  const text = (tag: number) => textOf(findElement(file.file.dataset, tag) ?? { tag, vr: "UI" });
  const series = text(0x0020000e) || "no-series";
  const sop = text(0x00080018) || `file-${n}`;
  return path.join(file.report.flags.length ? "needs-review" : "", series, `${sop}.dcm`);
}

/** De-identifies every file under `inDir` into `outDir`; never throws for a bad input file. */
export function deidentifyFolder(inDir: string, outDir: string, options: DeidOptions): BatchResult {
  const { files, problems } = walkTree(inDir);
  const entries: BatchEntry[] = problems.map((p) => ({ input: p.rel, error: p.message }));
  const used = new Set<string>();
  for (const { abs, rel } of files) {
    try {
      const parsed = readPart10(new Uint8Array(fs.readFileSync(abs)));
      if (isDicomDir(parsed)) {
        entries.push({ input: rel, skipped: true, note: DICOMDIR_NOTE });
        continue;
      }
      const done = deidentifyFile(parsed, options);
      let output = outputName(done, entries.length);
      // Several inputs can hold the same instance (e.g. one image in several transfer syntaxes).
      const base = output.slice(0, -".dcm".length);
      for (let n = 2; used.has(output); n++) output = `${base}-${n}.dcm`;
      used.add(output);
      fs.mkdirSync(path.join(outDir, path.dirname(output)), { recursive: true });
      fs.writeFileSync(path.join(outDir, output), writePart10(done.file), { flag: "wx" });
      entries.push({ input: rel, output, report: done.report });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      entries.push({
        input: rel,
        error,
        ...(error.startsWith("not a DICOM file") ? { skipped: true } : {}),
      });
    }
  }
  entries.sort((a, b) => a.input.localeCompare(b.input));
  return {
    entries,
    written: entries.filter((e) => e.output).length,
    failed: entries.filter((e) => e.error && !e.skipped).length,
    skipped: entries.filter((e) => e.skipped).length,
    flagged: entries.filter((e) => e.report?.flags.length).length,
  };
}
