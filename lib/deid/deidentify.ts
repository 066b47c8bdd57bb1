/**
 * De-identifies one DICOM file (bytes in, bytes out) with the PS3.15 Annex E Basic Application
 * Level Confidentiality Profile: table actions over every element at every depth, private tags
 * removed (safe list aside), UIDs replaced consistently through the shared `UidMap`, optional
 * date shifting (or, explicitly, dates kept), the de-identification attributes added, a File Meta
 * group built from scratch (file-meta.ts), and review flags for burned-in text.
 */
import { PROFILE_EDITION } from "./annex-e-table";
import { cleanDataSet } from "./clean-dataset";
import { emptyReport, type DeidReport } from "./deid-report";
import { buildFileMeta, ensureSopInstance } from "./file-meta";
import { addIdentityAttributes } from "./identity-attributes";
import type { SafePrivateTag } from "./private-filter";
import { reviewFlags } from "./review-flags";
import { readPart10 } from "./dicom/read-part10";
import { writePart10 } from "./dicom/write-part10";
import type { DicomFile } from "./dicom/types";
import { findElement, textOf } from "./dicom/values";
import type { UidMap } from "./uid-map";

export interface DeidOptions {
  /** Shared across the files of one batch so references stay consistent. */
  uids: UidMap;
  /** Shift every date by this many whole days (keeps intervals); omit to remove dates instead. */
  dateShiftDays?: number;
  /** Keep the real dates (explicit choice; recorded as UNMODIFIED, never as MODIFIED). */
  keepDates?: boolean;
  /** Private attributes allowed to stay (Retain Safe Private Option). */
  safePrivate?: readonly SafePrivateTag[];
}

/** Media Storage Directory Storage: a DICOMDIR (an index of files, no image). */
const DICOMDIR_CLASS = "1.2.840.10008.1.3.10";

/** Whether `file` is a DICOMDIR (by its media storage class or its directory record sequence). */
export function isDicomDir(file: DicomFile): boolean {
  const mediaClass = findElement(file.meta, 0x00020002);
  return (
    (mediaClass !== undefined && textOf(mediaClass) === DICOMDIR_CLASS) ||
    findElement(file.dataset, 0x00041220) !== undefined
  );
}

/** De-identifies a parsed file in place-free fashion; returns the new file and what was done. */
export function deidentifyFile(
  file: DicomFile,
  options: DeidOptions,
): { file: DicomFile; report: DeidReport } {
  if (isDicomDir(file)) {
    throw new Error(
      "DICOMDIR (media directory) is not de-identified: its byte offsets break when elements change; regenerate it from the de-identified files",
    );
  }
  if (options.keepDates && options.dateShiftDays !== undefined)
    throw new Error("dates cannot be both shifted and kept");
  if (options.dateShiftDays === 0)
    throw new Error("a zero date shift keeps the real dates: use keepDates to say so");
  const report = emptyReport();
  report.flags = reviewFlags(file.dataset);
  const ctx = {
    uids: options.uids,
    shiftDays: options.dateShiftDays,
    keepDates: options.keepDates === true,
    safePrivate: options.safePrivate ?? [],
    report,
  };
  const dataset = cleanDataSet(file.dataset, ctx);
  const editionShort = /\d{4}[a-e]/.exec(PROFILE_EDITION)?.[0] ?? "";
  addIdentityAttributes(
    dataset,
    {
      dates: options.keepDates
        ? "kept"
        : options.dateShiftDays !== undefined
          ? "shifted"
          : "removed",
      safePrivateKept: report.privateKept > 0,
    },
    editionShort,
  );
  ensureSopInstance(file, dataset, options.uids);
  const meta = buildFileMeta(file, dataset);
  return { file: { ...file, preamble: null, meta, dataset }, report };
}

/** Parses, de-identifies and re-serialises. Throws `DicomParseError` for malformed input. */
export function deidentifyBytes(
  bytes: Uint8Array,
  options: DeidOptions,
): { bytes: Uint8Array; report: DeidReport } {
  const { file, report } = deidentifyFile(readPart10(bytes), options);
  return { bytes: writePart10(file), report };
}
