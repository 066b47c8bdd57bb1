/**
 * DICOM Segmentation (SEG) → ImportedAnnotations: one structure per segment (Segment Label, colour
 * from Recommended Display CIELab Value, codes = [type, category], laterality from the type
 * modifier), labelmaps on the reference grid (overlapping segments in separate layers, so no voxel
 * is lost). Frame placement rules: see `seg-placement.ts`; pixel rules: see `seg-pixels.ts`.
 */
import type { ParseResult } from "../../domain/parse-result";
import { kebabId } from "../../domain/names/structure-id";
import type { ImportContext } from "../context";
import { lateralityOf, makeCode, type StructureCode } from "../codes";
import { dicomLabToHex } from "../colour";
import { importFail } from "../issues";
import { indicesOf, packSegments } from "../layers";
import {
  emptyImportedAnnotations,
  type ImportedAnnotations,
  type ImportedAnnotator,
  type ImportedStructure,
} from "../types";
import { item, nums, seq, str, type DicomDataset } from "./dataset";
import { segFrames } from "./seg-pixels";
import { placeSegFrames, segFrameRefs } from "./seg-placement";

function codeOf(ds: DicomDataset | undefined): StructureCode | undefined {
  return ds
    ? makeCode(str(ds, "CodingSchemeDesignator"), str(ds, "CodeValue"), str(ds, "CodeMeaning"))
    : undefined;
}

/** Structure of one Segment Sequence item. */
export function segmentStructure(s: DicomDataset): ImportedStructure {
  const name = str(s, "SegmentLabel") || `segment ${nums(s, "SegmentNumber")[0]}`;
  const st: ImportedStructure = { name };
  const lab = nums(s, "RecommendedDisplayCIELabValue");
  if (lab.length === 3) st.color = dicomLabToHex(lab);
  const type = item(s, "SegmentedPropertyTypeCodeSequence");
  const codes = [codeOf(type), codeOf(item(s, "SegmentedPropertyCategoryCodeSequence"))].filter(
    (c): c is StructureCode => !!c,
  );
  if (codes.length) st.codes = codes;
  const lat = lateralityOf(
    str(item(type, "SegmentedPropertyTypeModifierCodeSequence"), "CodeMeaning"),
  );
  if (lat) st.laterality = lat;
  return st;
}

function annotatorOf(ds: DicomDataset, segments: DicomDataset[]): ImportedAnnotator | undefined {
  const types = new Set(segments.map((s) => str(s, "SegmentAlgorithmType").toUpperCase()));
  const algo = segments.map((s) => str(s, "SegmentAlgorithmName")).find(Boolean);
  const creator = str(ds, "ContentCreatorName").replace(/\^+/g, " ").trim();
  if (!types.has("MANUAL") && (types.has("AUTOMATIC") || types.has("SEMIAUTOMATIC")))
    return {
      name: algo || creator || "segmentation algorithm",
      kind: "algorithm",
      role: `${[...types].join("/").toLowerCase()} segmentation`,
      method: algo || undefined,
    };
  if (!creator) return undefined;
  return {
    name: creator,
    kind: "illustrative",
    role: "manual segmentation; role and credentials not stated in the file",
    method: "manual (SegmentAlgorithmType MANUAL)",
    personNameFrom: "ContentCreatorName",
  };
}

/** Converts a parsed SEG dataset. `file` names every issue. */
export function parseSeg(
  ds: DicomDataset,
  file: string,
  ctx: ImportContext = {},
): ParseResult<ImportedAnnotations> {
  if (
    ds.TotalPixelMatrixRows !== undefined ||
    seq(item(ds, "PerFrameFunctionalGroupsSequence"), "PlanePositionSlideSequence").length
  )
    return importFail(
      file,
      "slide-microscopy SEG (total pixel matrix coordinates) is not supported",
      "TotalPixelMatrixRows",
    );
  const segments = seq(ds, "SegmentSequence");
  if (!segments.length)
    return importFail(file, "the SEG has no Segment Sequence", "SegmentSequence");
  const frames = segFrames(ds, file);
  if (!frames.ok) return frames;
  const refs = segFrameRefs(ds, frames.value.length);
  const numbers = new Set(segments.map((s) => nums(s, "SegmentNumber")[0]));
  const bad = refs.findIndex((r) => !numbers.has(r.segment));
  if (bad >= 0)
    return importFail(
      file,
      `frame ${bad + 1} refers to segment ${refs[bad].segment}, which is not in the Segment Sequence`,
      "ReferencedSegmentNumber",
    );
  const placed = placeSegFrames(ds, refs, ctx, file);
  if (!placed.ok) return placed;
  const { grid, slices } = placed.value;
  const plane = grid.dims[0] * grid.dims[1];

  const out = emptyImportedAnnotations(file);
  const seen = new Map<string, number>();
  const masks = segments.map((s) => {
    const n = nums(s, "SegmentNumber")[0];
    const st = segmentStructure(s);
    if (seen.has(st.name)) st.name = `${st.name} (segment ${n})`;
    seen.set(st.name, n);
    out.structures.push(st);
    // One byte per grid voxel (not a Set or array of indices: an all-foreground 512×512×70 SEG
    // has 18 M voxels, past a JS Set's size limit); frames on the same slice merge by OR.
    const mask = new Uint8Array(plane * grid.dims[2]);
    refs.forEach((r, f) => {
      if (r.segment !== n) return;
      const m = frames.value[f];
      const base = slices[f] * plane;
      for (let p = 0; p < m.length; p++) if (m[p]) mask[base + p] = 1;
    });
    return { structure: st.name, voxels: indicesOf(mask), preferredValue: n };
  });
  const base = kebabId(str(ds, "SeriesDescription") || str(ds, "ContentLabel") || "seg", "seg");
  out.labelmaps = packSegments(grid, masks, base);
  const annotator = annotatorOf(ds, segments);
  if (annotator) out.annotator = annotator;
  out.notes = [
    `DICOM SEG (${str(ds, "SegmentationType")}), ${segments.length} segment(s), ${frames.value.length} frame(s): ${placed.value.matchedByUid} matched by Referenced SOP Instance UID, ${placed.value.matchedByPosition} by position`,
    ...placed.value.notes,
  ];
  if (out.labelmaps.length > 1)
    out.notes.push(`overlapping segments split into ${out.labelmaps.length} labelmap layers`);
  return { ok: true, value: out };
}
