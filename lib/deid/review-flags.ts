/**
 * Files that need a human look before publishing: text may be burned into the pixels, which no
 * header de-identification can remove (PS3.15 E.1: Burned In Annotation, ultrasound, secondary
 * capture, recognisable visual features).
 */
import type { DataSet } from "./dicom/types";
import { findElement, textOf } from "./dicom/values";

const SECONDARY_CAPTURE = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.7(\.[1-4])?$/;

/** Reasons to review `ds` manually (empty when none). Reads the original (not yet cleaned) data set. */
export function reviewFlags(ds: DataSet): string[] {
  const flags: string[] = [];
  const text = (tag: number) => {
    const el = findElement(ds, tag);
    return el ? textOf(el).trim().toUpperCase() : "";
  };
  if (text(0x00280301) === "YES") flags.push("Burned In Annotation (0028,0301) = YES");
  if (text(0x00280302) === "YES") flags.push("Recognizable Visual Features (0028,0302) = YES");
  if (text(0x00080060) === "US")
    flags.push("Modality US: ultrasound often has text burned into the pixels");
  if (SECONDARY_CAPTURE.test(text(0x00080016)))
    flags.push("Secondary Capture SOP class: screenshots may show burned-in text");
  return flags;
}
