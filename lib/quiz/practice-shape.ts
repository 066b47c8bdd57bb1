/**
 * What generated practice items need to know about a structure beyond its slice: how its
 * reference looks there (parts, both sides of the midline) so the prompt can say so, and which
 * structures their annotation sets keep out of generated sets (`practiceExclude`). Pure.
 */
import type { AnnotationSet } from "../domain/model/annotation-set";
import { maskParts } from "./calibration/slice-shape";
import { SIGNIFICANT_PART } from "./calibration/prompt-check";

export interface ReferenceShape {
  /** Connected parts (8-connected) holding ≥ 10 % of the structure's pixels on the slice. */
  parts: number;
  /** Such parts lie on both sides of the grid's centre column (i = (nx − 1) / 2). */
  bothSides: boolean;
}

/**
 * Shape of label `label` on slice `k` of a labelmap (i fastest; dims = [nx, ny, nz]). An absent
 * label gives 0 parts. The centre column is the grid's mid-sagittal plane for an axis-aligned grid
 * (the same plane `gridCentreXmm` gives in world mm).
 */
export function labelShape(
  data: ArrayLike<number>,
  dims: readonly [number, number, number],
  label: number,
  k: number,
): ReferenceShape {
  const [nx, ny] = dims;
  const n = nx * ny;
  const m = new Uint8Array(n);
  for (let p = 0; p < n; p++) m[p] = data[k * n + p] === label ? 1 : 0;
  const parts = maskParts({ grid: { dims: [nx, ny, 1], spacing: [1, 1, 1] }, data: m });
  const total = parts.reduce((s, p) => s + p.pixels, 0);
  const big = parts.filter((p) => p.pixels >= SIGNIFICANT_PART * total);
  const mid = (nx - 1) / 2;
  return {
    parts: big.length,
    bothSides: big.some((p) => p.centroid[0] < mid) && big.some((p) => p.centroid[0] > mid),
  };
}

/**
 * Structure ids that generated sets must not use: every structure of a set with
 * `practiceExclude: "all"`, and the ids a set lists in `practiceExclude`.
 */
export function practiceExcluded(sets: readonly AnnotationSet[]): Set<string> {
  const out = new Set<string>();
  for (const set of sets) {
    const ex = set.practiceExclude;
    if (ex === "all") for (const a of set.annotations) out.add(a.structure);
    else for (const id of ex ?? []) out.add(id);
  }
  return out;
}
