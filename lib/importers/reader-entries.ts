/**
 * Reader entries for the case-import CLI (`scripts/case-import/readers.ts` spreads them into its
 * READERS): one per format of this folder, chosen by file name (and, for JSON, by content so plain
 * annotation JSON keeps its own reader). `grid` is the case image grid: labelmaps are placed on it,
 * COCO / mask pixel coordinates use its spacing, SEG frames are matched to its slices by position.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { GridSpec } from "../domain/model";
import { parseLabelTable } from "../io/label-table";
import type { ImportContext, ReferenceImage } from "./context";
import { readAnnotationsFile } from "./index";
import { errorMessage, importFail } from "./issues";
import { parseRasterMask } from "./raster-mask";
import type { AnnotationReader } from "./types";

export interface ImporterReaderOptions {
  /** `--labels` table for this file (PNG masks: value → name). */
  labels?: string;
  /** The case image grid. */
  grid?: GridSpec;
  /** Source DICOM images of the case, when the image is a DICOM series. */
  referenceImages?: ReferenceImage[];
  /** Multi-image files (COCO): the image to import (file name or numeric id). */
  image?: string;
  /** Multi-rater files (COCO `attributes.annotator`): whose annotations to import. */
  annotator?: string;
}

export interface ImporterReaderEntry {
  format: string;
  matches: (file: string) => boolean;
  make: (opts: ImporterReaderOptions) => AnnotationReader;
}

function startsWith(file: string, test: (head: string) => boolean): boolean {
  try {
    const fd = openSync(file, "r");
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, 4096, 0);
    closeSync(fd);
    return test(buf.subarray(0, n).toString("utf8"));
  } catch {
    return false;
  }
}

/** COCO JSON: an object whose first keys include "images", "annotations" or "categories". */
export const looksLikeCoco = (file: string) =>
  /\.json$/i.test(file) &&
  startsWith(
    file,
    (h) =>
      /^\s*\{[\s\S]*"(images|annotations|categories|info|licenses)"\s*:/.test(h) &&
      !/"annotationSets?"|"structure"\s*:/.test(h),
  );

const ctxOf = (o: ImporterReaderOptions): ImportContext => ({
  referenceGrid: o.grid,
  referenceImages: o.referenceImages,
  image: o.image,
  annotator: o.annotator,
});
const viaIndex =
  (o: ImporterReaderOptions): AnnotationReader =>
  (file) =>
    readAnnotationsFile(file, ctxOf(o));

export const IMPORTER_READERS: ImporterReaderEntry[] = [
  {
    format: "DICOM SEG / RTSTRUCT / SR (.dcm)",
    matches: (f) => /\.(dcm|dicom)$/i.test(f),
    make: viaIndex,
  },
  {
    format: "NRRD label map / 3D Slicer .seg.nrrd",
    matches: (f) => /\.nrrd$/i.test(f),
    make: viaIndex,
  },
  { format: "COCO JSON", matches: looksLikeCoco, make: viaIndex },
  {
    format: "PNG/JPEG mask (foreground ≥ 128; --labels names value 1)",
    matches: (f) => /\.(png|jpe?g)$/i.test(f),
    make: (o) => async (file) => {
      let labels;
      if (o.labels) {
        let text: string;
        try {
          text = await readFile(o.labels, "utf8");
        } catch (e) {
          return importFail(o.labels, `cannot read the label table: ${errorMessage(e)}`);
        }
        const t = parseLabelTable(text, o.labels);
        if (!t.ok) return t;
        labels = t.value;
      }
      try {
        return parseRasterMask(new Uint8Array(await readFile(file)), file, ctxOf(o), { labels });
      } catch (e) {
        return importFail(file, `cannot read the mask: ${errorMessage(e)}`);
      }
    },
  },
];
