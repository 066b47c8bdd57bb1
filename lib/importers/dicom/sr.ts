/**
 * DICOM SR TID 1500 (Measurement Report) → ImportedAnnotations + measurements.
 *
 * Each Measurement Group (125007) becomes: a structure named by its Finding (121071) — else its
 * Tracking Identifier, else "measurement group N" — with the finding's code and laterality from
 * the Finding Site's modifiers; numeric measurements (NUM: concept, value, UCUM unit, Derivation
 * 121401) with tracking id/UID and finding site; and geometry from every SCOORD/SCOORD3D below it:
 * POINT / MULTIPOINT → landmarks (label = tracking id); POLYGON, closed POLYLINE (last = first), and
 * an open POLYLINE of ≥ 3 points named "Image Region" (111030) → polygon; other open polylines →
 * one landmark per vertex; CIRCLE / ELLIPSE → 64-vertex polygons; ELLIPSOID → a clear error.
 * SCOORD pixel coordinates need the referenced image in `ctx.referenceImages` (0.5-pixel rule in
 * `sr-coords.ts`); a missing one is an error naming the group and the UID, never a silent skip.
 * A Referenced Segment (121191, or 121214) is listed in `notes` (import the SEG itself for the voxels).
 * Observer: Person Observer Name (121008) → annotator (kind "illustrative": credentials not stated).
 */
import type { ParseResult } from "../../domain/parse-result";
import type { ImportContext } from "../context";
import { lateralityOf, makeCode } from "../codes";
import { importFail } from "../issues";
import type { ImportedAnnotationsWithMeasurements, ImportedMeasurement } from "../measurements";
import { emptyImportedAnnotations, type ImportedStructure } from "../types";
import { item, nums, seq, str, type DicomDataset } from "./dataset";
import { circlePolygon, ellipsePolygon, pixelToWorldFor } from "./sr-coords";
import {
  children,
  codeOfItem,
  conceptCode,
  conceptName,
  descendants,
  numOf,
  srText,
} from "./sr-tree";
import { cross, sliceIndexOf } from "./plane";
import { type Vec3 } from "../../domain/geometry/grid";

const MEASUREMENT_GROUP = "125007";
const TRACKING_ID = "112039";
const TRACKING_UID = "112040";
const FINDING = "121071";
const FINDING_SITES = new Set(["363698007", "G-C0E3"]);
const DERIVATION = "121401";
const IMAGE_REGION = "111030";
const OBSERVER_NAME = "121008";
const REFERENCED_SEGMENT = new Set(["121191", "121214"]); // Referenced Segment, Referenced Segmentation Frame

type Geometry = { kind: "points"; points: Vec3[] } | { kind: "polygon"; points: Vec3[] };

function geometry(it: DicomDataset, ctx: ImportContext): Geometry | string {
  const vt = str(it, "ValueType");
  const type = str(it, "GraphicType").toUpperCase();
  const g = nums(it, "GraphicData");
  let pts: Vec3[] = [];
  let normal: Vec3 = [0, 0, 1];
  if (vt === "SCOORD3D") {
    for (let i = 0; i + 2 < g.length; i += 3) pts.push([g[i], g[i + 1], g[i + 2]]);
  } else {
    const uid = str(
      item(
        children(it).find((c) => str(c, "ValueType") === "IMAGE"),
        "ReferencedSOPSequence",
      ),
      "ReferencedSOPInstanceUID",
    );
    if (!uid) return "SCOORD without a selected-from IMAGE reference";
    const map = pixelToWorldFor(uid, ctx);
    if (typeof map === "string") return `SCOORD ${map}`;
    for (let i = 0; i + 1 < g.length; i += 2) pts.push(map(g[i], g[i + 1]));
    const o = ctx.referenceImages?.find((r) => r.sopInstanceUid === uid)?.orientation;
    if (o) normal = cross(o.slice(0, 3), o.slice(3));
  }
  if (!pts.length) return `${vt} ${type} has no coordinates`;
  const closed =
    pts.length > 3 && pts[0].every((v, r) => Math.abs(v - pts[pts.length - 1][r]) < 1e-9);
  switch (type) {
    case "POINT":
    case "MULTIPOINT":
      return { kind: "points", points: pts };
    case "POLYGON":
      if (closed) pts = pts.slice(0, -1);
      return { kind: "polygon", points: pts };
    case "POLYLINE":
      if (closed) return { kind: "polygon", points: pts.slice(0, -1) };
      if (pts.length >= 3 && conceptCode(it) === IMAGE_REGION)
        return { kind: "polygon", points: pts };
      return { kind: "points", points: pts };
    case "CIRCLE":
      if (pts.length !== 2) return "CIRCLE needs 2 points";
      return { kind: "polygon", points: circlePolygon(pts[0], pts[1], normal) };
    case "ELLIPSE":
      if (pts.length !== 4) return "ELLIPSE needs 4 points";
      return { kind: "polygon", points: ellipsePolygon(pts[0], pts[1], pts[2], pts[3]) };
    default:
      return `graphic type ${type} is not supported`;
  }
}

