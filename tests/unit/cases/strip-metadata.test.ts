import { describe, expect, it } from "vitest";
import { encode as encodePng, decode as decodePng } from "fast-png";
import jpeg from "jpeg-js";
import { stripRasterMetadata } from "@/scripts/build-time/strip-metadata";

function insertAt(b: Uint8Array, at: number, extra: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length + extra.length);
  out.set(b.subarray(0, at));
  out.set(extra, at);
  out.set(b.subarray(at), at + extra.length);
  return out;
}

describe("stripRasterMetadata", () => {
  it("removes a PNG tEXt chunk and leaves every other byte as it was", () => {
    const png = encodePng({
      width: 2,
      height: 2,
      data: new Uint8Array([0, 50, 100, 150]),
      channels: 1,
      depth: 8,
    });
    const text = new TextEncoder().encode("Author\0Jane Doe");
    const chunk = new Uint8Array(12 + text.length);
    new DataView(chunk.buffer).setUint32(0, text.length);
    chunk.set(new TextEncoder().encode("tEXt"), 4);
    chunk.set(text, 8); // CRC left as zeros: the chunk is dropped anyway
    const withText = insertAt(png, 8 + 25, chunk); // after the signature and IHDR (25 bytes)
    const r = stripRasterMetadata(withText);
    expect(r.removed).toEqual([`tEXt chunk (${text.length} bytes)`]);
    expect(Buffer.from(r.bytes).equals(Buffer.from(png))).toBe(true);
    expect(Array.from(decodePng(r.bytes).data)).toEqual([0, 50, 100, 150]);
  });

  it("removes JPEG APP1 (EXIF) and COM segments, keeps the image decodable", () => {
    const j = jpeg.encode(
      { width: 8, height: 8, data: new Uint8Array(8 * 8 * 4).fill(128) },
      90,
    ).data;
    const app1 = new Uint8Array([0xff, 0xe1, 0x00, 0x08, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00]);
    const com = new Uint8Array([0xff, 0xfe, 0x00, 0x05, 0x68, 0x69, 0x21]);
    const r = stripRasterMetadata(insertAt(insertAt(new Uint8Array(j), 2, app1), 2, com));
    expect(r.removed).toEqual(["COM segment (5 bytes)", "APP1 segment (8 bytes)"]);
    expect(Buffer.from(r.bytes).equals(Buffer.from(j))).toBe(true);
    expect(jpeg.decode(r.bytes).width).toBe(8);
  });

  it("returns other bytes unchanged", () => {
    const b = new Uint8Array([1, 2, 3]);
    expect(stripRasterMetadata(b)).toEqual({ bytes: b, removed: [] });
  });
});
