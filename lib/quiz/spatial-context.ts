/**
 * What spatial grading needs about a case: the reference grid, the vocabulary, the item's reference
 * annotations (and other annotators' for the experts' spread), and the decoded labelmaps they use.
 * Plus helpers to read a structure's mask on one slice and the structure under a voxel.
 */
import { displayName } from "../domain/names/vocabulary";
import type { Annotation } from "../domain/model/annotation-set";
import type { Structure } from "../domain/model/case-manifest";
import type { GridSpec } from "../domain/model/primitives";
import { rasterisePolygons } from "../domain/geometry/polygon";
import type { Mask } from "../domain/geometry/mask";
import type { ItemReference } from "./reference-check";
import type { AnnotatorKind } from "../domain/model/annotator";
import type { LengthUnit } from "./reference-wording";

export interface SpatialContext {
  grid: GridSpec;
  structures: readonly Structure[];
  /** The item's reference (see `referenceFor`). */
  reference: ItemReference;
  /** Other annotators' references for the same structure (experts' spread); may be empty. */
  others: readonly ItemReference[];
  /** Decoded labelmaps by site path (i fastest, on `grid`). */
  labelmaps: ReadonlyMap<string, ArrayLike<number>>;
  /** The slice the item targets (zero-based k). */
  targetSlice: number;
  /** Annotator kind of the reference set and of `others` (same order); decides "experts'" wording. */
  referenceKind?: AnnotatorKind;
  otherKinds?: readonly (AnnotatorKind | undefined)[];
  /** True when `reference` is an adjudicated set chosen over the raters (`others`). */
  adjudicated?: boolean;
  /** World length unit of the case (default mm). */
  unit?: LengthUnit;
}

/** Site paths of every labelmap the references of an item use (to load before grading). */
export function labelmapPaths(refs: readonly ItemReference[], includeWholeSet = false): string[] {
  const out = new Set<string>();
  for (const r of refs)
    for (const a of includeWholeSet ? r.set.annotations : r.annotations)
      if (a.type === "segmentation") out.add(a.labelmap);
  return [...out];
}

/**
 * One-slice mask (nx × ny × 1) of the union of `annotations` on slice `k`: segmentation voxels with
 * the annotation's label, and polygons lying on slice k (rasterised with the domain rule, XOR of
 * holes). Boxes and landmarks contribute nothing. A labelmap missing from `labelmaps` contributes
 * nothing. `k` outside the grid gives an empty mask.
 */
export function sliceMask(
  grid: GridSpec,
  annotations: readonly Annotation[],
  labelmaps: ReadonlyMap<string, ArrayLike<number>>,
  k: number,
): Mask {
  const [nx, ny, nz] = grid.dims;
  const n = nx * ny;
  const data = new Uint8Array(n);
  const mask: Mask = { grid: { dims: [nx, ny, 1], spacing: [...grid.spacing] }, data };
  if (!Number.isInteger(k) || k < 0 || k >= nz) return mask;
  for (const a of annotations) {
    if (a.type !== "segmentation") continue;
    const lm = labelmaps.get(a.labelmap);
    if (!lm) continue;
    const base = k * n;
    for (let p = 0; p < n; p++) if (lm[base + p] === a.label) data[p] = 1;
  }
  const polys = annotations.filter((a) => a.type === "polygon" && a.slice === k);
  if (polys.length) {
    const r = rasterisePolygons(
      grid,
      k,
      polys.map((p) =>
        p.type === "polygon" ? { points: p.points, hole: p.hole } : { points: [] },
      ),
    );
    for (let p = 0; p < n; p++) if (r.data[p]) data[p] = 1;
  }
  return mask;
}

/**
 * Structure id whose segmentation (among `annotations`) covers linear voxel index `p`, or
 * undefined. The first matching annotation wins (annotation-set order).
 */
export function structureAt(
  annotations: readonly Annotation[],
  labelmaps: ReadonlyMap<string, ArrayLike<number>>,
  p: number,
): string | undefined {
  for (const a of annotations) {
    if (a.type !== "segmentation") continue;
    const lm = labelmaps.get(a.labelmap);
    if (lm && lm[p] === a.label) return a.structure;
  }
  return undefined;
}

/**
 * Name of a structure id for sentences: the textbook name with its side ("left precentral gyrus",
 * see {@link displayName}); the id itself when unknown.
 */
export function structureName(structures: readonly Structure[], id: string): string {
  const s = structures.find((x) => x.id === id);
  return s ? displayName(s) : id;
}
