/**
 * A tiny synthetic case for the spatial grading tests: grid 10 × 10 × 3, spacing 1 × 1 × 2 mm,
 * identity direction, origin (0, 0, 0), so voxel (i, j, k) has its centre at world (i, j, 2k) mm.
 * Structure "a" (label 1): i 2–4, j 2–4 on slice k = 1 (9 voxels). Structure "b" (label 2): i 6–7,
 * j 6–7 on k = 1. A second annotator ("rater2") draws "a" as i 2–4, j 2–3 (6 voxels). Landmark "lm"
 * at (5, 5, 2) mm.
 */
import { annotationSetSchema, structureSchema, type GridSpec } from "@/lib/domain/model";
import { referenceFor, allReferences } from "@/lib/quiz/reference-check";
import type { SpatialItem } from "@/lib/quiz/item-schema";
import type { SpatialContext } from "@/lib/quiz/spatial-context";

export const grid: GridSpec = {
  dims: [10, 10, 3],
  spacing: [1, 1, 2],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};

function labels(fill: (i: number, j: number, k: number) => number): Uint8Array {
  const d = new Uint8Array(300);
  for (let k = 0; k < 3; k++)
    for (let j = 0; j < 10; j++)
      for (let i = 0; i < 10; i++) d[i + 10 * (j + 10 * k)] = fill(i, j, k);
  return d;
}
const r1 = labels((i, j, k) =>
  k !== 1
    ? 0
    : i >= 2 && i <= 4 && j >= 2 && j <= 4
      ? 1
      : i >= 6 && i <= 7 && j >= 6 && j <= 7
        ? 2
        : 0,
);
const r2 = labels((i, j, k) => (k === 1 && i >= 2 && i <= 4 && j >= 2 && j <= 3 ? 1 : 0));
export const labelmaps = new Map<string, Uint8Array>([
  ["/cases/t/r1.nii.gz", r1],
  ["/cases/t/r2.nii.gz", r2],
]);

export const structures = ["a", "b", "lm"].map((id) =>
  structureSchema.parse({
    id: `${id}${id}`,
    name: `Structure ${id.toUpperCase()}`,
    color: "#ffffff",
  }),
);

export const sets = [
  annotationSetSchema.parse({
    id: "rater1",
    annotator: "rater1",
    annotations: [
      { type: "segmentation", structure: "aa", labelmap: "/cases/t/r1.nii.gz", label: 1 },
      { type: "segmentation", structure: "bb", labelmap: "/cases/t/r1.nii.gz", label: 2 },
      { type: "landmark", structure: "lmlm", point: [5, 5, 2] },
    ],
  }),
  annotationSetSchema.parse({
    id: "rater2",
    annotator: "rater2",
    annotations: [
      { type: "segmentation", structure: "aa", labelmap: "/cases/t/r2.nii.gz", label: 1 },
    ],
  }),
];

/** Spatial context of `item` on this case; `withSecondRater` adds rater2 as another expert. */
export function ctxFor(
  item: SpatialItem,
  withSecondRater = false,
  targetSlice = 1,
  who: Pick<SpatialContext, "referenceKind" | "unit"> = { referenceKind: "expert-atlas" },
): SpatialContext {
  const c = {
    manifest: { structures } as never,
    annotationSets: withSecondRater ? sets : [sets[0]],
  };
  const reference = referenceFor(item, c);
  if (!reference) throw new Error("fixture: no reference");
  const others = allReferences(item, c).filter((r) => r.set.id !== reference.set.id);
  return {
    grid,
    structures,
    reference,
    others,
    labelmaps,
    targetSlice,
    referenceKind: who.referenceKind,
    otherKinds: others.map(() => who.referenceKind),
    unit: who.unit,
  };
}
