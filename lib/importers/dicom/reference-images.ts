/**
 * Reference images (and their grid) from a DICOM image series, for matching SEG frames, RTSTRUCT
 * contours and SR coordinates. Slices are sorted along the normal of Image Orientation (Patient);
 * the slice spacing is the smallest gap between consecutive positions (a single slice uses
 * Spacing Between Slices, else Slice Thickness, else 1 mm). Positions must lie on that lattice.
 */
import { readFile } from "node:fs/promises";
import type { GridSpec } from "../../domain/model";
import type { ParseResult } from "../../domain/parse-result";
import type { ReferenceImage } from "../context";
import { errorMessage, importFail } from "../issues";
import { nums, silenceDcmjs, str, type DicomDataset } from "./dataset";
import { cross, dot } from "./plane";
import { type Vec3 } from "../../domain/geometry/grid";
import dcmjs from "dcmjs";

/** Header of one image file (pixel data not read). */
async function header(file: string): Promise<ParseResult<DicomDataset>> {
  silenceDcmjs();
  try {
    const b = await readFile(file);
    const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    const dict = dcmjs.data.DicomMessage.readFile(ab, { untilTag: "7FE00010" });
    return { ok: true, value: dcmjs.data.DicomMetaDictionary.naturalizeDataset(dict.dict) };
  } catch (e) {
    return importFail(file, `unreadable DICOM image: ${errorMessage(e)}`);
  }
}

/** Reads the headers of `files` (one slice each) into reference images with `slice` set, plus the grid. */
export async function dicomReferenceImages(
  files: string[],
): Promise<ParseResult<{ images: ReferenceImage[]; grid: GridSpec }>> {
  const heads: { file: string; ds: DicomDataset }[] = [];
  for (const f of files) {
    const h = await header(f);
    if (!h.ok) return h;
    heads.push({ file: f, ds: h.value });
  }
  if (!heads.length) return importFail("", "no reference image files given");
  const first = heads[0];
  const ori = nums(first.ds, "ImageOrientationPatient");
  const sp = nums(first.ds, "PixelSpacing");
  if (ori.length !== 6 || sp.length !== 2)
    return importFail(
      first.file,
      "image lacks Image Orientation (Patient) or Pixel Spacing",
      "ImageOrientationPatient",
    );
  const normal = cross(ori.slice(0, 3), ori.slice(3));
  const images: (ReferenceImage & { d: number })[] = [];
  for (const { file, ds } of heads) {
    const pos = nums(ds, "ImagePositionPatient");
    if (pos.length !== 3)
      return importFail(file, "image lacks Image Position (Patient)", "ImagePositionPatient");
    images.push({
      sopInstanceUid: str(ds, "SOPInstanceUID"),
      positionMm: pos as Vec3,
      orientation: ori as ReferenceImage["orientation"],
      pixelSpacingMm: [sp[0], sp[1]],
      rows: nums(ds, "Rows")[0],
      columns: nums(ds, "Columns")[0],
      d: dot(pos, normal),
    });
  }
  images.sort((a, b) => a.d - b.d);
  const gaps = images
    .slice(1)
    .map((im, i) => im.d - images[i].d)
    .filter((g) => g > 1e-3);
  const step = gaps.length
    ? Math.min(...gaps)
    : (nums(first.ds, "SpacingBetweenSlices")[0] ?? nums(first.ds, "SliceThickness")[0] ?? 1);
  images.forEach((im) => (im.slice = Math.round((im.d - images[0].d) / step)));
  const o = images[0].positionMm;
  const grid: GridSpec = {
    dims: [images[0].columns ?? 1, images[0].rows ?? 1, images[images.length - 1].slice! + 1],
    spacing: [sp[1], sp[0], step],
    origin: [o[0], o[1], o[2]],
    direction: [ori[0], ori[3], normal[0], ori[1], ori[4], normal[1], ori[2], ori[5], normal[2]],
  };
  return { ok: true, value: { images: images.map(({ d: _d, ...im }) => im), grid } };
}
