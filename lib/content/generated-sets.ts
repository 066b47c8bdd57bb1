/**
 * Server-side: the items of a generated `<QuizSet>` (or a practice page) from a case — the seeded
 * generator (lib/quiz/practice-set) over the structures generated sets may use, placed on the slice
 * where each is largest, with prompts worded from each reference's shape. Node only (reads the
 * labelmaps under `public/`).
 */
import type { LoadedCase } from "./case-store";
import { practiceShapes, practiceSlices, publicDir } from "./quiz-slices";
import { generatePracticeSet, practiceItem, type PracticeItemType } from "../quiz/practice-set";
import type { QuizItem } from "../quiz/item-schema";
import type { QuizSetTagProps } from "./lesson-items";
import type { ViewPlane } from "../domain/model/case-view";

const TYPES: PracticeItemType[] = ["click", "name", "outline"];

/** Item types named in a comma list (default click); unknown names are ignored. */
export function practiceTypes(types?: string): PracticeItemType[] {
  return (types ?? "click")
    .split(",")
    .map((t) => t.trim())
    .filter((t): t is PracticeItemType => TYPES.includes(t as PracticeItemType));
}

/** Click and name items need a segmentation of the structure; outlines take polygons too. */
function supportsOf(c: LoadedCase): (structure: string, type: PracticeItemType) => boolean {
  const segmented = new Set(
    c.annotationSets.flatMap((s) =>
      s.annotations.filter((a) => a.type === "segmentation").map((a) => a.structure),
    ),
  );
  return (structure, type) => type === "outline" || segmented.has(structure);
}

/** The generated set of `props` (seed default "default") on case `c`. */
export function generatedSet(
  c: LoadedCase,
  props: Omit<QuizSetTagProps, "case" | "items">,
  pub = publicDir(),
): QuizItem[] {
  const plane = planeOf(props.plane);
  return generatePracticeSet({
    caseId: c.manifest.id,
    structures: c.manifest.structures,
    largestSlice: practiceSlices(c.annotationSets, pub, plane),
    shapes: practiceShapes(c.annotationSets, pub, plane),
    supports: supportsOf(c),
    seed: props.seed ?? "default",
    count: props.count,
    types: practiceTypes(props.types),
    under: props.under,
    plane,
  });
}

/** The plane a `<QuizSet plane="…">` names: coronal or sagittal, else axial. */
export function planeOf(plane?: string): ViewPlane {
  return plane === "coronal" || plane === "sagittal" ? plane : "axial";
}

/**
 * One generated item (type, structure, plane) of case `c`, or undefined when generated sets
 * exclude it or the case has one plane only (a 2D image) and `plane` is another.
 */
export function generatedItem(
  c: LoadedCase,
  type: PracticeItemType,
  structure: string,
  pub = publicDir(),
  plane: ViewPlane = "axial",
): QuizItem | undefined {
  if (plane !== "axial" && c.manifest.grid.dims[2] === 1) return undefined;
  const s = c.manifest.structures.find((x) => x.id === structure);
  const slice = practiceSlices(c.annotationSets, pub, plane).get(structure);
  if (!s || slice === undefined || !supportsOf(c)(structure, type)) return undefined;
  const lateralised = c.manifest.structures.some(
    (x) => x.laterality === "left" || x.laterality === "right",
  );
  const shape = practiceShapes(c.annotationSets, pub, plane).get(structure);
  return practiceItem(c.manifest.id, type, s, slice, undefined, shape, lateralised, plane);
}
