/**
 * What an importer may know about the image the annotations belong to. Everything is optional:
 * without it, readers use the geometry stored in the annotation file itself when it has one.
 */
import type { GridSpec } from "../domain/model";

/** One source image (DICOM slice or 2D frame) that annotations may reference. */
export interface ReferenceImage {
  sopInstanceUid: string;
  /** Image Position (Patient): LPS mm of the centre of the top-left pixel. */
  positionMm: [number, number, number];
  /** Image Orientation (Patient): row direction (along a row, increasing column) then column direction. */
  orientation?: [number, number, number, number, number, number];
  /** Pixel Spacing as DICOM orders it: [between rows (mm), between columns (mm)]. */
  pixelSpacingMm?: [number, number];
  rows?: number;
  columns?: number;
  /** The k index of this image on `referenceGrid`, when known. */
  slice?: number;
}

export interface ImportContext {
  /** The case's reference grid: labelmaps are placed on it; mismatching geometry is an error. */
  referenceGrid?: GridSpec;
  /** The source images of the case, for matching DICOM references (SEG frames, SR coordinates). */
  referenceImages?: ReferenceImage[];
  /** For multi-image files (COCO): which image to import (file name or numeric id). */
  image?: string;
  /** For multi-rater files (COCO `attributes.annotator`): whose annotations to import. */
  annotator?: string;
}
