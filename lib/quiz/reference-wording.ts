/**
 * Honest words for the reference an answer is graded against. Feedback says "the experts'" only
 * when the reference annotator is an expert atlas; a clinician's annotation (one rater, e.g. the
 * HC18 sonographer) is "the clinician's"; otherwise it names what the reference is (an
 * algorithm's mask, an illustrative annotation, a trainee's, the crowd's).
 * Lengths are in mm when the image has a physical pixel size, in pixels when it has none.
 */
import type { AnnotatorKind } from "../domain/model/annotator";

/** Possessive noun phrase of the reference: `the experts'`, `the algorithm's`, … */
export function referenceOwner(kind: AnnotatorKind | undefined): string {
  switch (kind) {
    case "expert-atlas":
      return "the experts'";
    case "clinician":
      return "the clinician's";
    case "algorithm":
      return "the algorithm's";
    case "trainee":
      return "the trainee's";
    case "researcher":
      return "the raters'";
    case "crowd":
      return "the crowd's";
    case "illustrative":
      return "the illustrative";
    default:
      return "the reference";
  }
}

/** Plural noun for several annotators of these kinds: `experts` when all are expert, else `annotators`. */
export function annotatorsNoun(kinds: readonly (AnnotatorKind | undefined)[]): string {
  return kinds.length > 0 && kinds.every((k) => k === "expert-atlas" || k === "clinician")
    ? "experts"
    : "annotators";
}

/** Unit of world lengths in a case: `px` for a raster image without a known pixel size, else `mm`. */
export type LengthUnit = "mm" | "px";
