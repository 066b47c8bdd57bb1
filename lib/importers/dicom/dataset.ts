/**
 * Reading DICOM files with dcmjs into a naturalized dataset (keyword → value), plus typed getters
 * that never throw. Only uncompressed transfer syntaxes are accepted (the formats importers need:
 * SEG, RTSTRUCT, SR are virtually always uncompressed).
 */
import dcmjs from "dcmjs";
import type { ParseResult } from "../../domain/parse-result";
import { errorMessage, importFail } from "../issues";
import { deflatedProblem } from "./deflated";

/** A naturalized DICOM dataset or sequence item: keyword → value. */
export type DicomDataset = Record<string, unknown>;

const UNCOMPRESSED = new Set([
  "1.2.840.10008.1.2",
  "1.2.840.10008.1.2.1",
  "1.2.840.10008.1.2.1.99",
  "1.2.840.10008.1.2.2",
]);

let quiet = false;
/** Turns off dcmjs console chatter (e.g. "Invalid vr type"); issues are reported by the importers. */
export function silenceDcmjs(): void {
  if (quiet) return;
  quiet = true;
  try {
    dcmjs.log.setLevel("error");
    dcmjs.log.getLogger("validation.dcmjs").setLevel("silent");
  } catch {
    // Logging levels are cosmetic.
  }
}

/**
 * Bytes missing from a native Pixel Data element (dcmjs silently zero-fills a truncated one). The
 * element is found by its (7FE0,0010) tag followed by the length the header implies (`expected`
 * bytes, padded to even) — in explicit (OB/OW) or implicit VR little endian — so pixel bytes that
 * happen to look like the tag are not mistaken for it. 0 when complete or not found.
 */
export function missingPixelBytes(bytes: Uint8Array, expected: number): number {
  const want = expected + (expected % 2);
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 132; i + 8 <= bytes.length; i++) {
    if (
      bytes[i] !== 0xe0 ||
      bytes[i + 1] !== 0x7f ||
      bytes[i + 2] !== 0x10 ||
      bytes[i + 3] !== 0x00
    )
      continue;
    const vr = String.fromCharCode(bytes[i + 4], bytes[i + 5]);
    if ((vr === "OB" || vr === "OW") && i + 12 <= bytes.length && v.getUint32(i + 8, true) === want)
      return Math.max(0, i + 12 + want - bytes.length);
    if (v.getUint32(i + 4, true) === want) return Math.max(0, i + 8 + want - bytes.length);
  }
  return 0;
}

/** Pixel Data length (bytes) that Rows, Columns, frames, samples and Bits Allocated imply. */
function impliedPixelBytes(ds: DicomDataset): number {
  const n =
    (num(ds, "Rows") ?? 0) *
    (num(ds, "Columns") ?? 0) *
    (num(ds, "NumberOfFrames") ?? 1) *
    (num(ds, "SamplesPerPixel") ?? 1);
  const bits = num(ds, "BitsAllocated") ?? 8;
  return bits === 1 ? Math.ceil(n / 8) : (n * bits) / 8;
}

/** Parses a DICOM Part 10 file. Issues name `file`; compressed pixel data is refused. */
export function readDicom(bytes: Uint8Array, file: string): ParseResult<DicomDataset> {
  silenceDcmjs();
  if (bytes.length < 132 || String.fromCharCode(...bytes.subarray(128, 132)) !== "DICM")
    return importFail(file, "not a DICOM Part 10 file (no 'DICM' preamble at byte 128)");
  const deflated = deflatedProblem(bytes);
  if (deflated) return importFail(file, deflated, "TransferSyntaxUID");
  try {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const dict = dcmjs.data.DicomMessage.readFile(buffer);
    const ts = String(dict.meta["00020010"]?.Value?.[0] ?? "");
    const ds = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dict.dict);
    const missing =
      ds.PixelData !== undefined ? missingPixelBytes(bytes, impliedPixelBytes(ds)) : 0;
    if (missing > 0)
      return importFail(
        file,
        `truncated file: Pixel Data is missing its last ${missing} bytes`,
        "PixelData",
      );
    if (ds.PixelData !== undefined && !UNCOMPRESSED.has(ts))
      return importFail(
        file,
        `compressed transfer syntax ${ts} is not supported; decompress first (e.g. dcmdjpeg / gdcmconv --raw)`,
        "TransferSyntaxUID",
      );
    return { ok: true, value: ds };
  } catch (e) {
    return importFail(file, `unreadable DICOM (truncated or corrupt?): ${errorMessage(e)}`);
  }
}

/** A value as a list (dcmjs gives single values unwrapped and multiples as arrays). */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Sequence items of `key` (empty when absent). */
export function seq(ds: DicomDataset | undefined, key: string): DicomDataset[] {
  return list(ds?.[key]).filter(
    (x): x is DicomDataset => typeof x === "object" && x !== null && !(x instanceof ArrayBuffer),
  );
}

/** First sequence item of `key`, if any. */
export function item(ds: DicomDataset | undefined, key: string): DicomDataset | undefined {
  return seq(ds, key)[0];
}

/** String value of `key` ("" when absent); person names are joined by their components. */
export function str(ds: DicomDataset | undefined, key: string): string {
  const v = list(ds?.[key])[0];
  if (v === undefined || v === null) return "";
  if (typeof v === "object" && "Alphabetic" in (v as object))
    return String((v as { Alphabetic: unknown }).Alphabetic ?? "");
  return String(v).trim();
}

/** Numeric values of `key` (DS/IS strings converted); non-numbers dropped. */
export function nums(ds: DicomDataset | undefined, key: string): number[] {
  return list(ds?.[key])
    .map((x) => (typeof x === "number" ? x : Number(String(x).trim())))
    .filter((x) => Number.isFinite(x));
}

/** First numeric value of `key`, or undefined. */
export function num(ds: DicomDataset | undefined, key: string): number | undefined {
  return nums(ds, key)[0];
}
