/**
 * What kind of file a shipped file is, judged by its first bytes (not its name, which may be
 * missing or wrong): DICOM with or without the 128-byte preamble, NIfTI (plain or gzip), NRRD,
 * TIFF, WebP, JPEG, PNG, or a de-identification report (which names input files and holds the
 * secret date shift).
 */
import { gunzipPrefix, isNiftiHeader } from "./nifti-findings";
import { isNrrd } from "./nrrd-findings";
import { isTiff } from "./tiff-findings";
import { isWebp } from "./image-metadata-findings";

export type FileKind =
  "dicom" | "nifti" | "nrrd" | "tiff" | "webp" | "jpeg" | "png" | "deid-report" | "other";

const ascii = (b: Uint8Array, off: number, len: number) =>
  String.fromCharCode(...b.subarray(off, off + len));

/** A data set without preamble: first element of group 0002 or 0008 (either byte order). */
function looksLikeBareDicom(h: Uint8Array, fileSize: number): boolean {
  if (h.length < 8) return false;
  const v = new DataView(h.buffer, h.byteOffset, h.byteLength);
  const groupLe = v.getUint16(0, true);
  const groupBe = v.getUint16(0, false);
  if (![0x0002, 0x0008].includes(groupLe) && groupBe !== 0x0008) return false;
  const explicit = /^[A-Z]{2}$/.test(ascii(h, 4, 2));
  return explicit || v.getUint32(4, groupLe === 0x0008 || groupLe === 0x0002) <= fileSize;
}

/** The kind of a file from its name and first bytes (`head`, up to 64 KB) and its size. */
export function sniffKind(name: string, head: Uint8Array, fileSize: number): FileKind {
  const lower = name.toLowerCase();
  if (head.length >= 132 && ascii(head, 128, 4) === "DICM") return "dicom";
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      return isNiftiHeader(gunzipPrefix(head)) ? "nifti" : "other";
    } catch {
      // a truncated head of a big gzip can still hold a whole NIfTI header; anything else is other
      return lower.endsWith(".nii.gz") ? "nifti" : "other";
    }
  }
  if (isNiftiHeader(head)) return "nifti";
  if (isNrrd(head)) return "nrrd";
  if (isTiff(head)) return "tiff";
  if (isWebp(head)) return "webp";
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (ascii(head, 0, 4) === "\x89PNG") return "png";
  if (/deid-report/.test(lower)) return "deid-report";
  const text = ascii(head, 0, Math.min(head.length, 65536));
  if (text.trimStart().startsWith("{") && text.includes('"dateShiftDays"')) return "deid-report";
  if (lower.endsWith(".dcm") || lower.endsWith(".nii") || lower.endsWith(".nii.gz"))
    return lower.endsWith(".dcm") ? "dicom" : "nifti";
  if (looksLikeBareDicom(head, fileSize)) return "dicom";
  return "other";
}
