/**
 * Image loader for 2D raster files (PNG/JPEG photos, scans): `raster:<absolute URL>`. Decodes in the
 * browser (fetch + createImageBitmap + canvas) into an RGB cornerstone image. Geometry comes from
 * `registerRasterGeometry` (the case grid), so overlays in world mm line up with the pixels.
 */
import { metaData, utilities, type Types } from "@cornerstonejs/core";
import type { GridSpec } from "../domain/model";

export const RASTER_SCHEME = "raster";

const geometry = new Map<string, GridSpec>();

/** Declares the grid (origin, direction, spacing in mm) of a raster image id before loading it. */
export function registerRasterGeometry(imageId: string, grid: GridSpec): void {
  geometry.set(imageId, grid);
}

/** Forgets a raster image id's geometry (viewer unmount). */
export function unregisterRasterGeometry(imageId: string): void {
  geometry.delete(imageId);
}

function planeModule(imageId: string): Record<string, unknown> | undefined {
  const g = geometry.get(imageId);
  if (!g) return undefined;
  const d = g.direction;
  return {
    frameOfReferenceUID: `raster-${imageId}`,
    rows: g.dims[1],
    columns: g.dims[0],
    rowCosines: [d[0], d[3], d[6]],
    columnCosines: [d[1], d[4], d[7]],
    imageOrientationPatient: [d[0], d[3], d[6], d[1], d[4], d[7]],
    imagePositionPatient: g.origin,
    rowPixelSpacing: g.spacing[1],
    columnPixelSpacing: g.spacing[0],
    pixelSpacing: [g.spacing[1], g.spacing[0]],
    sliceThickness: g.spacing[2],
  };
}

metaData.addProvider((type: string, imageId: string) => {
  if (!imageId.startsWith(`${RASTER_SCHEME}:`)) return undefined;
  if (type === "imagePlaneModule") return planeModule(imageId);
  if (type === "imagePixelModule") {
    return {
      samplesPerPixel: 3,
      photometricInterpretation: "RGB",
      bitsAllocated: 8,
      bitsStored: 8,
      highBit: 7,
      pixelRepresentation: 0,
    };
  }
  if (type === "generalSeriesModule") return { modality: "XC", seriesInstanceUID: imageId };
  if (type === "voiLutModule") return { windowCenter: [127.5], windowWidth: [256] };
  return undefined;
}, 10000);

interface Decoded {
  width: number;
  height: number;
  rgb: Uint8Array;
  canvas: HTMLCanvasElement;
}

async function decode(url: string): Promise<Decoded> {
  const res = await fetch(url);
  if (!res.ok)
    throw new Error(
      `${new URL(url).pathname}: ${res.status === 404 ? "file not found" : "download failed"} (HTTP ${res.status})`,
    );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(await res.blob());
  } catch {
    throw new Error(`${new URL(url).pathname}: not a readable PNG/JPEG image`);
  }
  const { width, height } = bitmap;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("2D canvas unavailable");
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
    rgb[q] = rgba[p];
    rgb[q + 1] = rgba[p + 1];
    rgb[q + 2] = rgba[p + 2];
  }
  return { width, height, rgb, canvas };
}

/** Cornerstone image loader for `raster:<absolute URL>` ids. */
export function rasterImageLoader(imageId: string): { promise: Promise<Types.IImage> } {
  const url = imageId.slice(RASTER_SCHEME.length + 1);
  const promise = decode(url).then(({ width, height, rgb, canvas }) => {
    const voxelManager = utilities.VoxelManager.createImageVoxelManager({
      width,
      height,
      numberOfComponents: 3,
      scalarData: rgb,
    });
    const g = geometry.get(imageId);
    const image = {
      imageId,
      minPixelValue: 0,
      maxPixelValue: 255,
      slope: 1,
      intercept: 0,
      windowCenter: 127.5,
      windowWidth: 256,
      getPixelData: () => rgb,
      getCanvas: () => canvas,
      rows: height,
      columns: width,
      height,
      width,
      color: true,
      rgba: false,
      numberOfComponents: 3,
      columnPixelSpacing: g?.spacing[0] ?? 1,
      rowPixelSpacing: g?.spacing[1] ?? 1,
      invert: false,
      photometricInterpretation: "RGB",
      sizeInBytes: rgb.length,
      dataType: "Uint8Array",
      voxelManager,
    };
    return image as unknown as Types.IImage;
  });
  return { promise };
}
