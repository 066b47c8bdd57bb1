/**
 * De-identifies one DICOM file (bytes in, bytes out) with the PS3.15 Annex E Basic Application
 * Level Confidentiality Profile: table actions over every element at every depth, private tags
 * removed (safe list aside), UIDs replaced consistently through the shared `UidMap`, optional
 * date shifting, the de-identification attributes added, and review flags for burned-in text.
 */
import { PROFILE_EDITION } from "./annex-e-table";
import { cleanDataSet } from "./clean-dataset";
import { emptyReport, type DeidReport } from "./deid-report";
import { addIdentityAttributes } from "./identity-attributes";
import type { SafePrivateTag } from "./private-filter";
import { reviewFlags } from "./review-flags";
import { readPart10 } from "./dicom/read-part10";
import { writePart10 } from "./dicom/write-part10";
import type { DataSet, DicomFile } from "./dicom/types";
import { findElement, textElement, textOf, upsertElement } from "./dicom/values";
import type { UidMap } from "./uid-map";

export interface DeidOptions {
  /** Shared across the files of one batch so references stay consistent. */
  uids: UidMap;
  /** Shift every date by this many whole days (keeps intervals); omit to remove dates instead. */
  dateShiftDays?: number;
  /** Private attributes allowed to stay (Retain Safe Private Option). */
  safePrivate?: readonly SafePrivateTag[];
}

/** Rebuilds the File Meta group for the cleaned data set (new SOP Instance UID, no AE titles). */
function rebuildMeta(file: DicomFile, ds: DataSet): DataSet {
  const sopClass = findElement(ds, 0x00080016);
  const sopInstance = findElement(ds, 0x00080018);
  const meta: DataSet = file.meta.filter(
    (e) => ![0x00020000, 0x00020016, 0x00020017, 0x00020018].includes(e.tag),
  );
  if (!findElement(meta, 0x00020001))
    upsertElement(meta, { tag: 0x00020001, vr: "OB", value: Uint8Array.of(0, 1) });
  if (sopClass) upsertElement(meta, textElement(0x00020002, "UI", textOf(sopClass)));
  if (sopInstance) upsertElement(meta, textElement(0x00020003, "UI", textOf(sopInstance)));
  upsertElement(meta, textElement(0x00020010, "UI", file.transferSyntaxUid));
  if (!findElement(meta, 0x00020012))
    upsertElement(meta, textElement(0x00020012, "UI", "2.25.1804289383846930886"));
  return meta;
}

/** De-identifies a parsed file in place-free fashion; returns the new file and what was done. */
export function deidentifyFile(
  file: DicomFile,
  options: DeidOptions,
): { file: DicomFile; report: DeidReport } {
  const mediaClass = findElement(file.meta, 0x00020002);
  if (mediaClass && textOf(mediaClass) === "1.2.840.10008.1.3.10") {
    throw new Error(
      "DICOMDIR (media directory) is not de-identified: its byte offsets break when elements change; regenerate it from the de-identified files",
    );
  }
  const report = emptyReport();
  report.flags = reviewFlags(file.dataset);
  const ctx = {
    uids: options.uids,
    shiftDays: options.dateShiftDays,
    safePrivate: options.safePrivate ?? [],
    report,
  };
  const dataset = cleanDataSet(file.dataset, ctx);
  const editionShort = /\d{4}[a-e]/.exec(PROFILE_EDITION)?.[0] ?? "";
  addIdentityAttributes(
    dataset,
    { datesShifted: options.dateShiftDays !== undefined, safePrivateKept: report.privateKept > 0 },
    editionShort,
  );
  return { file: { ...file, preamble: null, meta: rebuildMeta(file, dataset), dataset }, report };
}

/** Parses, de-identifies and re-serialises. Throws `DicomParseError` for malformed input. */
export function deidentifyBytes(
  bytes: Uint8Array,
  options: DeidOptions,
): { bytes: Uint8Array; report: DeidReport } {
  const { file, report } = deidentifyFile(readPart10(bytes), options);
  return { bytes: writePart10(file), report };
}
