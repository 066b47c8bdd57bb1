/**
 * Privacy findings in a DICOM data set (every depth): identifying attributes with a value,
 * private tags, dates unless (0028,0303) says MODIFIED, a missing Patient Identity Removed = YES,
 * Burned In Annotation = YES (text in the pixels), and ultrasound / secondary capture images whose
 * Burned In Annotation was not set to NO by the person who checked their pixels.
 */
import type { DataSet, DicomFile } from "../deid/dicom/types";
import { isPrivate, tagLabel } from "../deid/dicom/tags";
import { findElement, textOf } from "../deid/dicom/values";
import type { PrivacyFinding } from "./finding";

/** Attributes that must be empty (or a dummy) in anything published. */
const IDENTIFYING: Record<number, string> = {
  0x00100010: "Patient's Name",
  0x00100020: "Patient ID",
  0x00100030: "Patient's Birth Date",
  0x00101000: "Other Patient IDs",
  0x00101001: "Other Patient Names",
  0x00101002: "Other Patient IDs Sequence",
  0x00101005: "Patient's Birth Name",
  0x00101040: "Patient's Address",
  0x00101060: "Patient's Mother's Birth Name",
  0x00102154: "Patient's Telephone Numbers",
  0x00080050: "Accession Number",
  0x00080080: "Institution Name",
  0x00080081: "Institution Address",
  0x00081040: "Institutional Department Name",
  0x00080090: "Referring Physician's Name",
  0x00081048: "Physician(s) of Record",
  0x00081050: "Performing Physician's Name",
  0x00081060: "Name of Physician(s) Reading Study",
  0x00081070: "Operators' Name",
  0x00321032: "Requesting Physician",
  0x00400006: "Scheduled Performing Physician's Name",
  0x0040a123: "Person Name",
};

const SECONDARY_CAPTURE = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.7(\.[1-4])?$/;

/** Values that carry no identity (dummies written by de-identifiers). */
const DUMMY = /^(|anonymi[sz]ed|anonymous|removed|19000101(000000)?)$/i;

function scan(
  ds: DataSet,
  path: string,
  datesShifted: boolean,
  file: string,
  out: PrivacyFinding[],
): void {
  for (const el of ds) {
    const where = `${path}${tagLabel(el.tag)}`;
    if (isPrivate(el.tag)) {
      out.push({ file, where, message: "private tag (may hold identifiers; not on a safe list)" });
      continue;
    }
    const name = IDENTIFYING[el.tag];
    if (name) {
      const filled = el.items ? el.items.length > 0 : !DUMMY.test(textOf(el).trim());
      if (filled)
        out.push({ file, where: `${where} ${name}`, message: "identifying attribute has a value" });
    }
    if ((el.vr === "DA" || el.vr === "DT") && !datesShifted && !DUMMY.test(textOf(el).trim())) {
      out.push({
        file,
        where,
        message: `date "${textOf(el)}" kept but dates are not marked shifted ((0028,0303) != MODIFIED)`,
      });
    }
    el.items?.forEach((item, i) => scan(item, `${where}[${i}].`, datesShifted, file, out));
  }
}

/** All findings for one parsed DICOM file. */
export function dicomFindings(dicom: DicomFile, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  const ds = dicom.dataset;
  const text = (tag: number) =>
    textOf(findElement(ds, tag) ?? { tag, vr: "CS" })
      .trim()
      .toUpperCase();
  if (text(0x00120062) !== "YES")
    out.push({
      file,
      where: "(0012,0062) Patient Identity Removed",
      message: "not YES: file was not de-identified",
    });
  const burnedIn = text(0x00280301);
  const where = "(0028,0301) Burned In Annotation";
  if (burnedIn === "YES")
    out.push({
      file,
      where,
      message: "YES: pixels contain text; review and clear before publishing",
    });
  const risky =
    text(0x00080060) === "US"
      ? "ultrasound"
      : SECONDARY_CAPTURE.test(text(0x00080016))
        ? "secondary capture"
        : null;
  if (risky && burnedIn !== "NO" && burnedIn !== "YES") {
    out.push({
      file,
      where,
      message: `${risky} image not reviewed: check the pixels for text, then set Burned In Annotation to NO`,
    });
  }
  scan(ds, "", text(0x00280303) === "MODIFIED", file, out);
  return out;
}
