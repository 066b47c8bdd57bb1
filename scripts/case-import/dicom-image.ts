/**
 * Reads a DICOM image series (a folder of single-frame files, or one file) into a volume on the grid
 * `dicomReferenceImages` derives (slices sorted along the normal of Image Orientation (Patient)).
 * Stored values are turned into modality values with Rescale Slope / Intercept (HU for CT); the
 * result is int16 when every value is an integer in int16 range, else float32. Slices missing from
 * a regular lattice stay 0 and are reported. Only uncompressed transfer syntaxes are read, and no
 * DICOM header is carried into the case (only pixels and geometry).
 */
import path from "node:path";
import type { GridSpec } from "../../lib/domain/model";
import type { ParseResult } from "../../lib/domain/parse-result";
import type { ReferenceImage } from "../../lib/importers/context";
import { dicomReferenceImages } from "../../lib/importers/dicom/reference-images";
import { num, readDicom } from "../../lib/importers/dicom/dataset";
import { readBytes } from "./read-file";
import { seriesFiles } from "./series-files";

export interface DicomSeries {
  grid: GridSpec;
  data: Int16Array | Float32Array;
  images: ReferenceImage[];
  files: string[];
  notes: string[];
}

/** Reads the series at `p` (its DICOM files: see series-files.ts); every problem names the file. */
export async function readDicomSeries(p: string): Promise<ParseResult<DicomSeries>> {
  const found = seriesFiles(p);
  if (!found.ok) return found;
  const { files, skipped } = found.value;
  const ref = await dicomReferenceImages(files);
  if (!ref.ok) return ref;
  const { grid, images } = ref.value;
  const [nx, ny, nz] = grid.dims;
  const values = new Float64Array(nx * ny * nz);
  let integral = true;
  for (let f = 0; f < files.length; f++) {
    const b = readBytes(files[f]);
    if (!b.ok) return b;
    const ds = readDicom(b.value, files[f]);
    if (!ds.ok) return ds;
    const fail = (field: string, message: string): ParseResult<DicomSeries> => ({
      ok: false,
      issues: [{ file: files[f], field, message }],
    });
    const frames = num(ds.value, "NumberOfFrames") ?? 1;
    if (frames > 1)
      return fail(
        "NumberOfFrames",
        `multi-frame images (${frames} frames) are not supported as --image`,
      );
    const rows = num(ds.value, "Rows");
    const cols = num(ds.value, "Columns");
    if (rows !== ny || cols !== nx)
      return fail("Rows", `is ${cols}×${rows}, the series is ${nx}×${ny}`);
    const bits = num(ds.value, "BitsAllocated");
    const signed = num(ds.value, "PixelRepresentation") === 1;
    const spp = num(ds.value, "SamplesPerPixel") ?? 1;
    if (spp !== 1)
      return fail("SamplesPerPixel", "colour DICOM images are not supported as a volume");
    const pd = ds.value.PixelData;
    const buf = Array.isArray(pd) ? (pd[0] as ArrayBuffer) : (pd as ArrayBuffer | undefined);
    if (!buf) return fail("PixelData", "no pixel data");
    const n = nx * ny;
    const px =
      bits === 16
        ? signed
          ? new Int16Array(buf, 0, n)
          : new Uint16Array(buf, 0, n)
        : bits === 8
          ? new Uint8Array(buf, 0, n)
          : undefined;
    if (!px) return fail("BitsAllocated", `${bits} bits per pixel is not supported (8 or 16)`);
    const slope = num(ds.value, "RescaleSlope") ?? 1;
    const intercept = num(ds.value, "RescaleIntercept") ?? 0;
    const sop = String(ds.value.SOPInstanceUID ?? "");
    const k = images.find((im) => im.sopInstanceUid === sop)?.slice;
    if (k === undefined)
      return fail("SOPInstanceUID", "not found among the series' reference images");
    for (let q = 0; q < n; q++) {
      const v = px[q] * slope + intercept;
      if (!Number.isInteger(v) || v < -32768 || v > 32767) integral = false;
      values[k * n + q] = v;
    }
  }
  const notes = [
    `Converted from ${files.length} DICOM file(s) to NIfTI: pixels (after Rescale Slope/Intercept) and geometry only; no DICOM header was copied.`,
  ];
  if (skipped.length)
    notes.push(
      `${skipped.length} file(s) beside the DICOM slices are not DICOM and were skipped: ${skipped
        .map((f) => path.relative(p, f))
        .join(", ")}.`,
    );
  if (files.length < nz)
    notes.push(
      `${nz - files.length} slice position(s) of the regular lattice have no file and are filled with 0.`,
    );
  return {
    ok: true,
    value: {
      grid,
      data: integral ? Int16Array.from(values) : Float32Array.from(values),
      images,
      files,
      notes,
    },
  };
}
