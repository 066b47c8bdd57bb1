/**
 * Writes a `DicomFile` back to Part 10 bytes in the same transfer syntax it was read in
 * (deflated data sets are re-deflated). Sequences and items are written with undefined length
 * and delimiters; encapsulated pixel data keeps its fragments byte for byte. The File Meta
 * group length (0002,0000) is recomputed; group lengths inside the data set are not written.
 */
import { deflateSync } from "fflate";
import type { DataSet, DicomFile, Element, Encoding } from "./types";
import {
  ITEM,
  ITEM_DELIMITER,
  LONG_LENGTH_VRS,
  SEQUENCE_DELIMITER,
  UNDEFINED_LENGTH,
  tagLabel,
} from "./tags";

class Sink {
  private chunks: Uint8Array[] = [];
  size = 0;
  constructor(private readonly le: boolean) {}
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.size += b.length;
  }
  u16(v: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, this.le);
    this.bytes(b);
  }
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, this.le);
    this.bytes(b);
  }
  tag(t: number): void {
    this.u16(t >>> 16);
    this.u16(t & 0xffff);
  }
  ascii(s: string): void {
    this.bytes(Uint8Array.from(s, (ch) => ch.charCodeAt(0)));
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

function header(s: Sink, el: Element, vr: string, length: number, enc: Encoding): void {
  s.tag(el.tag);
  if (!enc.explicitVr) return s.u32(length);
  s.ascii(vr);
  if (LONG_LENGTH_VRS.has(vr)) {
    s.u16(0);
    s.u32(length);
  } else {
    if (length > 0xffff)
      throw new Error(`${tagLabel(el.tag)}: ${length} bytes do not fit VR ${vr}`);
    s.u16(length);
  }
}

function writeElement(s: Sink, el: Element, enc: Encoding): void {
  if ((el.tag & 0xffff) === 0 && el.tag >>> 16 !== 0x0002) return; // stale group lengths
  if (el.items) {
    header(s, el, "SQ", UNDEFINED_LENGTH, enc);
    for (const item of el.items) {
      s.tag(ITEM);
      s.u32(UNDEFINED_LENGTH);
      writeDataSet(s, item, enc);
      s.tag(ITEM_DELIMITER);
      s.u32(0);
    }
    s.tag(SEQUENCE_DELIMITER);
    s.u32(0);
  } else if (el.fragments) {
    header(s, el, el.vr, UNDEFINED_LENGTH, enc);
    for (const f of el.fragments) {
      s.tag(ITEM);
      s.u32(f.length);
      s.bytes(f);
    }
    s.tag(SEQUENCE_DELIMITER);
    s.u32(0);
  } else {
    const value = el.value ?? new Uint8Array(0);
    header(s, el, el.vr, value.length, enc);
    s.bytes(value);
  }
}

function writeDataSet(s: Sink, ds: DataSet, enc: Encoding): void {
  for (const el of ds) writeElement(s, el, enc);
}

/** Serialises `file` (preamble of zeros when it had none, `DICM`, meta, data set). */
export function writePart10(file: DicomFile): Uint8Array {
  const metaEnc: Encoding = { explicitVr: true, littleEndian: true, deflated: false };
  const metaBody = new Sink(true);
  writeDataSet(
    metaBody,
    file.meta.filter((e) => e.tag !== 0x00020000),
    metaEnc,
  );
  const out = new Sink(true);
  out.bytes(file.preamble ?? new Uint8Array(128));
  out.ascii("DICM");
  out.tag(0x00020000);
  out.ascii("UL");
  out.u16(4);
  out.u32(metaBody.size);
  out.bytes(metaBody.concat());
  const body = new Sink(file.encoding.littleEndian);
  writeDataSet(body, file.dataset, file.encoding);
  out.bytes(file.encoding.deflated ? deflateSync(body.concat()) : body.concat());
  return out.concat();
}
