/**
 * Privacy findings in a NIfTI-1/NIfTI-2 header: every free-text field (`descrip`, `aux_file`,
 * `intent_name`, and NIfTI-1's legacy `data_type` and `db_name`), and header extensions (which
 * can carry whole DICOM headers). Text is allowed only when it is on the
 * allow-list (a person judged it harmless, e.g. "FSL5.0"), exactly or by an anchored pattern.
 */
import { gunzip, isGzip } from "../io/gunzip";
import type { PrivacyFinding } from "./finding";

/** A reviewed header text. `file`: exact path, or a folder prefix ending in `/`; `value` exact, or `pattern` (anchored regex). */
export interface AllowedText {
  file: string;
  field: string;
  value?: string;
  pattern?: string;
}

/** Whether `value` of `field` in `file` is on the allow-list. */
export function isAllowed(
  allowed: readonly AllowedText[],
  file: string,
  field: string,
  value: string,
): boolean {
  return allowed.some(
    (a) =>
      (a.file === file || (a.file.endsWith("/") && file.startsWith(a.file))) &&
      a.field === field &&
      (a.value === value ||
        (a.pattern !== undefined && new RegExp(`^(?:${a.pattern})$`).test(value))),
  );
}

const latin1 = new TextDecoder("latin1");
const str = (b: Uint8Array, off: number, len: number) =>
  latin1
    .decode(b.subarray(off, off + len))
    .replace(/\0.*$/s, "")
    .trim();

/** Bytes of a NIfTI header plus the extension flag; more is never needed (nor decompressed). */
export const NIFTI_HEAD_BYTES = 1024;

/**
 * The first `max` bytes of gzip data, decompressing only as far as needed (so a gzip bomb costs
 * nothing). Data that is not gzip is returned as its own first `max` bytes.
 */
export function gunzipPrefix(raw: Uint8Array, max = NIFTI_HEAD_BYTES): Uint8Array {
  return isGzip(raw) ? gunzip(raw, { prefixBytes: max }) : raw.subarray(0, max);
}

/** Whether `head` (decompressed) starts with a NIfTI-1 or NIfTI-2 header. */
export function isNiftiHeader(head: Uint8Array): boolean {
  if (head.length < 348) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const size = [view.getInt32(0, true), view.getInt32(0, false)];
  const magic = (off: number) => String.fromCharCode(...head.subarray(off, off + 3));
  return (
    (size.includes(348) && ["n+1", "ni1"].includes(magic(344))) ||
    (size.includes(540) && ["n+2", "ni2"].includes(magic(4)))
  );
}

/** Findings for one NIfTI file's bytes (already decompressed). */
export function niftiFindings(
  bytes: Uint8Array,
  file: string,
  allowed: readonly AllowedText[] = [],
): PrivacyFinding[] {
  if (bytes.length < 348)
    return [{ file, where: "header", message: "too short for a NIfTI header" }];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = view.getInt32(0, true) === 348 || view.getInt32(0, true) === 540;
  const size = view.getInt32(0, le);
  const v2 = size === 540;
  if (size !== 348 && size !== 540)
    return [{ file, where: "sizeof_hdr", message: "not a NIfTI header" }];
  const fields: [string, number, number][] = v2
    ? [
        ["descrip", 240, 80],
        ["aux_file", 320, 24],
        ["intent_name", 508, 16],
      ]
    : [
        ["data_type", 4, 10],
        ["db_name", 14, 18],
        ["descrip", 148, 80],
        ["aux_file", 228, 24],
        ["intent_name", 328, 16],
      ];
  const out: PrivacyFinding[] = [];
  for (const [field, off, len] of fields) {
    const value = str(bytes, off, len);
    if (value && !isAllowed(allowed, file, field, value)) {
      out.push({
        file,
        where: field,
        message: `free text "${value}" (clear it, or allow-list this exact value after review)`,
      });
    }
  }
  const ext = v2 ? 540 : 348;
  if (bytes.length > ext + 4 && bytes[ext] !== 0)
    out.push({
      file,
      where: "header extension",
      message: "NIfTI header extension present (may hold DICOM headers or text)",
    });
  return out;
}
