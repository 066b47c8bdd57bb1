/**
 * DICOM RT Structure Set → ImportedAnnotations.
 *
 * - Structures: every ROI (ROI Name, ROI Display Color; RT ROI Identification codes when present),
 *   also ROIs without contours.
 * - CLOSED_PLANAR contours → polygons in patient mm (LPS, as stored), last vertex dropped when it
 *   repeats the first. With a reference grid, a contour is matched to slice k by plane distance
 *   (all vertices within 0.25 slice of k); contours on slices the grid does not have are counted
 *   and reported in `notes` (not imported), as are contours not parallel to the slices. A polygon
 *   nested inside an odd number of other polygons of its ROI on its slice is marked `hole`.
 * - Labelmap (only with a reference grid): per ROI and slice, helper-1's `rasterisePolygons` rule —
 *   pixel centre inside or on the edge, polygons combined by XOR, so separate hole contours and
 *   keyhole contours both leave the hole empty. Overlapping ROIs go to separate layers.
 * - POINT contours → landmarks; OPEN_PLANAR / OPEN_NONPLANAR contours are counted in `notes`.
 */
import type { ParseResult } from "../../domain/parse-result";
import { pointInPolygon, rasterisePolygons } from "../../domain/geometry";
import type { ImportContext } from "../context";
import { makeCode } from "../codes";
import { rgbToHex } from "../../domain/colour";
import { importFail } from "../issues";
import { packSegments, type SegmentMask } from "../layers";
import {
  emptyImportedAnnotations,
  type ImportedAnnotations,
  type ImportedPolygon,
  type ImportedStructure,
} from "../types";
import { item, nums, seq, str, type DicomDataset } from "./dataset";
import { worldToIndex, type Vec3 } from "../../domain/geometry/grid";

/** Slice k of a contour when every vertex lies within `tol` slices of it; "off" / "oblique" otherwise. */
function contourSlice(ctx: ImportContext, pts: Vec3[], tol = 0.25): number | "off" | "oblique" {
  const grid = ctx.referenceGrid!;
  const ks = pts.map((p) => worldToIndex(grid, p)[2]);
  const k = Math.round(ks.reduce((a, b) => a + b, 0) / ks.length);
  if (ks.some((x) => Math.abs(x - k) > tol))
    return ks.some((x) => Math.abs(x - ks[0]) > tol) ? "oblique" : "off";
  return k >= 0 && k < grid.dims[2] ? k : "off";
}

/**
 * ", and none of its N referenced images is in the image series" when the RTSTRUCT names contour
 * images (Contour Image Sequence) and none is among `ctx.referenceImages`; "" otherwise.
 */
function unmatchedRefs(ds: DicomDataset, ctx: ImportContext): string {
  const refs = new Set<string>();
  for (const rc of seq(ds, "ROIContourSequence"))
    for (const c of seq(rc, "ContourSequence"))
      for (const im of seq(c, "ContourImageSequence")) {
        const uid = str(im, "ReferencedSOPInstanceUID");
        if (uid) refs.add(uid);
      }
  const have = new Set((ctx.referenceImages ?? []).map((r) => r.sopInstanceUid));
  if (!refs.size || !have.size || [...refs].some((u) => have.has(u))) return "";
  return `, and none of its ${refs.size} referenced images is in the image series`;
}

