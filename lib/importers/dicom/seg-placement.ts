/**
 * Where each DICOM SEG frame goes: the target grid and the k index of every frame.
 *
 * With a reference grid (the case image): a frame is matched by its Referenced SOP Instance UID to a
 * reference image, falling back to its Image Position (Patient) (plane distance ≤ 0.1 slice). Its
 * in-plane geometry must equal the grid's (same rows/columns, orientation, pixel spacing, top-left
 * pixel on the grid's i = j = 0 line): oblique or resampled SEGs are refused, not resampled.
 * Without a reference grid: the grid is built from the SEG's own frame positions (a regular slice
 * lattice along the normal of Image Orientation), or a 2D pixel grid for projection images (CR/DX)
 * whose frames carry no position.
 */
import type { GridSpec } from "../../domain/model";
import type { ParseResult } from "../../domain/parse-result";
import type { ImportContext } from "../context";
import { importFail } from "../issues";
import { item, nums, str, type DicomDataset } from "./dataset";
import { axis, cross, dot, sameDirection, sliceIndexOf } from "./plane";
import { worldToIndex, type Vec3 } from "../../domain/geometry/grid";

export interface SegFrameRef {
  segment: number;
  refUid?: string;
  position?: Vec3;
  orientation?: number[];
  pixelSpacing?: number[];
}

export interface SegPlacement {
  grid: GridSpec;
  /** k index of every frame. */
  slices: number[];
  matchedByUid: number;
  matchedByPosition: number;
  notes: string[];
}

function fg(
  ds: DicomDataset,
  frame: DicomDataset | undefined,
  seqKey: string,
): DicomDataset | undefined {
  return item(frame, seqKey) ?? item(item(ds, "SharedFunctionalGroupsSequence"), seqKey);
}

/** Per-frame segment number, referenced SOP UID, position, orientation and pixel spacing. */
export function segFrameRefs(ds: DicomDataset, frames: number): SegFrameRef[] {
  const per = (ds.PerFrameFunctionalGroupsSequence as DicomDataset[] | undefined) ?? [];
  const out: SegFrameRef[] = [];
  for (let f = 0; f < frames; f++) {
    const pf = per[f];
    const segment =
      nums(fg(ds, pf, "SegmentIdentificationSequence"), "ReferencedSegmentNumber")[0] ?? 0;
    const src = item(item(pf, "DerivationImageSequence"), "SourceImageSequence");
    const pos = nums(fg(ds, pf, "PlanePositionSequence"), "ImagePositionPatient");
    const ori = nums(fg(ds, pf, "PlaneOrientationSequence"), "ImageOrientationPatient");
    const sp = nums(fg(ds, pf, "PixelMeasuresSequence"), "PixelSpacing");
    out.push({
      segment,
      refUid: str(src, "ReferencedSOPInstanceUID") || undefined,
      position: pos.length === 3 ? (pos as Vec3) : undefined,
      orientation: ori.length === 6 ? ori : undefined,
      pixelSpacing: sp.length === 2 ? sp : undefined,
    });
  }
  return out;
}

function onReferenceGrid(
  ds: DicomDataset,
  refs: SegFrameRef[],
  ctx: ImportContext,
  file: string,
): ParseResult<SegPlacement> {
  const grid = ctx.referenceGrid!;
  const rows = nums(ds, "Rows")[0];
  const cols = nums(ds, "Columns")[0];
  if (rows !== grid.dims[1] || cols !== grid.dims[0])
    return importFail(
      file,
      `SEG frames are ${cols}×${rows} but the reference grid is ${grid.dims[0]}×${grid.dims[1]}; resampling is not supported`,
      "Rows",
    );
  const byUid = new Map<string, number>();
  for (const ri of ctx.referenceImages ?? []) {
    const k = ri.slice ?? sliceIndexOf(grid, ri.positionMm);
    if (k !== undefined) byUid.set(ri.sopInstanceUid, k);
  }
  const slices: number[] = [];
  let matchedByUid = 0;
  let matchedByPosition = 0;
  for (let f = 0; f < refs.length; f++) {
    const r = refs[f];
    if (
      r.orientation &&
      !(
        sameDirection(r.orientation.slice(0, 3), axis(grid, 0)) &&
        sameDirection(r.orientation.slice(3), axis(grid, 1))
      )
    )
      return importFail(
        file,
        `frame ${f + 1} is oblique to the reference grid (orientation ${r.orientation.join("\\")}); resampling is not supported`,
        "ImageOrientationPatient",
      );
    if (
      r.pixelSpacing &&
      (Math.abs(r.pixelSpacing[0] - grid.spacing[1]) > 1e-3 * grid.spacing[1] ||
        Math.abs(r.pixelSpacing[1] - grid.spacing[0]) > 1e-3 * grid.spacing[0])
    )
      return importFail(
        file,
        `frame ${f + 1} pixel spacing ${r.pixelSpacing.join("\\")} differs from the reference grid (${grid.spacing[1]}\\${grid.spacing[0]})`,
        "PixelSpacing",
      );
    if (r.position) {
      const [i, j] = worldToIndex(grid, r.position);
      if (Math.abs(i) > 0.05 || Math.abs(j) > 0.05)
        return importFail(
          file,
          `frame ${f + 1} top-left pixel is at grid index (${i.toFixed(2)}, ${j.toFixed(2)}), not (0, 0): the SEG is shifted against the reference image`,
          "ImagePositionPatient",
        );
    }
    let k = r.refUid ? byUid.get(r.refUid) : undefined;
    if (k !== undefined) matchedByUid++;
    else if (r.position) {
      k = sliceIndexOf(grid, r.position);
      if (k !== undefined) matchedByPosition++;
    }
    if (k === undefined)
      return importFail(
        file,
        `frame ${f + 1} (segment ${r.segment}) references ${r.refUid ?? "no image"}, which is not among the ${byUid.size} reference images, and ${r.position ? `its position ${r.position.map((x) => x.toFixed(2)).join(", ")} lies on no slice of the reference grid` : "it has no position to fall back on"}`,
        "ReferencedSOPInstanceUID",
      );
    slices.push(k);
  }
  return { ok: true, value: { grid, slices, matchedByUid, matchedByPosition, notes: [] } };
}

