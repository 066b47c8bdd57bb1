/**
 * Builds the File Meta Information group (0002) of a de-identified file from scratch: nothing of
 * the input's group 0002 is copied except the SOP Class (a standard class UID) and the encoding.
 * Source/Sending/Receiving AE titles and presentation addresses, Private Information and its
 * creator, and the input's implementation identity are never carried over.
 */
import type { DataSet, DicomFile } from "./dicom/types";
import { findElement, textElement, textOf, upsertElement } from "./dicom/values";
import type { UidMap } from "./uid-map";

/** This project's implementation identity (PS3.7 D.3.3.2), written into every output. */
export const IMPLEMENTATION_CLASS_UID = "2.25.1804289383846930886";
export const IMPLEMENTATION_VERSION_NAME = "TEACHATLAS_DEID";

const UID_SYNTAX = /^[0-9]+(\.[0-9]+)*$/;

/** The value when it is a syntactically valid UID (digits and dots, at most 64 characters), else "". */
function validUid(text: string): string {
  const v = text.replace(/[\0 ]+$/, "").trim();
  return v.length <= 64 && UID_SYNTAX.test(v) ? v : "";
}

/** The transfer syntax UID that matches how the data set is written (not what the input claimed). */
function transferSyntaxOf(file: DicomFile): string {
  const { explicitVr, littleEndian, deflated } = file.encoding;
  if (deflated) return "1.2.840.10008.1.2.1.99";
  if (!littleEndian) return "1.2.840.10008.1.2.2";
  if (!explicitVr) return "1.2.840.10008.1.2";
  const claimed = validUid(file.transferSyntaxUid);
  // Encapsulated (compressed) syntaxes are Explicit VR Little Endian on the element level.
  return claimed && !["1.2.840.10008.1.2", "1.2.840.10008.1.2.2"].includes(claimed)
    ? claimed
    : "1.2.840.10008.1.2.1";
}

/**
 * Gives the cleaned data set `ds` a SOP Instance UID when it has none but the input's file meta
 * named one: that UID replaced through `uids` (the original is never kept), so the file meta and
 * the data set agree and references to the instance map the same way.
 */
export function ensureSopInstance(input: DicomFile, ds: DataSet, uids: UidMap): void {
  if (findElement(ds, 0x00080018)) return;
  const original = validUid(textOf(findElement(input.meta, 0x00020003) ?? { tag: 0, vr: "UI" }));
  if (original) upsertElement(ds, textElement(0x00080018, "UI", uids.map(original)));
}

/**
 * File meta for the cleaned data set `ds` of `input`: Media Storage SOP Class/Instance UIDs equal
 * the data set's SOP Class/Instance UIDs (the instance UID left out when the data set has none).
 */
export function buildFileMeta(input: DicomFile, ds: DataSet): DataSet {
  const fromDs = (tag: number) => validUid(textOf(findElement(ds, tag) ?? { tag, vr: "UI" }));
  const fromMeta = (tag: number) =>
    validUid(textOf(findElement(input.meta, tag) ?? { tag, vr: "UI" }));
  const sopClass = fromDs(0x00080016) || fromMeta(0x00020002);
  const sopInstance = fromDs(0x00080018);
  const meta: DataSet = [{ tag: 0x00020001, vr: "OB", value: Uint8Array.of(0, 1) }];
  if (sopClass) meta.push(textElement(0x00020002, "UI", sopClass));
  if (sopInstance) meta.push(textElement(0x00020003, "UI", sopInstance));
  meta.push(textElement(0x00020010, "UI", transferSyntaxOf(input)));
  meta.push(textElement(0x00020012, "UI", IMPLEMENTATION_CLASS_UID));
  meta.push(textElement(0x00020013, "SH", IMPLEMENTATION_VERSION_NAME));
  return meta;
}
