/**
 * Attributes that record the de-identification (PS3.15 E.1.1, PS3.3 C.7.1.1 / C.12.1):
 * Patient Identity Removed, De-identification Method and its Code Sequence (CID 7050 codes), and
 * Longitudinal Temporal Information Modified.
 */
import type { DataSet } from "./dicom/types";
import { textElement, upsertElement } from "./dicom/values";

export interface AppliedOptions {
  /** What happened to dates: shifted (MODIFIED, 113107), kept (UNMODIFIED, 113106) or removed. */
  dates: "shifted" | "kept" | "removed";
  safePrivateKept: boolean;
}

/** DCM codes of CID 7050 "De-identification Method". */
const CODES = {
  basic: ["113100", "Basic Application Confidentiality Profile"],
  modifiedDates: ["113107", "Retain Longitudinal Temporal Information Modified Dates Option"],
  fullDates: ["113106", "Retain Longitudinal Temporal Information Full Dates Option"],
  safePrivate: ["113111", "Retain Safe Private Option"],
} as const;

function codeItem([value, meaning]: readonly [string, string]): DataSet {
  return [
    textElement(0x00080100, "SH", value),
    textElement(0x00080102, "SH", "DCM"),
    textElement(0x00080104, "LO", meaning),
  ];
}

/** Adds or overwrites the de-identification attributes at the top level of `ds`. */
export function addIdentityAttributes(
  ds: DataSet,
  applied: AppliedOptions,
  editionShort: string,
): void {
  upsertElement(ds, textElement(0x00120062, "CS", "YES"));
  const method = `DICOM PS3.15 E.1 Basic Profile ${editionShort}, teaching-atlas deid`.slice(0, 64);
  upsertElement(ds, textElement(0x00120063, "LO", method));
  const items = [codeItem(CODES.basic)];
  if (applied.dates === "shifted") items.push(codeItem(CODES.modifiedDates));
  if (applied.dates === "kept") items.push(codeItem(CODES.fullDates));
  if (applied.safePrivateKept) items.push(codeItem(CODES.safePrivate));
  upsertElement(ds, { tag: 0x00120064, vr: "SQ", items });
  const temporal = { shifted: "MODIFIED", kept: "UNMODIFIED", removed: "REMOVED" }[applied.dates];
  upsertElement(ds, textElement(0x00280303, "CS", temporal));
}
