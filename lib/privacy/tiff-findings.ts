/**
 * Privacy findings in TIFF and BigTIFF files (pathology slides, microscopy): text and metadata
 * tags of every image file directory that can carry names, dates, file names or scanner hosts
 * (ImageDescription, Artist, DocumentName, PageName, HostComputer, DateTime, Copyright, XP*
 * tags) and embedded metadata blocks (XMP, IPTC, Photoshop, EXIF and GPS directories). Reviewed
 * text may be allow-listed (field = tag name). Every offset is bounds-checked; a malformed file
 * throws (the scanner reports it as unreadable).
 */
import { isAllowed, type AllowedText } from "./nifti-findings";
import type { PrivacyFinding } from "./finding";

const TEXT_TAGS: Record<number, string> = {
  269: "DocumentName",
  270: "ImageDescription",
  285: "PageName",
  306: "DateTime",
  315: "Artist",
  316: "HostComputer",
  33432: "Copyright",
};
const BLOCK_TAGS: Record<number, string> = {
  700: "XMP",
  33723: "IPTC",
  34377: "Photoshop",
  34665: "ExifIFD",
  34853: "GPSInfo",
  40091: "XPTitle",
  40092: "XPComment",
  40093: "XPAuthor",
  40094: "XPKeywords",
  40095: "XPSubject",
};
const MAX_IFDS = 4096;

/** Whether `head` starts like a TIFF or BigTIFF file. */
export function isTiff(head: Uint8Array): boolean {
  const s = String.fromCharCode(...head.subarray(0, 4));
  return ["II*\0", "MM\0*", "II+\0", "MM\0+"].includes(s);
}

/** Findings for TIFF bytes. */
export function tiffFindings(
  b: Uint8Array,
  file: string,
  allowed: readonly AllowedText[] = [],
): PrivacyFinding[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = b[0] === 0x49;
  const big = view.getUint16(2, le) === 43;
  const check = (off: number, n: number) => {
    if (off < 0 || off + n > b.length) throw new Error(`TIFF offset ${off} past the end of file`);
  };
  const u = (off: number, width: number) => {
    check(off, width);
    if (width === 2) return view.getUint16(off, le);
    if (width === 4) return view.getUint32(off, le);
    return Number(view.getBigUint64(off, le));
  };
  const word = big ? 8 : 4;
  const out: PrivacyFinding[] = [];
  const seen = new Set<number>();
  let ifd = u(big ? 8 : 4, word);
  for (let n = 0; ifd !== 0 && n < MAX_IFDS && !seen.has(ifd); n++) {
    seen.add(ifd);
    const count = u(ifd, big ? 8 : 2);
    const first = ifd + (big ? 8 : 2);
    const size = big ? 20 : 12;
    for (let i = 0; i < count; i++) {
      const e = first + i * size;
      const tag = u(e, 2);
      const type = u(e + 2, 2);
      const len = u(e + 4, word);
      const name = TEXT_TAGS[tag] ?? BLOCK_TAGS[tag];
      if (!name) continue;
      let value = "";
      if (TEXT_TAGS[tag] && type === 2) {
        const at = len <= word ? e + 4 + word : u(e + 4 + word, word);
        check(at, len);
        value = new TextDecoder("latin1").decode(b.subarray(at, at + len)).replace(/\0+$/, "");
        if (!value.trim() || isAllowed(allowed, file, name, value)) continue;
      }
      const shown = value ? ` "${value.slice(0, 60).replace(/\s+/g, " ")}"` : "";
      out.push({
        file,
        where: `IFD ${n} tag ${tag} ${name}`,
        message: `metadata${shown} (may hold names, dates, file names); strip it or allow-list it after review`,
      });
    }
    ifd = u(first + count * size, word);
  }
  return out;
}
