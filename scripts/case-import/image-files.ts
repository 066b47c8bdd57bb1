/**
 * The image files of a case: volumes (NIfTI, NRRD, DICOM) become `image.nii.gz` (and
 * `image-highres.nii.gz` for `--high-res`); rasters are copied as PNG/JPEG with embedded text
 * metadata removed (pixels untouched).
 */
import path from "node:path";
import type { CaseManifest } from "../../lib/domain/model";
import { describeGrid } from "../../lib/domain/geometry/grid-compare";
import { stripRasterMetadata } from "../build-time/strip-metadata";
import type { BuildContext } from "./build-context";
import type { LoadedImage } from "./image-input";
import { niftiGz } from "./nifti-gz";

/** Adds the image files to `ctx.files` and returns the manifest's `image` entry. */
export function imageFiles(
  ctx: BuildContext,
  title: string,
  highRes?: LoadedImage,
): CaseManifest["image"] {
  const { img, pub, site } = ctx;
  if (img.kind === "volume") {
    ctx.log(`compressing image ${describeGrid(img.grid)}…`);
    ctx.files.set(`${pub}/image.nii.gz`, niftiGz(img.grid, img.data, title));
    ctx.notes.push(...(img.notes ?? []));
    const image: CaseManifest["image"] = { kind: "nifti", file: `${site}/image.nii.gz` };
    if (highRes?.kind === "volume") {
      ctx.log(`compressing high-resolution image ${describeGrid(highRes.grid)}…`);
      ctx.files.set(
        `${pub}/image-highres.nii.gz`,
        niftiGz(highRes.grid, highRes.data, `${title} (high resolution)`),
      );
      image.highResFile = `${site}/image-highres.nii.gz`;
      ctx.notes.push(
        `High-resolution view: ${path.basename(highRes.file)} (${describeGrid(highRes.grid)}); annotations refer to the reference grid only.`,
      );
    }
    return image;
  }
  const ext = img.raster.format === "png" ? "png" : "jpg";
  const stripped = stripRasterMetadata(img.bytes);
  ctx.files.set(`${pub}/image.${ext}`, stripped.bytes);
  ctx.notes.push(
    stripped.removed.length
      ? `Embedded metadata removed from ${path.basename(img.file)} (pixels untouched): ${stripped.removed.join(", ")}.`
      : `${path.basename(img.file)} carries no embedded text metadata; copied byte for byte.`,
  );
  if (!img.pixelSpacing)
    ctx.notes.push("No pixel spacing given: coordinates are in pixels (1 unit = 1 pixel), not mm.");
  return {
    kind: "raster",
    file: `${site}/image.${ext}`,
    ...(img.pixelSpacing ? { pixelSpacingMm: img.pixelSpacing } : {}),
  };
}
