/**
 * Privacy findings in the File Meta Information group (0002) of a DICOM file. A de-identified
 * file's meta holds only: version, Media Storage SOP Class/Instance UIDs (the instance UID equal
 * to the data set's SOP Instance UID), transfer syntax and the writer's implementation identity.
 * Anything else (Source/Sending/Receiving AE titles and presentation addresses, Private
 * Information and its creator UID...) names the sender or carries free data.
 */
import type { DicomFile } from "../deid/dicom/types";
import { tagLabel } from "../deid/dicom/tags";
import { findElement, textOf } from "../deid/dicom/values";
import type { PrivacyFinding } from "./finding";

const ALLOWED = new Set([
  0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020010, 0x00020012, 0x00020013,
]);

const NAMES: Record<number, string> = {
  0x00020016: "Source Application Entity Title",
  0x00020017: "Sending Application Entity Title",
  0x00020018: "Receiving Application Entity Title",
  0x00020026: "Source Presentation Address",
  0x00020027: "Sending Presentation Address",
  0x00020028: "Receiving Presentation Address",
  0x00020100: "Private Information Creator UID",
  0x00020102: "Private Information",
};

/** Findings for the file meta group of `dicom` (empty for a bare data set without one). */
export function fileMetaFindings(dicom: DicomFile, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  for (const el of dicom.meta) {
    if (ALLOWED.has(el.tag)) continue;
    const empty = !el.items?.length && !(el.value?.length ?? 0);
    if (empty) continue;
    const name = NAMES[el.tag];
    out.push({
      file,
      where: `file meta ${tagLabel(el.tag)}${name ? ` ${name}` : ""}`,
      message: "file meta attribute has a value (may name the sender or carry data)",
    });
  }
  const media = findElement(dicom.meta, 0x00020003);
  const sop = findElement(dicom.dataset, 0x00080018);
  if (media && sop && textOf(media) !== textOf(sop))
    out.push({
      file,
      where: "file meta (0002,0003) Media Storage SOP Instance UID",
      message: "differs from the SOP Instance UID (0008,0018): an original UID was kept",
    });
  if (media && !sop && textOf(media))
    out.push({
      file,
      where: "file meta (0002,0003) Media Storage SOP Instance UID",
      message: "the data set has no SOP Instance UID, so this UID cannot be shown to be replaced",
    });
  return out;
}
