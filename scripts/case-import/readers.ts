/**
 * Chooses the annotation reader for a file by its type. Importers of other formats (DICOM SEG,
 * RTSTRUCT, SR, NRRD, COCO… in lib/importers/) plug in by adding an entry to {@link READERS}: a test
 * on the path and an `AnnotationReader`.
 */
import type { GridSpec } from "../../lib/domain/model";
import type { AnnotationReader } from "../../lib/importers/types";
import type { ReferenceImage } from "../../lib/importers/context";
import { IMPORTER_READERS } from "../../lib/importers/reader-entries";
import { niftiLabelmapReader } from "./read-nifti-labelmap";
import { jsonAnnotationsReader } from "./read-json-annotations";

export interface ReaderEntry {
  /** Human-readable format name for messages. */
  format: string;
  matches: (file: string) => boolean;
  /** Makes the reader; `labels` is the `--labels` table given for this file, if any. */
  make: (opts: {
    labels?: string;
    grid?: GridSpec;
    referenceImages?: ReferenceImage[];
    /** COCO: which image / which rater of a multi-image, multi-rater file. */
    image?: string;
    annotator?: string;
  }) => AnnotationReader;
}

export const READERS: ReaderEntry[] = [
  {
    format: "NIfTI labelmap + label table",
    matches: (f) => /\.nii(\.gz)?$/i.test(f),
    make: (o) => niftiLabelmapReader(o.labels),
  },
  // DICOM SEG/RTSTRUCT/SR, NRRD/.seg.nrrd, COCO (sniffed by content) and PNG/JPEG masks.
  ...IMPORTER_READERS,
  {
    format: "annotations JSON",
    matches: (f) => /\.json$/i.test(f),
    make: () => jsonAnnotationsReader,
  },
];

/** The reader entry for `file`, or `undefined` when no reader handles its type. */
export function readerFor(file: string): ReaderEntry | undefined {
  return READERS.find((r) => r.matches(file));
}