function ownGrid(ds: DicomDataset, refs: SegFrameRef[], file: string): ParseResult<SegPlacement> {
  const rows = nums(ds, "Rows")[0];
  const cols = nums(ds, "Columns")[0];
  const withPos = refs.filter((r) => r.position).length;
  if (withPos === 0) {
    const uids = new Set(refs.map((r) => r.refUid ?? ""));
    if (uids.size > 1)
      return importFail(
        file,
        "frames carry no position and reference several images: cannot stack them without the source images",
        "PlanePositionSequence",
      );
    const sp = refs[0]?.pixelSpacing ?? nums(ds, "PixelSpacing");
    const spacing: Vec3 = sp.length === 2 ? [sp[1], sp[0], 1] : [1, 1, 1];
    const grid: GridSpec = {
      dims: [cols, rows, 1],
      spacing,
      origin: [0, 0, 0],
      direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    const note = `projection SEG without patient positions: 2D pixel grid, ${sp.length === 2 ? "pixel spacing from the SEG" : "spacing 1 (unknown)"}`;
    return {
      ok: true,
      value: {
        grid,
        slices: refs.map(() => 0),
        matchedByUid: 0,
        matchedByPosition: 0,
        notes: [note],
      },
    };
  }
  if (withPos < refs.length)
    return importFail(
      file,
      "some frames have an Image Position (Patient) and others do not",
      "PlanePositionSequence",
    );
  const ori = refs[0].orientation;
  if (!ori)
    return importFail(
      file,
      "frames have positions but no Image Orientation (Patient)",
      "ImageOrientationPatient",
    );
  if (
    refs.some(
      (r) =>
        !r.orientation ||
        !sameDirection(r.orientation.slice(0, 3), ori.slice(0, 3)) ||
        !sameDirection(r.orientation.slice(3), ori.slice(3)),
    )
  )
    return importFail(
      file,
      "frames have different orientations: not one slice stack",
      "ImageOrientationPatient",
    );
  const rowDir = ori.slice(0, 3);
  const colDir = ori.slice(3);
  const normal = cross(rowDir, colDir);
  const sp = refs[0].pixelSpacing ?? [1, 1];
  const d = refs.map((r) => dot(r.position!, normal));
  const distinct = [...new Set(d.map((x) => Math.round(x * 1000) / 1000))].sort((a, b) => a - b);
  const shared = item(item(ds, "SharedFunctionalGroupsSequence"), "PixelMeasuresSequence");
  const gaps = distinct.slice(1).map((x, i) => x - distinct[i]);
  const step =
    nums(shared, "SpacingBetweenSlices")[0] ??
    (gaps.length ? Math.min(...gaps) : (nums(shared, "SliceThickness")[0] ?? 1));
  const d0 = distinct[0];
  const first = refs[d.indexOf(Math.min(...d))].position!;
  const slices: number[] = [];
  for (let f = 0; f < refs.length; f++) {
    const kf = (d[f] - d0) / step;
    const k = Math.round(kf);
    if (Math.abs(kf - k) > 0.1)
      return importFail(
        file,
        `frame ${f + 1} is ${(d[f] - d0).toFixed(3)} mm from the first slice, not a multiple of the slice spacing ${step} mm`,
        "ImagePositionPatient",
      );
    const p = refs[f].position!;
    const off = [p[0] - first[0], p[1] - first[1], p[2] - first[2]];
    if (Math.abs(dot(off, rowDir)) > 0.01 || Math.abs(dot(off, colDir)) > 0.01)
      return importFail(
        file,
        `frame ${f + 1} is shifted in-plane against the first frame: not one slice stack`,
        "ImagePositionPatient",
      );
    slices.push(k);
  }
  const origin: Vec3 = [first[0] + 0, first[1] + 0, first[2] + 0];
  const grid: GridSpec = {
    dims: [cols, rows, Math.max(...slices) + 1],
    spacing: [sp[1], sp[0], step],
    origin,
    direction: [
      rowDir[0],
      colDir[0],
      normal[0],
      rowDir[1],
      colDir[1],
      normal[1],
      rowDir[2],
      colDir[2],
      normal[2],
    ],
  };
  return {
    ok: true,
    value: {
      grid,
      slices,
      matchedByUid: 0,
      matchedByPosition: refs.length,
      notes: ["grid built from the SEG's own frame positions (no reference grid given)"],
    },
  };
}

/** Target grid and per-frame slice index (see file comment for the rules). */
export function placeSegFrames(
  ds: DicomDataset,
  refs: SegFrameRef[],
  ctx: ImportContext,
  file: string,
): ParseResult<SegPlacement> {
  return ctx.referenceGrid ? onReferenceGrid(ds, refs, ctx, file) : ownGrid(ds, refs, file);
}
