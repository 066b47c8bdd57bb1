/**
 * Reads a DICOM Part 10 file (or a bare data set without preamble/meta) into `DicomFile`.
 * Supports Implicit VR LE, Explicit VR LE/BE, Deflated Explicit VR LE and encapsulated pixel data,
 * sequences of defined and undefined length (recursively). Values stay raw (no copy).
 * Malformed input throws `DicomParseError` naming the element and the byte offset; it never
 * allocates from a length field, so a corrupt length cannot exhaust memory.
 */
import { inflateRaw } from "../../io/gunzip";
import { MAX_DICOM_INFLATED_BYTES } from "../../io/limits";
import { Cursor, readTag } from "./byte-cursor";
import {
  DicomParseError,
  type DataSet,
  type DicomFile,
  type Element,
  type Encoding,
} from "./types";
import { dictionaryVr } from "./vr-lookup";
import {
  ITEM,
  ITEM_DELIMITER,
  LONG_LENGTH_VRS,
  PIXEL_DATA,
  SEQUENCE_DELIMITER,
  UNDEFINED_LENGTH,
  tagLabel,
} from "./tags";
import { textOf } from "./values";

const MAX_DEPTH = 32;
const EXPLICIT_LE: Encoding = { explicitVr: true, littleEndian: true, deflated: false };

function readElement(c: Cursor, enc: Encoding, depth: number): Element {
  const start = c.pos;
  const tag = readTag(c, enc.littleEndian);
  let vr: string;
  let length: number;
  if (enc.explicitVr && tag >>> 16 !== 0xfffe) {
    const v = c.take(2, "a VR");
    vr = String.fromCharCode(v[0]!, v[1]!);
    if (!/^[A-Z]{2}$/.test(vr))
      throw new DicomParseError(
        `invalid VR "${vr.replace(/[^ -~]/g, "?")}" for ${tagLabel(tag)}`,
        start,
      );
    if (LONG_LENGTH_VRS.has(vr)) {
      c.pos += 2;
      length = c.u32(enc.littleEndian);
    } else length = c.u16(enc.littleEndian);
  } else {
    vr = dictionaryVr(tag);
    length = c.u32(enc.littleEndian);
  }
  if (vr === "UN" && length !== UNDEFINED_LENGTH && tag >>> 16 !== 0xfffe) {
    // Explicit UN of a known public tag (written by a converter that lacked the dictionary):
    // use the dictionary VR, as pydicom does; a sequence inside is Implicit VR Little Endian.
    const known = dictionaryVr(tag);
    if (known === "SQ") {
      const implicitLe = { explicitVr: false, littleEndian: true, deflated: false };
      return { tag, vr: "SQ", items: readItems(c, length, implicitLe, depth + 1, tag) };
    }
    if (known !== "UN") vr = known;
  }
  if (tag === PIXEL_DATA && length === UNDEFINED_LENGTH)
    return { tag, vr: vr === "UN" ? "OB" : vr, fragments: readFragments(c, enc) };
  if (vr === "SQ" || length === UNDEFINED_LENGTH) {
    // A UN element of undefined length holds a sequence encoded Implicit VR Little Endian (PS3.5 6.2.2).
    const itemEnc = vr === "SQ" ? enc : { explicitVr: false, littleEndian: true, deflated: false };
    return { tag, vr: "SQ", items: readItems(c, length, itemEnc, depth + 1, tag) };
  }
  if (c.pos + length > c.bytes.length) {
    throw new DicomParseError(
      `value of ${tagLabel(tag)} (VR ${vr}, ${length} bytes) runs past the end of the data (${c.bytes.length - c.pos} bytes left): file truncated?`,
      start,
    );
  }
  return { tag, vr, value: c.take(length, tagLabel(tag)) };
}

function readItems(
  c: Cursor,
  length: number,
  enc: Encoding,
  depth: number,
  seqTag: number,
): DataSet[] {
  if (depth > MAX_DEPTH)
    throw new DicomParseError(
      `sequences nested deeper than ${MAX_DEPTH} in ${tagLabel(seqTag)}`,
      c.pos,
    );
  const items: DataSet[] = [];
  const end = length === UNDEFINED_LENGTH ? Infinity : c.pos + length;
  if (end !== Infinity && end > c.bytes.length)
    throw new DicomParseError(
      `sequence ${tagLabel(seqTag)} runs past the end of the data: file truncated?`,
      c.pos,
    );
  while (c.pos < end) {
    const at = c.pos;
    const tag = readTag(c, enc.littleEndian);
    const len = c.u32(enc.littleEndian);
    if (tag === SEQUENCE_DELIMITER) break;
    if (tag !== ITEM)
      throw new DicomParseError(
        `expected an item in sequence ${tagLabel(seqTag)}, found ${tagLabel(tag)}`,
        at,
      );
    items.push(readDataSet(c, len === UNDEFINED_LENGTH ? Infinity : c.pos + len, enc, depth));
  }
  return items;
}

