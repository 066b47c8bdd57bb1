/**
 * Annotation reader for a NIfTI labelmap plus its label-name table. The table is `--labels` when
 * given, else the first of `<file>.txt`, `<file without .gz>.txt` (mricron: `aal.nii.txt`),
 * `<stem>.txt`, `<stem>.lut.txt` found beside it. A binary `.lut` beside (`aal.nii.lut`) gives colours.
 */
import fs from "node:fs";
import path from "node:path";
import type { AnnotationReader } from "../../lib/importers/types";
import { readNifti } from "../../lib/io/nifti";
import { parseBinaryLut, parseLabelTable } from "../../lib/io/label-table";
import { importLabelmap } from "../../lib/importers/labelmap-import";
import { kebabId } from "../../lib/domain/names/structure-id";
import { readBytes, readText } from "./read-file";

/** Candidate names of files beside a labelmap with extension `ext` (".txt", ".lut"). */
export function besideCandidates(file: string, ext: string): string[] {
  const noGz = file.replace(/\.gz$/i, "");
  const stem = noGz.replace(/\.nii$/i, "");
  return [...new Set([file + ext, noGz + ext, stem + ext])];
}

/** A reader for NIfTI labelmaps; `labelsFile` overrides the table found beside the file. */
export function niftiLabelmapReader(labelsFile?: string): AnnotationReader {
  return async (file) => {
    const bytes = readBytes(file);
    if (!bytes.ok) return bytes;
    const vol = readNifti(bytes.value, file);
    if (!vol.ok) return vol;
    const tableFile = labelsFile ?? besideCandidates(file, ".txt").find((f) => fs.existsSync(f));
    if (!tableFile) {
      return {
        ok: false,
        issues: [
          {
            file,
            field: "",
            message: `labels without names: no label-name table given (--labels NAMES.txt) or found beside it (${besideCandidates(
              file,
              ".txt",
            )
              .map((f) => path.basename(f))
              .join(", ")})`,
          },
        ],
      };
    }
    const text = readText(tableFile);
    if (!text.ok) return text;
    const table = parseLabelTable(text.value, tableFile);
    if (!table.ok) return table;
    const lutFile = besideCandidates(file, ".lut").find((f) => fs.existsSync(f));
    let lutColors: string[] | undefined;
    if (lutFile) {
      const lb = readBytes(lutFile);
      const lut = lb.ok ? parseBinaryLut(lb.value, lutFile) : lb;
      if (lut.ok) lutColors = lut.value;
    }
    const layer = kebabId(path.basename(file).replace(/\.nii(\.gz)?$/i, ""), "labels");
    const r = importLabelmap({
      file,
      tableFile,
      grid: vol.value.grid,
      data: vol.value.data,
      table: table.value,
      lutColors,
      layer,
    });
    if (r.ok && lutFile && lutColors)
      r.value.notes = [...(r.value.notes ?? []), `colours from ${path.basename(lutFile)}`];
    return r;
  };
}
