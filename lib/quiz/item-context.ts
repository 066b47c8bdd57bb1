/**
 * Where a spatial item is graded and against what, from the case alone: the slice it targets and
 * the spatial context its grader needs. One definition for the browser (quiz UI), the server (item
 * pages) and the build's item calibration. Pure: labelmaps and slice statistics are passed in.
 */
import { worldToIndex } from "../domain/geometry/grid";
import { gridAlongAxis, volumeAlongAxis } from "../domain/geometry/plane-grid";
import { planeAxis, type ViewPlane } from "../domain/model/case-view";
import type { AnnotationSet } from "../domain/model/annotation-set";
import type { CaseManifest } from "../domain/model/case-manifest";
import { isSpatialItem, type QuizItem } from "./item-schema";
import { allReferences, referenceFor } from "./reference-check";
import { labelmapPaths, type SpatialContext } from "./spatial-context";

export interface CaseData {
  manifest: CaseManifest;
  annotationSets: AnnotationSet[];
}

/**
 * The slice (zero-based, along the item's plane normal; k for axial items) an item targets and
 * opens on (find-the-slice items open elsewhere but are graded here): the item's `slice`; else a
 * landmark reference's slice (rounded, clamped); else where the structure is largest in its
 * reference set in that plane (`largestIn(set, plane)`, structure id → index); else the middle
 * slice. Multiple choice items: the middle axial slice.
 */
export function itemTargetSlice(
  item: QuizItem,
  c: CaseData,
  largestIn: (set: AnnotationSet, plane: ViewPlane) => ReadonlyMap<string, number>,
): number {
  const g = c.manifest.grid;
  if (!isSpatialItem(item)) return Math.floor(g.dims[2] / 2);
  const a = planeAxis(g, item.plane);
  const middle = Math.floor(g.dims[a] / 2);
  if (item.slice !== undefined) return item.slice;
  const ref = referenceFor(item, c);
  const landmark = ref?.annotations.find((x) => x.type === "landmark");
  if (landmark?.type === "landmark") {
    const k = Math.round(worldToIndex(g, landmark.point)[a]);
    return Math.min(g.dims[a] - 1, Math.max(0, k));
  }
  const slice = ref ? largestIn(ref.set, item.plane).get(item.structure) : undefined;
  return slice ?? middle;
}

/** Site paths of the labelmaps grading `item` needs (a click also needs the whole reference set). */
export function itemLabelmapPaths(item: QuizItem, c: CaseData): string[] {
  if (!isSpatialItem(item) || item.type === "name") return [];
  const reference = referenceFor(item, c);
  if (!reference) return [];
  const others = allReferences(item, c).filter((r) => r.set.id !== reference.set.id);
  return [
    ...new Set([
      ...labelmapPaths([reference, ...others]),
      ...(item.type === "click" ? labelmapPaths([reference], true) : []),
    ]),
  ];
}

/**
 * The spatial context of a click, landmark, box or outline item (undefined for multiple choice,
 * items without a reference, and name items unless `withName`: their grader needs none, the item
 * calibration does). `labelmaps` must hold {@link itemLabelmapPaths}. A coronal or sagittal item
 * gets the plane grid of its plane and its labelmaps reordered for it (lib/domain/geometry/
 * plane-grid), so every grader's one-slice rule reads that plane's slices, in the same world mm.
 */
export function itemSpatialContext(
  item: QuizItem,
  c: CaseData,
  targetSlice: number,
  labelmaps: ReadonlyMap<string, ArrayLike<number>>,
  withName = false,
): SpatialContext | undefined {
  if (!isSpatialItem(item) || (item.type === "name" && !withName)) return undefined;
  const all = allReferences(item, c);
  const adjudicated = item.annotationSet ? undefined : all.find((r) => r.set.adjudicated);
  const reference = adjudicated && all.length >= 2 ? adjudicated : referenceFor(item, c);
  if (!reference) return undefined;
  const others = all.filter((r) => r.set.id !== reference.set.id);
  const kindOf = (set: { annotator: string }) =>
    c.manifest.annotators.find((a) => a.id === set.annotator)?.kind;
  const img = c.manifest.image;
  const a = planeAxis(c.manifest.grid, item.plane);
  const dims = c.manifest.grid.dims;
  return {
    grid: gridAlongAxis(c.manifest.grid, a),
    structures: c.manifest.structures,
    reference,
    others,
    labelmaps:
      a === 2
        ? labelmaps
        : new Map([...labelmaps].map(([k, v]) => [k, volumeAlongAxis(v, dims, a)])),
    targetSlice,
    referenceKind: kindOf(reference.set),
    otherKinds: others.map((r) => kindOf(r.set)),
    ...(reference === adjudicated ? { adjudicated: true } : {}),
    unit: img.kind === "raster" && !img.pixelSpacingMm ? "px" : "mm",
  };
}
