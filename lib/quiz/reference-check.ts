/**
 * Which expert annotation an item is graded against, and whether the case has it.
 * Rules: `landmark` needs a landmark annotation of the structure; `box` a box or a segmentation;
 * `outline` a segmentation or polygons; `click`, `name` and `measure` a segmentation. A measure
 * item also needs an image with a pixel spacing (a raster without one has no mm). A coronal or
 * sagittal item needs a volume and a segmentation reference (polygons lie on axial slices); measure
 * items are axial only. The annotation set is
 * `item.annotationSet` when given, else the first set (case.json order) holding a usable annotation.
 */
import { peersOf, raterPeers } from "../domain/agreement/rater-key";
import type { Annotation, AnnotationSet } from "../domain/model/annotation-set";
import type { CaseManifest } from "../domain/model/case-manifest";
import { planeAxis } from "../domain/model/case-view";
import { measureItemIssue, type SpatialItem, type QuizItem } from "./item-schema";

/** Annotation types usable as the reference of each spatial item type, in order of preference. */
export const REFERENCE_TYPES: Record<SpatialItem["type"], Annotation["type"][]> = {
  name: ["segmentation"],
  click: ["segmentation"],
  landmark: ["landmark"],
  box: ["box", "segmentation"],
  outline: ["segmentation", "polygon"],
  measure: ["segmentation"],
};

export interface ItemReference {
  set: AnnotationSet;
  /** Every usable annotation of the structure in that set (several polygons for an outline). */
  annotations: Annotation[];
}

interface CaseLike {
  manifest: CaseManifest;
  annotationSets: AnnotationSet[];
}

/**
 * Usable reference annotations of `item` in one set (empty when none): of the item's structure, or
 * of any structure in `ids` (its peers of the same concept and side, for the raters' spread).
 */
export function usableAnnotations(
  item: SpatialItem,
  set: AnnotationSet,
  ids: readonly string[] = [item.structure],
): Annotation[] {
  for (const t of REFERENCE_TYPES[item.type]) {
    const found = set.annotations.filter((a) => ids.includes(a.structure) && a.type === t);
    if (found.length) return found;
  }
  return [];
}

/** The reference of a spatial item in a case, or undefined when the case has none. */
export function referenceFor(item: SpatialItem, c: CaseLike): ItemReference | undefined {
  const sets = item.annotationSet
    ? c.annotationSets.filter((s) => s.id === item.annotationSet)
    : c.annotationSets;
  for (const set of sets) {
    const annotations = usableAnnotations(item, set);
    if (annotations.length) return { set, annotations };
  }
  return undefined;
}

/**
 * Every set with a usable reference for the item, e.g. for the raters' spread: the item's own
 * structure, else (per set) a structure of the same concept and side (`raterPeers`; e.g. AAL's
 * left precentral gyrus and the split Harvard-Oxford one). One reference per annotator (its first
 * set), so a derived copy of an annotator's labels never counts as a second rater.
 */
export function allReferences(item: SpatialItem, c: CaseLike): ItemReference[] {
  const ids = peersOf(raterPeers(c.manifest.structures), item.structure);
  const seen = new Set<string>();
  return c.annotationSets
    .map((set) => {
      const own = usableAnnotations(item, set);
      return { set, annotations: own.length ? own : usableAnnotations(item, set, ids) };
    })
    .filter((r) => {
      if (!r.annotations.length || seen.has(r.set.annotator)) return false;
      seen.add(r.set.annotator);
      return true;
    });
}

/** A content problem with an item against its case (field relative to the item), or null. */
export function referenceIssue(
  item: QuizItem,
  c: CaseLike,
): { field: string; message: string } | null {
  if (item.type === "mcq") return null;
  const structure = c.manifest.structures.find((s) => s.id === item.structure);
  if (!structure)
    return {
      field: "structure",
      message: `unknown structure "${item.structure}" in case "${c.manifest.id}"`,
    };
  if (item.annotationSet && !c.annotationSets.some((s) => s.id === item.annotationSet))
    return {
      field: "annotationSet",
      message: `unknown annotation set "${item.annotationSet}" in case "${c.manifest.id}"`,
    };
  const count = c.manifest.grid.dims[planeAxis(c.manifest.grid, item.plane)];
  if (item.plane !== "axial" && c.manifest.grid.dims[2] === 1)
    return { field: "plane", message: `a 2D image has one plane; "${item.plane}" is not one` };
  if (item.slice !== undefined && item.slice >= count)
    return {
      field: "slice",
      message: `slice ${item.slice} is outside the case grid${item.plane === "axial" ? "" : ` (${item.plane} plane)`} (0–${count - 1})`,
    };
  if (item.type === "measure") {
    if (item.plane !== "axial")
      return {
        field: "plane",
        message: `measure items are axial only (their ellipse and caliper geometry is in world x, y)`,
      };
    const img = c.manifest.image;
    if (img.kind === "raster" && !img.pixelSpacingMm)
      return {
        field: "type",
        message: `case "${c.manifest.id}" has no pixel spacing, so a measure item cannot give lengths in mm`,
      };
    const bad = measureItemIssue(item);
    if (bad) return bad;
  }
  const ref = referenceFor(item, c);
  if (item.plane !== "axial" && ref?.annotations.some((a) => a.type === "polygon"))
    return {
      field: "plane",
      message: `the reference of "${item.structure}" holds polygons, which lie on axial slices: a ${item.plane} item needs a segmentation`,
    };
  if (!ref)
    return {
      field: "structure",
      message: `case "${c.manifest.id}" has no ${REFERENCE_TYPES[item.type].join(" or ")} annotation of "${item.structure}" for a ${item.type} item`,
    };
  if (item.type === "name" && item.mode === "pick") {
    const bad = item.choices.find((id) => !c.manifest.structures.some((s) => s.id === id));
    if (bad) return { field: "choices", message: `unknown structure "${bad}" in choices` };
  }
  return null;
}