/** Converts a parsed Comprehensive/Enhanced SR holding a TID 1500 report. */
export function parseSr(
  ds: DicomDataset,
  file: string,
  ctx: ImportContext = {},
): ParseResult<ImportedAnnotationsWithMeasurements> {
  const root = seq(ds, "ContentSequence");
  const groups = [...descendants(root)].filter(
    (it) => str(it, "ValueType") === "CONTAINER" && conceptCode(it) === MEASUREMENT_GROUP,
  );
  if (!groups.length)
    return importFail(
      file,
      "no Measurement Group (TID 1501, code 125007) found: not a TID 1500 measurement report?",
      "ContentSequence",
    );
  const out: ImportedAnnotationsWithMeasurements = {
    ...emptyImportedAnnotations(file),
    measurements: [],
  };
  const observer = root.find((it) => conceptCode(it) === OBSERVER_NAME);
  if (observer && srText(observer))
    out.annotator = {
      name: srText(observer),
      kind: "illustrative",
      role: "observer named in the SR; role and credentials not stated",
      method: "DICOM SR TID 1500 measurement report",
    };
  const lines: string[] = [];
  for (const [gi, group] of groups.entries()) {
    const kids = children(group);
    const find = (code: string | Set<string>) =>
      kids.find((c) =>
        typeof code === "string" ? conceptCode(c) === code : code.has(conceptCode(c)),
      );
    const trackingId = (find(TRACKING_ID) && srText(find(TRACKING_ID)!)) || undefined;
    const trackingUid = (find(TRACKING_UID) && srText(find(TRACKING_UID)!)) || undefined;
    const findingCode = find(FINDING) && codeOfItem(find(FINDING)!);
    const siteItem = find(FINDING_SITES);
    const siteCode = siteItem && codeOfItem(siteItem);
    const findingSite = str(siteCode, "CodeMeaning") || undefined;
    const name = str(findingCode, "CodeMeaning") || trackingId || `measurement group ${gi + 1}`;
    let st = out.structures.find((s) => s.name === name);
    if (!st) {
      st = { name } as ImportedStructure;
      const code =
        findingCode &&
        makeCode(
          str(findingCode, "CodingSchemeDesignator"),
          str(findingCode, "CodeValue"),
          str(findingCode, "CodeMeaning"),
        );
      if (code) st.codes = [code];
      const lat =
        siteItem &&
        children(siteItem)
          .map((m) => lateralityOf(str(codeOfItem(m), "CodeMeaning")))
          .find(Boolean);
      if (lat) st.laterality = lat;
      out.structures.push(st);
    }
    const label = trackingId ?? name;
    for (const it of descendants(kids)) {
      const vt = str(it, "ValueType");
      if (vt === "NUM") {
        const v = numOf(it);
        if (!v) continue;
        const deriv = children(it).find((m) => conceptCode(m) === DERIVATION);
        const m: ImportedMeasurement = {
          structure: name,
          name: conceptName(it),
          value: v.value,
          unit: v.unit,
        };
        if (trackingId) m.trackingId = trackingId;
        if (trackingUid) m.trackingUid = trackingUid;
        if (findingSite) m.findingSite = findingSite;
        if (deriv) m.derivation = str(codeOfItem(deriv), "CodeMeaning");
        out.measurements.push(m);
        lines.push(
          `${label}: ${m.name}${m.derivation ? ` (${m.derivation})` : ""} = ${m.value} ${m.unit}`,
        );
      } else if (vt === "IMAGE" && REFERENCED_SEGMENT.has(conceptCode(it))) {
        const ref = item(it, "ReferencedSOPSequence");
        const seg = nums(ref, "ReferencedSegmentNumber")[0];
        lines.push(
          `${label}: measured on segment ${seg ?? "?"} of SEG ${str(ref, "ReferencedSOPInstanceUID")}`,
        );
      } else if (vt === "SCOORD" || vt === "SCOORD3D") {
        const geo = geometry(it, ctx);
        if (typeof geo === "string")
          return importFail(
            file,
            `measurement group ${gi + 1} ('${label}'): ${geo}`,
            "GraphicData",
          );
        if (geo.kind === "points")
          geo.points.forEach((p, i) =>
            out.landmarks.push({
              structure: name,
              point: p,
              label: geo.points.length > 1 ? `${label} ${i + 1}` : label,
            }),
          );
        else {
          const k = ctx.referenceGrid
            ? sliceIndexOf(ctx.referenceGrid, geo.points[0], 0.25)
            : undefined;
          out.polygons.push({
            structure: name,
            points: geo.points,
            ...(k !== undefined ? { slice: k } : {}),
          });
        }
      }
    }
  }
  out.notes = [
    `DICOM SR TID 1500: ${groups.length} measurement group(s), ${out.measurements.length} numeric measurement(s)`,
    ...lines,
  ];
  return { ok: true, value: out };
}
