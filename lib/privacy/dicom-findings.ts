/**
 * Privacy findings in a DICOM file, at every depth of the data set and in the File Meta group.
 * The identity list is the Basic Profile table (lib/deid/table): every attribute it removes,
 * empties or dummies (actions X, Z, D and their combinations) must be absent, empty or a dummy;
 * UIDs (action U) cannot be judged from one file and are not checked. Beyond the table: every
 * person name (VR PN) with a value, every text value written like a DICOM person name
 * (`Family^Given`), private tags, unknown attributes stored as UN (opaque bytes that may hold a
 * whole sequence of names and IDs), dates unless (0028,0303) says MODIFIED, a missing Patient
 * Identity Removed = YES, Burned In Annotation = YES, and ultrasound / secondary capture images
 * whose Burned In Annotation was not set to NO by the person who checked their pixels.
 */
import { profileRow } from "../deid/annex-e-table";
import type { DataSet, DicomFile, Element } from "../deid/dicom/types";
import { isPrivate, tagLabel, TEXT_VRS } from "../deid/dicom/tags";
import { findElement, textOf } from "../deid/dicom/values";
import { fileMetaFindings } from "./dicom-meta-findings";
import type { PrivacyFinding } from "./finding";

const SECONDARY_CAPTURE = /^1\.2\.840\.10008\.5\.1\.4\.1\.1\.7(\.[1-4])?$/;

/** Values that carry no identity (dummies written by de-identifiers). */
export const DUMMY = /^(|anonymi[sz]ed|anonymous|removed|0+|000Y|19000101(000000)?)$/i;

/** Text written like a DICOM person name: two name parts joined by `^`. */
const CARET_NAME = /[A-Za-z]{2,}\^[A-Za-z]{2,}/;

/** Dates the Basic Profile empties even when dates are shifted (birth). */
const BIRTH = new Set([0x00100030]);

const hasValue = (el: Element) =>
  el.items
    ? el.items.length > 0
    : TEXT_VRS.has(el.vr)
      ? !DUMMY.test(textOf(el).trim())
      : (el.value?.length ?? 0) > 0 || (el.fragments?.length ?? 0) > 0;

/** The finding message for one element, or null when it is fine. */
function elementProblem(el: Element, datesShifted: boolean): [string, string] | null {
  if (isPrivate(el.tag)) return ["", "private tag (may hold identifiers; not on a safe list)"];
  if (el.tag >>> 16 === 0x0002)
    return ["", "file meta attribute inside the data set (not checked by any reader)"];
  if (el.vr === "UN" && !el.items && hasValue(el))
    return ["", "unknown attribute stored as UN: opaque bytes (may hold names, IDs, UIDs)"];
  const row = profileRow(el.tag);
  const isDate = el.vr === "DA" || el.vr === "DT";
  const uid = row?.action === "U" || row?.action === "X/Z/U*" || el.vr === "UI";
  if (row && !uid && (!isDate || BIRTH.has(el.tag)) && hasValue(el)) {
    if (!el.items) return [` ${row.name}`, "identifying attribute has a value"];
    if (row.action !== "D")
      return [` ${row.name}`, "identifying sequence has items (the profile removes or empties it)"];
  }
  if (el.vr === "PN" && hasValue(el)) return [row ? ` ${row.name}` : "", "person name has a value"];
  if (isDate && !datesShifted && !DUMMY.test(textOf(el).trim()))
    return [
      "",
      `date "${textOf(el)}" kept but dates are not marked shifted ((0028,0303) != MODIFIED)`,
    ];
  if (TEXT_VRS.has(el.vr) && el.vr !== "PN" && CARET_NAME.test(textOf(el)))
    return ["", "text written like a person name (Family^Given)"];
  return null;
}

function scan(
  ds: DataSet,
  path: string,
  datesShifted: boolean,
  file: string,
  out: PrivacyFinding[],
): void {
  for (const el of ds) {
    const where = `${path}${tagLabel(el.tag)}`;
    const problem = elementProblem(el, datesShifted);
    if (problem) out.push({ file, where: `${where}${problem[0]}`, message: problem[1] });
    if (isPrivate(el.tag)) continue; // one finding for a private element, not one per nested item
    el.items?.forEach((item, i) => scan(item, `${where}[${i}].`, datesShifted, file, out));
  }
}

/** All findings for one parsed DICOM file. */
export function dicomFindings(dicom: DicomFile, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = fileMetaFindings(dicom, file);
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
