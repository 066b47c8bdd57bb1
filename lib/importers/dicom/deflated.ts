/**
 * Guard for the Deflated Explicit VR Little Endian transfer syntax (1.2.840.10008.1.2.1.99): the
 * data set after the file meta group is one raw deflate stream, which dcmjs would inflate without
 * a limit (a 1 MB file can hold gigabytes). Before dcmjs sees such a file, the stream is inflated
 * here with the limit {@link MAX_DICOM_INFLATED_BYTES}; only a file within it is passed on.
 */
import { inflateRaw } from "../../io/gunzip";
import { MAX_DICOM_INFLATED_BYTES } from "../../io/limits";

export const DEFLATED_TS = "1.2.840.10008.1.2.1.99";

/**
 * Transfer Syntax UID and the end offset of the file meta group (explicit VR little endian,
 * starting at byte 132 after the preamble), or undefined when the group cannot be walked.
 */
export function fileMeta(bytes: Uint8Array): { ts: string; end: number } | undefined {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 132;
  let ts = "";
  while (p + 8 <= bytes.length && v.getUint16(p, true) === 0x0002) {
    const elem = v.getUint16(p + 2, true);
    const vr = String.fromCharCode(bytes[p + 4], bytes[p + 5]);
    const long = ["OB", "OW", "OF", "SQ", "UT", "UN"].includes(vr);
    if (long && p + 12 > bytes.length) return undefined;
    const len = long ? v.getUint32(p + 8, true) : v.getUint16(p + 6, true);
    const start = p + (long ? 12 : 8);
    if (start + len > bytes.length) return undefined;
    if (elem === 0x0010)
      ts = String.fromCharCode(...bytes.subarray(start, start + len)).replace(/[\0 ]+$/, "");
    p = start + len;
  }
  return { ts, end: p };
}

/** Why a deflated file is refused (too large once inflated, or corrupt), or null when it is fine. */
export function deflatedProblem(bytes: Uint8Array): string | null {
  const meta = fileMeta(bytes);
  if (!meta || meta.ts !== DEFLATED_TS) return null;
  try {
    inflateRaw(bytes.subarray(meta.end), MAX_DICOM_INFLATED_BYTES);
    return null;
  } catch (e) {
    return `deflated data set: ${(e as Error).message}`;
  }
}