/** Converts a parsed RTSTRUCT dataset. `file` names every issue. */
export function parseRtstruct(
  ds: DicomDataset,
  file: string,
  ctx: ImportContext = {},
): ParseResult<ImportedAnnotations> {
  const rois = seq(ds, "StructureSetROISequence");
  if (!rois.length)
    return importFail(
      file,
      "the RTSTRUCT has no Structure Set ROI Sequence",
      "StructureSetROISequence",
    );
  const out = emptyImportedAnnotations(file);
  const nameOf = new Map<number, string>();
  for (const r of rois) {
    const n = nums(r, "ROINumber")[0];
    let name = str(r, "ROIName") || `ROI ${n}`;
    if ([...nameOf.values()].includes(name)) name = `${name} (ROI ${n})`;
    nameOf.set(n, name);
    out.structures.push({ name });
  }
  for (const o of seq(ds, "RTROIObservationsSequence")) {
    const st = out.structures.find((s) => s.name === nameOf.get(nums(o, "ReferencedROINumber")[0]));
    const c = item(o, "RTROIIdentificationCodeSequence");
    const code =
      c && makeCode(str(c, "CodingSchemeDesignator"), str(c, "CodeValue"), str(c, "CodeMeaning"));
    if (st && code) st.codes = [code];
  }
  const grid = ctx.referenceGrid;
  const counts = { closed: 0, off: 0, oblique: 0, open: 0, points: 0 };
  const byRoiSlice = new Map<string, Map<number, ImportedPolygon[]>>();
  for (const rc of seq(ds, "ROIContourSequence")) {
    const n = nums(rc, "ReferencedROINumber")[0];
    const name = nameOf.get(n);
    if (!name)
      return importFail(
        file,
        `ROI Contour Sequence refers to ROI ${n}, which is not in the Structure Set ROI Sequence`,
        "ReferencedROINumber",
      );
    const st = out.structures.find((s) => s.name === name) as ImportedStructure;
    const rgb = nums(rc, "ROIDisplayColor");
    if (rgb.length === 3) st.color = rgbToHex(rgb[0], rgb[1], rgb[2]);
    seq(rc, "ContourSequence").forEach((c) => {
      const type = str(c, "ContourGeometricType").toUpperCase();
      const data = nums(c, "ContourData");
      const pts: Vec3[] = [];
      for (let i = 0; i + 2 < data.length; i += 3) pts.push([data[i], data[i + 1], data[i + 2]]);
      if (type === "POINT") {
        counts.points++;
        for (const p of pts) out.landmarks.push({ structure: name, point: p, label: name });
        return;
      }
      if (type !== "CLOSED_PLANAR") {
        counts.open++;
        return;
      }
      counts.closed++;
      const last = pts[pts.length - 1];
      if (pts.length > 3 && last.every((v, i) => v === pts[0][i])) pts.pop();
      if (pts.length < 3) {
        counts.open++;
        return;
      }
      if (!grid) {
        out.polygons.push({ structure: name, points: pts });
        return;
      }
      const k = contourSlice(ctx, pts);
      if (k === "off" || k === "oblique") {
        counts[k]++;
        return;
      }
      const poly: ImportedPolygon = { structure: name, points: pts, slice: k };
      const slices = byRoiSlice.get(name) ?? new Map<number, ImportedPolygon[]>();
      byRoiSlice.set(name, slices);
      slices.set(k, [...(slices.get(k) ?? []), poly]);
    });
  }
  const placed = [...byRoiSlice.values()].reduce((n, m) => n + m.size, 0);
  if (grid && counts.closed > 0 && placed === 0)
    return importFail(
      file,
      `none of its ${counts.closed} closed contours lies on a slice of the image (${counts.off} off the slices, ${counts.oblique} oblique${unmatchedRefs(ds, ctx)}): it was drawn on another image`,
      "ROIContourSequence",
    );
  if (grid) {
    const plane = grid.dims[0] * grid.dims[1];
    const masks: SegmentMask[] = [];
    for (const st of out.structures) {
      const slices = [
        ...(byRoiSlice.get(st.name) ?? new Map<number, ImportedPolygon[]>()).entries(),
      ].sort((a, b) => a[0] - b[0]);
      const idx: number[] = [];
      for (const [k, polys] of slices) {
        const flat = polys.map((p) => p.points.map((q) => worldToIndex(grid, q).slice(0, 2)));
        polys.forEach((p, i) => {
          const depth = flat.filter(
            (other, j) => j !== i && pointInPolygon(flat[i][0], other),
          ).length;
          if (depth % 2 === 1) p.hole = true;
          out.polygons.push(p);
        });
        const m = rasterisePolygons(grid, k, polys);
        for (let p = 0; p < m.data.length; p++) if (m.data[p]) idx.push(k * plane + p);
      }
      masks.push({ structure: st.name, voxels: Uint32Array.from(idx) });
    }
    out.labelmaps = packSegments(grid, masks, "rtstruct");
  }
  out.notes = [
    `RTSTRUCT '${str(ds, "StructureSetLabel")}': ${rois.length} ROIs, ${counts.closed} closed contours`,
    ...(grid ? [] : ["no reference grid given: polygons kept in patient mm, no labelmap built"]),
    ...(counts.off
      ? [
          `${counts.off} of ${counts.closed} closed contours lie on slices absent from the reference image and were not imported`,
        ]
      : []),
    ...(counts.oblique
      ? [`${counts.oblique} contours are not parallel to the image slices and were not imported`]
      : []),
    ...(counts.open
      ? [`${counts.open} open or degenerate contours were not imported (no inside)`]
      : []),
    ...(counts.points ? [`${counts.points} POINT contours imported as landmarks`] : []),
  ];
  return { ok: true, value: out };
}
