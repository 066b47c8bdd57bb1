/**
 * Removes embedded metadata from PNG and JPEG files without touching the pixel data, so a raster
 * copied into a case carries no hidden text (author, software, EXIF GPS, XMP, comments).
 * - PNG: drops tEXt, zTXt, iTXt, eXIf and tIME chunks; every other chunk is kept byte for byte.
 * - JPEG: drops APP1–APP13 and APP15 segments (EXIF, XMP, ICC is APP2 and is dropped too) and COM
 *   segments before the scan; APP0 (JFIF) and APP14 (Adobe colour transform) are kept.
 * Unknown formats are returned unchanged. Never throws on truncated input: it stops and keeps the rest.
 */

export interface StripResult {
  bytes: Uint8Array;
  /** Human-readable list of what was removed, e.g. `iTXt chunk (1004 bytes)`. */
  removed: string[];
}

const PNG_DROP = new Set(["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]);

function stripPng(b: Uint8Array): StripResult {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  const removed: string[] = [];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    const type = String.fromCharCode(b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
    const end = Math.min(b.length, i + 12 + len);
    if (PNG_DROP.has(type)) removed.push(`${type} chunk (${len} bytes)`);
    else parts.push(b.subarray(i, end));
    i = end;
  }
  if (i < b.length) parts.push(b.subarray(i));
  return { bytes: concat(parts), removed };
}

function stripJpeg(b: Uint8Array): StripResult {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  const removed: string[] = [];
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1];
    if (marker === 0xda) break; // start of scan: the rest is image data
    const len = (b[i + 2] << 8) | b[i + 3];
    const end = Math.min(b.length, i + 2 + len);
    const app = marker >= 0xe1 && marker <= 0xef && marker !== 0xee;
    if (app || marker === 0xfe)
      removed.push(`${marker === 0xfe ? "COM" : `APP${marker - 0xe0}`} segment (${len} bytes)`);
    else parts.push(b.subarray(i, end));
    i = end;
  }
  parts.push(b.subarray(i));
  return { bytes: concat(parts), removed };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Strips metadata from PNG or JPEG bytes (detected by signature). */
export function stripRasterMetadata(bytes: Uint8Array): StripResult {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return stripPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
  return { bytes, removed: [] };
}
