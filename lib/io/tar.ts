/**
 * Minimal reader of (ustar / GNU) tar archives held in memory: regular files only, names with their
 * ustar prefix, GNU long names (`L` entries) supported. Never throws: a truncated or corrupt archive
 * is an issue naming `file`.
 */
import type { ParseResult } from "../domain/parse-result";

export interface TarEntry {
  name: string;
  data: Uint8Array;
}

function str(b: Uint8Array, off: number, len: number): string {
  let end = off;
  while (end < off + len && b[end] !== 0) end++;
  return new TextDecoder().decode(b.subarray(off, end));
}

function octal(b: Uint8Array, off: number, len: number): number {
  const s = str(b, off, len).trim();
  return s ? parseInt(s, 8) : 0;
}

/** Lists the regular files of a tar archive (already decompressed). */
export function readTar(bytes: Uint8Array, file: string): ParseResult<TarEntry[]> {
  const out: TarEntry[] = [];
  let off = 0;
  let longName: string | undefined;
  while (off + 512 <= bytes.length) {
    const h = bytes.subarray(off, off + 512);
    if (h.every((v) => v === 0)) break;
    const sum = octal(h, 148, 8);
    let check = 0;
    for (let i = 0; i < 512; i++) check += i >= 148 && i < 156 ? 32 : h[i];
    if (sum !== check)
      return {
        ok: false,
        issues: [
          { file, field: `offset ${off}`, message: "not a tar archive (bad header checksum)" },
        ],
      };
    const size = octal(h, 124, 12);
    const type = String.fromCharCode(h[156] || 48);
    const prefix = str(h, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${str(h, 0, 100)}` : str(h, 0, 100));
    const start = off + 512;
    if (start + size > bytes.length)
      return { ok: false, issues: [{ file, field: name, message: "archive is truncated" }] };
    const data = bytes.subarray(start, start + size);
    longName = undefined;
    if (type === "L") longName = str(data, 0, size);
    else if (type === "0" || type === "\0") out.push({ name, data });
    off = start + Math.ceil(size / 512) * 512;
  }
  return { ok: true, value: out };
}
