/**
 * Bounds-checked reading of a byte array: every read checks the remaining length first and throws
 * `DicomParseError` ("file truncated?") with the offset, instead of reading past the end.
 */
import { DicomParseError } from "./types";

/** Position in `bytes` plus bounded reads (16/32-bit in either byte order, sub-arrays without copy). */
export class Cursor {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number, what: string): void {
    if (this.pos + n > this.bytes.length) {
      throw new DicomParseError(
        `unexpected end of data reading ${what}: file truncated?`,
        this.pos,
      );
    }
  }
  u16(le: boolean): number {
    this.need(2, "a 16-bit field");
    const v = this.view.getUint16(this.pos, le);
    this.pos += 2;
    return v;
  }
  u32(le: boolean): number {
    this.need(4, "a 32-bit field");
    const v = this.view.getUint32(this.pos, le);
    this.pos += 4;
    return v;
  }
  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const v = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
}

/** Reads a (group, element) tag as one 32-bit number. */
export function readTag(c: Cursor, le: boolean): number {
  const g = c.u16(le);
  const e = c.u16(le);
  return ((g << 16) | e) >>> 0;
}
