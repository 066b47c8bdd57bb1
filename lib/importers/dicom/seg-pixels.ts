/**
 * DICOM SEG pixel data → one binary frame per SEG frame.
 * BINARY: 1 bit per pixel, frames packed back to back without padding (a frame may start in the
 * middle of a byte), least significant bit first (PS3.5 8.1.1). FRACTIONAL: 8 bits per pixel; only
 * 0 and MaximumFractionalValue are accepted (a binary mask stored as fractional), anything in between
 * is a "true fractional" error.
 */
import type { ParseResult } from "../../domain/parse-result";
import { importFail } from "../issues";
import { list, num, str, type DicomDataset } from "./dataset";

/** Concatenated PixelData bytes (dcmjs gives one or several ArrayBuffers). */
function pixelBytes(ds: DicomDataset): Uint8Array | undefined {
  const parts = list(ds.PixelData).filter((p): p is ArrayBuffer => p instanceof ArrayBuffer);
  if (!parts.length) return undefined;
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), o);
    o += p.byteLength;
  }
  return out;
}

/** Binary masks (0/1 bytes, row-major rows × columns) of every frame, or an issue. */
export function segFrames(ds: DicomDataset, file: string): ParseResult<Uint8Array[]> {
  const rows = num(ds, "Rows") ?? 0;
  const cols = num(ds, "Columns") ?? 0;
  const frames = num(ds, "NumberOfFrames") ?? 1;
  const type = str(ds, "SegmentationType").toUpperCase();
  const bits = num(ds, "BitsAllocated");
  const bytes = pixelBytes(ds);
  if (!bytes) return importFail(file, "the SEG has no (uncompressed) Pixel Data", "PixelData");
  if (!(rows > 0 && cols > 0)) return importFail(file, "Rows/Columns missing", "Rows");
  const n = rows * cols;
  const out: Uint8Array[] = [];
  if (type === "BINARY") {
    if (bits !== 1)
      return importFail(
        file,
        `BINARY SEG with BitsAllocated ${bits} (expected 1)`,
        "BitsAllocated",
      );
    if (bytes.length * 8 < n * frames)
      return importFail(
        file,
        `truncated Pixel Data: ${frames} frames of ${rows}×${cols} bits need ${Math.ceil((n * frames) / 8)} bytes, found ${bytes.length}`,
        "PixelData",
      );
    for (let f = 0; f < frames; f++) {
      const m = new Uint8Array(n);
      const start = f * n;
      for (let p = 0; p < n; p++) {
        const bit = start + p;
        m[p] = (bytes[bit >> 3] >> (bit & 7)) & 1;
      }
      out.push(m);
    }
    return { ok: true, value: out };
  }
  if (type === "FRACTIONAL") {
    if (bits !== 8)
      return importFail(
        file,
        `FRACTIONAL SEG with BitsAllocated ${bits} (expected 8)`,
        "BitsAllocated",
      );
    const max = num(ds, "MaximumFractionalValue") ?? 255;
    if (bytes.length < n * frames)
      return importFail(
        file,
        `truncated Pixel Data: need ${n * frames} bytes, found ${bytes.length}`,
        "PixelData",
      );
    for (let f = 0; f < frames; f++) {
      const m = new Uint8Array(n);
      for (let p = 0; p < n; p++) {
        const v = bytes[f * n + p];
        if (v !== 0 && v !== max)
          return importFail(
            file,
            `true fractional SEG: frame ${f + 1} pixel ${p} holds ${v} of ${max}; only 0/${max} (binary stored as fractional) can be imported`,
            "PixelData",
          );
        m[p] = v === max ? 1 : 0;
      }
      out.push(m);
    }
    return { ok: true, value: out };
  }
  return importFail(
    file,
    `SegmentationType '${type}' is not BINARY or FRACTIONAL`,
    "SegmentationType",
  );
}
