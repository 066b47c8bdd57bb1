/**
 * Reads the `--image` of a case: NIfTI (.nii / .nii.gz) or NRRD (.nrrd) volumes, a DICOM series (a
 * folder, or one .dcm file; see dicom-image.ts), or PNG / JPEG rasters (2D, grid
 * k = 1, spacing from `--pixel-spacing ROW,COL` in mm, else 1 mm per pixel and no spacing claimed).
 * Raster world coordinates: pixel (col, row) centre is at (col·colSpacing, row·rowSpacing, 0) mm.
 */
import fs from "node:fs";
import type { GridSpec } from "../../lib/domain/model";
import type { ParseResult } from "../../lib/domain/parse-result";
import { readNifti, type VoxelArray } from "../../lib/io/nifti";
import { readNrrd } from "../../lib/io/nrrd-read";
import type { ReferenceImage } from "../../lib/importers/context";
import { decodeRaster, type RasterImage } from "../../lib/io/raster";
import { readBytes } from "./read-file";
import { readDicomSeries } from "./dicom-image";
import { seriesFiles } from "./series-files";
import { pixelReviewIssues } from "./dicom-review";

export type LoadedImage =
  | {
      kind: "volume";
      file: string;
      grid: GridSpec;
      data: VoxelArray;
      description: string;
      /** Source DICOM images (for matching SEG / RTSTRUCT / SR references). */
      referenceImages?: ReferenceImage[];
      notes?: string[];
    }
  | {
      kind: "raster";
      file: string;
      grid: GridSpec;
      raster: RasterImage;
      bytes: Uint8Array;
      pixelSpacing?: [number, number];
    };

/** Reads an image file or DICOM folder; an unreadable or unsupported file is an issue naming it. */
export async function readImage(
  file: string,
  pixelSpacing?: [number, number],
  pixelsReviewed = false,
): Promise<ParseResult<LoadedImage>> {
  const lower = file.toLowerCase();
  const isDir = fs.existsSync(file) && fs.statSync(file).isDirectory();
  if (isDir || /\.(dcm|dicom)$/.test(lower)) {
    const series = seriesFiles(file);
    if (!series.ok) return series;
    const review = pixelReviewIssues(series.value.files, pixelsReviewed);
    if (review.length) return { ok: false, issues: review };
    const s = await readDicomSeries(file);
    if (!s.ok) return s;
    const { grid, data, images, notes } = s.value;
    return {
      ok: true,
      value: { kind: "volume", file, grid, data, description: "", referenceImages: images, notes },
    };
  }
  const bytes = readBytes(file);
  if (!bytes.ok) return bytes;
  if (lower.endsWith(".nrrd")) {
    const v = readNrrd(bytes.value, file);
    if (!v.ok) return v;
    if (v.value.listAxis !== -1) {
      return {
        ok: false,
        issues: [
          {
            file,
            field: "",
            message: `expected one scalar volume, got ${v.value.listSize} values per voxel`,
          },
        ],
      };
    }
    return {
      ok: true,
      value: { kind: "volume", file, grid: v.value.grid, data: v.value.data, description: "" },
    };
  }
  if (lower.endsWith(".nii") || lower.endsWith(".nii.gz")) {
    const v = readNifti(bytes.value, file);
    if (!v.ok) return v;
    if (v.value.frames !== 1 || v.value.components !== 1) {
      return {
        ok: false,
        issues: [
          {
            file,
            field: "",
            message: `expected one scalar 3D volume, got ${v.value.frames} frame(s) × ${v.value.components} component(s)`,
          },
        ],
      };
    }
    return {
      ok: true,
      value: {
        kind: "volume",
        file,
        grid: v.value.grid,
        data: v.value.data,
        description: v.value.description,
      },
    };
  }
  if (/\.(png|jpe?g)$/.test(lower)) {
    const r = decodeRaster(bytes.value, file);
    if (!r.ok) return r;
    const [row, col] = pixelSpacing ?? [1, 1];
    const grid: GridSpec = {
      dims: [r.value.width, r.value.height, 1],
      spacing: [col, row, 1],
      origin: [0, 0, 0],
      direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    return {
      ok: true,
      value: { kind: "raster", file, grid, raster: r.value, bytes: bytes.value, pixelSpacing },
    };
  }
  return {
    ok: false,
    issues: [
      {
        file,
        field: "",
        message:
          "unsupported image type (expected .nii, .nii.gz, .nrrd, .dcm or a DICOM folder, .png, .jpg or .jpeg)",
      },
    ],
  };
}
