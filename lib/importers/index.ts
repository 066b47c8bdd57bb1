/**
 * Entry point of the annotation importers: `readAnnotationsFile(path, ctx)` picks the reader from the
 * file's content — DICOM (Modality SEG / RTSTRUCT / SR), NRRD magic (`.nrrd`, `.seg.nrrd`), JSON
 * (COCO), `.nii`/`.nii.gz` label maps — and returns ImportedAnnotations (world mm, LPS) or issues naming the file. Never throws.
 * (The case-import CLI reads NIfTI label maps with its own reader, which finds label-name tables.)
 */
import { readFile } from "node:fs/promises";
import type { ParseResult } from "../domain/parse-result";
import { parseCoco } from "./coco/coco";
import type { ImportContext } from "./context";
import { readDicom } from "./dicom/dataset";
import { parseRtstruct } from "./dicom/rtstruct";
import { parseSeg } from "./dicom/seg";
import { parseSr } from "./dicom/sr";
import { errorMessage, importFail } from "./issues";
import { parseNiftiLabelmap } from "./nifti-labelmap";
import { parseNrrdAnnotations } from "./nrrd-labelmap";
import type { ImportedAnnotations } from "./types";

export type { ImportContext, ReferenceImage } from "./context";
export { dicomReferenceImages } from "./dicom/reference-images";

function isDicom(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 132 &&
    bytes[128] === 0x44 &&
    bytes[129] === 0x49 &&
    bytes[130] === 0x43 &&
    bytes[131] === 0x4d
  );
}

/** Parses annotation bytes already in memory; `file` names every issue. */
export function parseAnnotations(
  bytes: Uint8Array,
  file: string,
  ctx: ImportContext = {},
): ParseResult<ImportedAnnotations> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (head.startsWith("NRRD")) return parseNrrdAnnotations(bytes, file);
  if (/\.nii(\.gz)?$/i.test(file)) return parseNiftiLabelmap(bytes, file);
  if (isDicom(bytes)) {
    const ds = readDicom(bytes, file);
    if (!ds.ok) return ds;
    const modality = String(ds.value.Modality ?? "").toUpperCase();
    if (modality === "SEG") return parseSeg(ds.value, file, ctx);
    if (modality === "RTSTRUCT") return parseRtstruct(ds.value, file, ctx);
    if (modality === "SR") return parseSr(ds.value, file, ctx);
    return importFail(
      file,
      `DICOM Modality '${modality}' is not an annotation format (expected SEG, RTSTRUCT or SR)`,
      "Modality",
    );
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart();
  if (text.startsWith("{")) return parseCoco(new TextDecoder().decode(bytes), file, ctx);
  return importFail(
    file,
    "unrecognised annotation file (expected DICOM SEG/RTSTRUCT/SR, NRRD or COCO JSON)",
  );
}

/** Reads one annotation file of any supported format. `ctx` gives the reference image geometry. */
export async function readAnnotationsFile(
  path: string,
  ctx: ImportContext = {},
): Promise<ParseResult<ImportedAnnotations>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return importFail(path, `cannot read the file: ${errorMessage(e)}`);
  }
  try {
    return parseAnnotations(bytes, path, ctx);
  } catch (e) {
    return importFail(path, `unexpected error while importing: ${errorMessage(e)}`);
  }
}
