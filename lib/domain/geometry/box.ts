/**
 * Continuous box overlap. Boxes are half-open intervals [min, max) per axis in any one unit (world
 * mm for answers); no "+1" pixel convention. 2D boxes are given with 2 coordinates, or with 3 where
 * min[2] = max[2] (a box on one slice, as the annotation model writes it).
 */

export interface Box {
  min: readonly number[];
  max: readonly number[];
}

/**
 * Intersection over union of two axis-aligned boxes, in continuous coordinates:
 * IoU = vol(A ∩ B) / (vol(A) + vol(B) − vol(A ∩ B)), with vol = Π (max − min) over the axes used.
 *
 * Axes used: every axis on which at least one box has a positive extent. An axis on which both
 * boxes are flat (min = max, e.g. two 2D boxes on a slice) is ignored — the caller checks that both
 * lie on the same slice (see `sliceErrorMm`). A box flat on an axis the other box spans has zero
 * volume there, so IoU = 0. Two empty boxes (no axis used, or zero union) give IoU 0. A min > max
 * is treated as an empty extent. Result in [0, 1].
 */
export function boxIou(a: Box, b: Box): number {
  const n = Math.min(a.min.length, a.max.length, b.min.length, b.max.length);
  let inter = 1;
  let va = 1;
  let vb = 1;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const la = Math.max(0, a.max[i] - a.min[i]);
    const lb = Math.max(0, b.max[i] - b.min[i]);
    if (la === 0 && lb === 0) continue;
    used++;
    va *= la;
    vb *= lb;
    inter *= Math.max(0, Math.min(a.max[i], b.max[i]) - Math.max(a.min[i], b.min[i]));
  }
  if (used === 0) return 0;
  const union = va + vb - inter;
  return union > 0 ? inter / union : 0;
}
