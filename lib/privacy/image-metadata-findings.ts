/**
 * Privacy findings in JPEG, PNG and WebP files: embedded metadata that can carry names, dates, GPS or
 * device serials (JPEG APP1 Exif/XMP, APP13 IPTC, COM comments; PNG tEXt/zTXt/iTXt/eXIf chunks;
 * WebP EXIF and XMP chunks).
 */
import type { PrivacyFinding } from "./finding";

const ascii = (b: Uint8Array, off: number, len: number) =>
  String.fromCharCode(...b.subarray(off, off + len));

/** Findings for JPEG bytes (walks the marker segments up to start of scan). */
export function jpegFindings(b: Uint8Array, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  if (b[0] !== 0xff || b[1] !== 0xd8) return [{ file, where: "SOI", message: "not a JPEG file" }];
  let p = 2;
  while (p + 4 <= b.length && b[p] === 0xff) {
    const marker = b[p + 1]!;
    if (marker === 0xda || marker === 0xd9) break;
    const len = (b[p + 2]! << 8) | b[p + 3]!;
    const body = p + 4;
    if (marker === 0xe1) {
      const id = ascii(b, body, 29);
      out.push({
        file,
        where: id.startsWith("Exif")
          ? "APP1 Exif"
          : id.startsWith("http://ns.adobe.com/xap")
            ? "APP1 XMP"
            : "APP1",
        message: "embedded metadata (EXIF/XMP: dates, device, GPS, names); strip it",
      });
    } else if (marker === 0xed)
      out.push({
        file,
        where: "APP13 IPTC",
        message: "embedded IPTC/Photoshop metadata; strip it",
      });
    else if (marker === 0xfe)
      out.push({ file, where: "COM", message: "JPEG comment segment; strip it" });
    p += 2 + len;
  }
  return out;
}

/** Findings for PNG bytes (text and EXIF chunks). */
export function pngFindings(b: Uint8Array, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  if (ascii(b, 1, 3) !== "PNG") return [{ file, where: "signature", message: "not a PNG file" }];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let p = 8;
  while (p + 8 <= b.length) {
    const len = view.getUint32(p);
    const type = ascii(b, p + 4, 4);
    if (["tEXt", "zTXt", "iTXt", "eXIf"].includes(type))
      out.push({ file, where: `${type} chunk`, message: "embedded text/EXIF metadata; strip it" });
    if (type === "IEND") break;
    p += 12 + len;
  }
  return out;
}

/** Whether `head` starts like a WebP file (RIFF container of type WEBP). */
export function isWebp(head: Uint8Array): boolean {
  return ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WEBP";
}

/** Findings for WebP bytes: EXIF and XMP chunks of the RIFF container. */
export function webpFindings(b: Uint8Array, file: string): PrivacyFinding[] {
  const out: PrivacyFinding[] = [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let p = 12; p + 8 <= b.length;) {
    const type = ascii(b, p, 4);
    const len = view.getUint32(p + 4, true);
    if (type === "EXIF" || type === "XMP ")
      out.push({
        file,
        where: `${type.trim()} chunk`,
        message: "embedded EXIF/XMP metadata (dates, device, GPS, names); strip it",
      });
    p += 8 + len + (len & 1);
  }
  return out;
}
