/**
 * Entry point of the annotation importers: `readAnnotationsFile(path, ctx)` picks the reader from the
 * file's content (DICOM Modality SEG / RTSTRUCT / SR, NRRD magic, COCO JSON) and returns
 * ImportedAnnotations (world mm, LPS) or issues naming the file. Never throws.
 */
import { readFile } from "node:fs/promises";
import type { ParseResult } from "../content/parse-result";
import type { ImportContext } from "./context";
import { errorMessage, importFail } from "./issues";
import { parseNrrdAnnotations } from "./nrrd-labelmap";
import type { ImportedAnnotations } from "./types";

export type { ImportContext, ReferenceImage } from "./context";

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
  void ctx;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (head.startsWith("NRRD")) return parseNrrdAnnotations(bytes, path);
  return importFail(
    path,
    "unrecognised annotation file (expected DICOM SEG/RTSTRUCT/SR, NRRD or COCO JSON)",
  );
}
