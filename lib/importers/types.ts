/**
 * What every annotation importer (NIfTI labelmap + label table, DICOM SEG, RTSTRUCT, SR, NRRD, COCO…)
 * returns to the case-import CLI. Format-neutral: the CLI turns it into structures, annotators,
 * annotation sets and labelmap files of a case.
 *
 * Conventions (same as `lib/domain/model`): world coordinates are patient LPS in millimetres; voxel
 * indices are zero-based (i, j, k) with i fastest in `data`; a voxel's world position is its centre.
 * Structures are referred to by `name` inside one ImportedAnnotations (the CLI derives stable ids).
 */
import type { AnnotatorKind, GridSpec, Structure } from "../domain/model";
import type { ParseResult } from "../domain/parse-result";

/** A structure as the source names it. Colour `#rrggbb` when the source gives one (else the CLI picks). */
export interface ImportedStructure {
  name: string;
  color?: string;
  codes?: Structure["codes"];
  /** Name of the parent structure (must itself be in `structures`), e.g. lobe > gyrus. */
  parent?: string;
  synonyms?: string[];
  laterality?: Structure["laterality"];
}

/** Who made the annotations, when the file says (the CLI flags `--annotator-*` override it). */
export interface ImportedAnnotator {
  name: string;
  kind: AnnotatorKind;
  role: string;
  citation?: string;
  method?: string;
  /**
   * Set when `name` is a person's name copied from the file (the attribute it came from, e.g.
   * "ContentCreatorName"): the CLI then publishes it only when asked (`--annotator-name-from-file`).
   */
  personNameFrom?: string;
}

/** Integer label voxel arrays a labelmap may hold (i fastest, then j, then k). */
export type LabelArray =
  Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array;

/**
 * One labelmap layer: integer label values on `grid`. `labels` maps each label value > 0 present in
 * the layer to a structure name; 0 is background. Overlapping segments go in separate layers.
 */
export interface ImportedLabelmap {
  /** Short name of the layer, used for the output file name (e.g. `aal`, `seg-layer-2`). */
  name: string;
  grid: GridSpec;
  data: LabelArray;
  labels: { value: number; structure: string }[];
  /** `instance` when several label values are objects of the same structure. */
  mode?: "semantic" | "instance";
}

/** Closed polygon, vertices in world mm (LPS), first vertex not repeated. */
export interface ImportedPolygon {
  structure: string;
  points: [number, number, number][];
  /** k index on the image grid; the CLI computes it from the points when omitted. */
  slice?: number;
  hole?: boolean;
}

/** Axis-aligned box in world mm, [min, max) per axis (2D: min[2] = max[2]). */
export interface ImportedBox {
  structure: string;
  min: [number, number, number];
  max: [number, number, number];
}

export interface ImportedLandmark {
  structure: string;
  point: [number, number, number];
  label?: string;
}

export interface ImportedAnnotations {
  /** The file (or folder) the annotations came from, for messages and provenance. */
  source: string;
  structures: ImportedStructure[];
  annotator?: ImportedAnnotator;
  labelmaps: ImportedLabelmap[];
  polygons: ImportedPolygon[];
  boxes: ImportedBox[];
  landmarks: ImportedLandmark[];
  /** Free-text notes the CLI copies into SOURCE.md (e.g. "resampled nearest-neighbour"). */
  notes?: string[];
}

/**
 * Reads one annotation file. Must never throw: an unreadable or invalid file is
 * `{ ok: false, issues: [{ file, field, message }] }` naming the file and the problem.
 */
export type AnnotationReader = (path: string) => Promise<ParseResult<ImportedAnnotations>>;

/** An empty result for `source`, to be filled by a reader. */
export function emptyImportedAnnotations(source: string): ImportedAnnotations {
  return { source, structures: [], labelmaps: [], polygons: [], boxes: [], landmarks: [] };
}
