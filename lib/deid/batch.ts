/**
 * Batch de-identification of a folder tree (Node fs): one output per readable DICOM input, written
 * as `<out>/<new Series UID>/<new SOP Instance UID>.dcm` (file names never carry input names), or
 * under `<out>/needs-review/...` when the file is flagged for burned-in text. A malformed file
 * becomes a per-file error entry; the batch continues.
 */
import fs from "node:fs";
import path from "node:path";
import { deidentifyFile, type DeidOptions } from "./deidentify";
import type { DeidReport } from "./deid-report";
import { readPart10 } from "./dicom/read-part10";
import { writePart10 } from "./dicom/write-part10";
import { findElement, textOf } from "./dicom/values";

export interface BatchEntry {
  /** Input path relative to the input folder. */
  input: string;
  /** Output path relative to the output folder (absent on error). */
  output?: string;
  error?: string;
  /** True when the file is simply not DICOM (README, NIfTI...): listed, but not counted as a failure. */
  skipped?: boolean;
  report?: DeidReport;
}

export interface BatchResult {
  entries: BatchEntry[];
  written: number;
  /** Unreadable or malformed DICOM files. */
  failed: number;
  /** Files that are not DICOM at all. */
  skipped: number;
  flagged: number;
}

/** Every regular file under `dir`, sorted, as paths relative to `dir`. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs
      .readdirSync(d, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** De-identifies every file under `inDir` into `outDir`; never throws for a bad input file. */
export function deidentifyFolder(inDir: string, outDir: string, options: DeidOptions): BatchResult {
  const entries: BatchEntry[] = [];
  const used = new Set<string>();
  for (const rel of listFiles(inDir)) {
    try {
      const bytes = new Uint8Array(fs.readFileSync(path.join(inDir, rel)));
      const { file, report } = deidentifyFile(readPart10(bytes), options);
      const series =
        textOf(findElement(file.dataset, 0x0020000e) ?? { tag: 0, vr: "UI" }) || "no-series";
      const sop =
        textOf(findElement(file.dataset, 0x00080018) ?? { tag: 0, vr: "UI" }) ||
        `file-${entries.length}`;
      let output = path.join(report.flags.length ? "needs-review" : "", series, `${sop}.dcm`);
      // Several inputs can hold the same instance (e.g. one image in several transfer syntaxes).
      for (let n = 2; used.has(output); n++)
        output = path.join(path.dirname(output), `${sop}-${n}.dcm`);
      used.add(output);
      fs.mkdirSync(path.join(outDir, path.dirname(output)), { recursive: true });
      fs.writeFileSync(path.join(outDir, output), writePart10(file));
      entries.push({ input: rel, output, report });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      entries.push({
        input: rel,
        error,
        ...(error.startsWith("not a DICOM file") ? { skipped: true } : {}),
      });
    }
  }
  return {
    entries,
    written: entries.filter((e) => e.output).length,
    failed: entries.filter((e) => e.error && !e.skipped).length,
    skipped: entries.filter((e) => e.skipped).length,
    flagged: entries.filter((e) => e.report?.flags.length).length,
  };
}