function readFragments(c: Cursor, enc: Encoding): Uint8Array[] {
  const fragments: Uint8Array[] = [];
  for (;;) {
    const at = c.pos;
    const tag = readTag(c, enc.littleEndian);
    const len = c.u32(enc.littleEndian);
    if (tag === SEQUENCE_DELIMITER) return fragments;
    if (tag !== ITEM || len === UNDEFINED_LENGTH)
      throw new DicomParseError(`bad fragment ${tagLabel(tag)} in encapsulated pixel data`, at);
    fragments.push(c.take(len, "a pixel data fragment"));
  }
}

/** Reads elements until `end` (exclusive) or an item delimiter (for undefined-length items). */
function readDataSet(c: Cursor, end: number, enc: Encoding, depth: number): DataSet {
  const out: DataSet = [];
  const limit = Math.min(end, c.bytes.length);
  while (c.pos < limit) {
    if (end === Infinity) {
      c.need(4, "a tag");
      const g = c.view.getUint16(c.pos, enc.littleEndian);
      const e = c.view.getUint16(c.pos + 2, enc.littleEndian);
      if (((g << 16) | e) >>> 0 === ITEM_DELIMITER) {
        c.pos += 8;
        return out;
      }
    }
    out.push(readElement(c, enc, depth));
  }
  if (end === Infinity && depth > 0)
    throw new DicomParseError("item without delimiter at end of data: file truncated?", c.pos);
  return out;
}

function encodingOf(ts: string): Encoding {
  if (ts === "1.2.840.10008.1.2") return { explicitVr: false, littleEndian: true, deflated: false };
  if (ts === "1.2.840.10008.1.2.2")
    return { explicitVr: true, littleEndian: false, deflated: false };
  if (ts === "1.2.840.10008.1.2.1.99")
    return { explicitVr: true, littleEndian: true, deflated: true };
  return EXPLICIT_LE;
}

/** Guesses the encoding of a bare data set from its first element header. */
function guessBare(bytes: Uint8Array): string {
  const isVr = (i: number) =>
    bytes[i]! >= 65 && bytes[i]! <= 90 && bytes[i + 1]! >= 65 && bytes[i + 1]! <= 90;
  if (bytes.length < 8) throw new DicomParseError("too short to be DICOM", 0);
  const bigEndianGroup = (bytes[0]! << 8) | bytes[1]!;
  if (isVr(4))
    return bigEndianGroup > 0 && bigEndianGroup < 0x0100 && bytes[0] === 0
      ? "1.2.840.10008.1.2.2"
      : "1.2.840.10008.1.2.1";
  return "1.2.840.10008.1.2";
}

/** Parses DICOM bytes. Throws `DicomParseError` (with offset) for anything malformed. */
export function readPart10(bytes: Uint8Array): DicomFile {
  const hasPreamble =
    bytes.length >= 132 && String.fromCharCode(...bytes.subarray(128, 132)) === "DICM";
  const c = new Cursor(bytes, hasPreamble ? 132 : 0);
  const meta: DataSet = [];
  while (c.pos + 4 <= bytes.length && c.view.getUint16(c.pos, true) === 0x0002)
    meta.push(readElement(c, EXPLICIT_LE, 0));
  if (!hasPreamble && meta.length === 0) {
    const group = bytes.length >= 2 ? c.view.getUint16(0, true) : -1;
    const groupBe = bytes.length >= 2 ? c.view.getUint16(0, false) : -1;
    if (![0x0000, 0x0008].includes(group) && groupBe !== 0x0008) {
      throw new DicomParseError(
        "not a DICOM file: no DICM prefix and no data set starting with group 0008",
        0,
      );
    }
  }
  const tsEl = meta.find((e) => e.tag === 0x00020010);
  const ts = tsEl ? textOf(tsEl).replace(/\0/g, "").trim() : guessBare(bytes.subarray(c.pos));
  let encoding = encodingOf(ts);
  let body = new Cursor(bytes, c.pos);
  if (encoding.deflated) {
    try {
      body = new Cursor(inflateRaw(bytes.subarray(c.pos), MAX_DICOM_INFLATED_BYTES));
    } catch (e) {
      throw new DicomParseError(`cannot inflate deflated data set: ${(e as Error).message}`, c.pos);
    }
  }
  if (
    encoding.explicitVr &&
    body.pos + 6 <= body.bytes.length &&
    !/^[A-Z]{2}$/.test(String.fromCharCode(body.bytes[body.pos + 4]!, body.bytes[body.pos + 5]!))
  ) {
    // Non-conforming but common: meta says explicit VR, data set is implicit (pydicom reads these too).
    encoding = { ...encoding, explicitVr: false };
  }
  const dataset = readDataSet(body, body.bytes.length, encoding, 0);
  if (dataset.length === 0)
    throw new DicomParseError("no data elements after the file meta information", body.pos);
  return {
    preamble: hasPreamble ? bytes.subarray(0, 128) : null,
    meta,
    dataset,
    encoding,
    transferSyntaxUid: ts,
  };
}
