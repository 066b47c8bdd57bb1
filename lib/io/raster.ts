/**
 * PNG/JPEG decoding and PNG encoding for 2D images (photos, slides, radiographs, thumbnails).
 * Pure JS (fast-png, jpeg-js); never throws on bad input — a clear issue names the file.
 */
import { decode as decodePng, encode as encodePng } from "fast-png";
import jpeg from "jpeg-js";
import type { ParseResult } from "../domain/parse-result";

export interface RasterImage {
  width: number;
  height: number;
  /** 8-bit samples, row-major from the top-left, `channels` per pixel (1 grey, 3 RGB, 4 RGBA). */
  data: Uint8Array;
  channels: 1 | 3 | 4;
  format: "png" | "jpeg";
}

/** Decodes PNG or JPEG bytes (detected from the signature, not the name). 16-bit PNGs are scaled to 8 bits. */
export function decodeRaster(bytes: Uint8Array, file: string): ParseResult<RasterImage> {
  const fail = (message: string): ParseResult<RasterImage> => ({
    ok: false,
    issues: [{ file, field: "", message }],
  });
  try {
    if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
      const p = decodePng(bytes);
      if (p.palette) return fail("indexed-colour PNGs are not supported; save it as RGB or grey");
      const ch = p.channels === 2 ? 1 : p.channels;
      const n = p.width * p.height;
      const out = new Uint8Array(n * (ch === 1 ? 1 : ch));
      for (let q = 0; q < n; q++)
        for (let c = 0; c < ch; c++) {
          const v = p.data[q * p.channels + c];
          out[q * ch + c] = p.depth === 16 ? v >> 8 : v;
        }
      if (ch !== 1 && ch !== 3 && ch !== 4)
        return fail(`unsupported PNG with ${p.channels} channels`);
      return {
        ok: true,
        value: { width: p.width, height: p.height, data: out, channels: ch, format: "png" },
      };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const j = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false });
      return {
        ok: true,
        value: {
          width: j.width,
          height: j.height,
          data: new Uint8Array(j.data),
          channels: 3,
          format: "jpeg",
        },
      };
    }
    return fail("not a PNG or JPEG file (unknown signature)");
  } catch (e) {
    return fail(`cannot decode image: ${(e as Error).message}`);
  }
}

/** Encodes 8-bit grey (1), RGB (3) or RGBA (4) samples as a PNG. */
export function encodePngImage(
  width: number,
  height: number,
  data: Uint8Array,
  channels: 1 | 3 | 4,
): Uint8Array {
  return encodePng({ width, height, data, channels, depth: 8 });
}

/**
 * Box-filter downscale so the longer side is at most `maxSide` pixels (never upscales). Returns a
 * new image with the same channel count.
 */
export function downscale(
  img: { width: number; height: number; data: Uint8Array; channels: number },
  maxSide: number,
): { width: number; height: number; data: Uint8Array } {
  const f = Math.max(1, Math.max(img.width, img.height) / maxSide);
  const w = Math.max(1, Math.round(img.width / f));
  const h = Math.max(1, Math.round(img.height / f));
  const ch = img.channels;
  const out = new Uint8Array(w * h * ch);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor(x * f);
      const y0 = Math.floor(y * f);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * f));
      const y1 = Math.max(y0 + 1, Math.floor((y + 1) * f));
      for (let c = 0; c < ch; c++) {
        let s = 0;
        for (let yy = y0; yy < y1; yy++)
          for (let xx = x0; xx < x1; xx++) s += img.data[(yy * img.width + xx) * ch + c];
        out[(y * w + x) * ch + c] = Math.round(s / ((x1 - x0) * (y1 - y0)));
      }
    }
  return { width: w, height: h, data: out };
}
