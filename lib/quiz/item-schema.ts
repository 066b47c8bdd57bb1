/**
 * Quiz item schemas (zod). Items live in `content/cases/<case>/quizzes/*.json` (spatial items and
 * case-bound multiple choice) or `content/quizzes/*.json` (multiple choice not tied to a case); see
 * docs/quiz-items.md. MDX refers to an item by its `id` only.
 *
 * Units: every tolerance is in millimetres of world space (LPS); `slice` is the zero-based index
 * along the item's `plane` normal on the case's reference grid (k for axial items). Thresholds (`passDice`, `passIou`) are fractions 0–1.
 */
import "../zod-jitless";
import { z } from "zod";
import { idSchema } from "../domain/model/primitives";

const baseItem = {
  id: idSchema,
  /** The question as shown to the student (plain text, one or two sentences). */
  prompt: z.string().min(1),
  /** Written by the author; shown after an answer (correct or not). */
  explanation: z.string().optional(),
  /** Free tags for filtering practice sets (e.g. `neuro`, `cortex`). */
  tags: z.array(z.string().min(1)).default([]),
};

/** Where the student answers: a fixed slice, or a target slice they must find (slice error graded). */
const spatialBase = {
  ...baseItem,
  /** Case id (folder under content/cases). Filled from the folder for case quiz files. */
  case: idSchema,
  /** Structure id of the case's vocabulary that the item is about. */
  structure: idSchema,
  /** Annotation set id holding the reference (default: the first set that annotates `structure`). */
  annotationSet: idSchema.optional(),
  /**
   * The plane the student answers in (default axial). `slice`, a drawn answer's slice and the
   * error map are then along this plane's normal axis (lib/domain/geometry/plane-grid).
   */
  plane: z.enum(["axial", "coronal", "sagittal"]).default("axial"),
  /** Target slice (zero-based) along the plane's normal. Default: where the structure is largest. */
  slice: z.number().int().nonnegative().optional(),
  /** `true`: the viewer opens elsewhere and the student scrolls to the slice; slice error is graded. */
  findSlice: z.boolean().default(false),
  /** With `findSlice`: largest accepted distance (mm) between the answered and the target slice. */
  sliceToleranceMm: z.number().nonnegative().default(2),
};

export const mcqOptionSchema = z.object({
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this option is right or wrong; shown for the options the student picked. */
  explanation: z.string().optional(),
});

export const mcqItemSchema = z
  .object({
    ...baseItem,
    type: z.literal("mcq"),
    /** Optional case shown above the question (navigate mode). */
    case: idSchema.optional(),
    options: z.array(mcqOptionSchema).min(2),
    /** Shuffle options per attempt (seeded by item id). */
    shuffle: z.boolean().default(false),
  })
  .refine((i) => i.options.some((o) => o.correct), {
    message: "at least one option must be correct",
    path: ["options"],
  });

export const nameItemSchema = z.object({
  ...spatialBase,
  type: z.literal("name"),
  /** `type`: free text (synonyms and typos accepted); `pick`: choose among `choices`. */
  mode: z.enum(["type", "pick"]).default("type"),
  /** Structure ids offered in `pick` mode besides the answer (distractors). */
  choices: z.array(idSchema).default([]),
  /** Extra accepted answers besides the structure's name and synonyms. */
  accept: z.array(z.string().min(1)).default([]),
});

/** Box pass mark when the item gives none and the structure has a single rater. */
export const DEFAULT_PASS_IOU = 0.5;
/** Landmark tolerance (mm) when the item gives none and the structure has a single rater. */
export const DEFAULT_LANDMARK_TOLERANCE_MM = 3;

export const clickItemSchema = z.object({
  ...spatialBase,
  type: z.literal("click"),
  /** A click within this distance (mm) of the structure still counts. Default 0 (must be inside). */
  toleranceMm: z.number().nonnegative().default(0),
});

export const landmarkItemSchema = z.object({
  ...spatialBase,
  type: z.literal("landmark"),
  /**
   * Largest accepted distance (mm, 3D) between the placed point and the expert landmark. Default:
   * from the raters' spread when ≥ 2 raters placed it, else {@link DEFAULT_LANDMARK_TOLERANCE_MM}.
   */
  toleranceMm: z.number().positive().optional(),
});

export const boxItemSchema = z.object({
  ...spatialBase,
  type: z.literal("box"),
  /**
   * Pass when the 2D intersection-over-union on the slice is at least this (0–1). Default: from the
   * raters' spread (lowest leave-one-out IoU) when ≥ 2 raters, else {@link DEFAULT_PASS_IOU}.
   */
  passIou: z.number().min(0).max(1).optional(),
});

export const outlineItemSchema = z.object({
  ...spatialBase,
  type: z.literal("outline"),
  /** Pass threshold on Dice (0–1). Default: from the experts' spread when ≥ 2 annotators, else 0.7. */
  passDice: z.number().min(0).max(1).optional(),
  /** Tolerance (mm) of the normalised surface distance (NSD). */
  nsdToleranceMm: z.number().positive().default(2),
});

/**
 * "Measure" items (biometry): the student draws an ellipse (circumference or area) or a caliper
 * line (length) on the slice; the value in mm (mm² for area) is graded against the reference
 * value within the stated tolerance, and an ellipse also against the reference mask by Dice.
 * Cross-field rules (tool/quantity pairing, exactly one tolerance) in `measureItemIssue`.
 */
export const measureItemSchema = z.object({
  ...spatialBase,
  type: z.literal("measure"),
  /** `ellipse`: the student draws an ellipse; `line`: a caliper line between two points. */
  tool: z.enum(["ellipse", "line"]),
  /** Ellipse: `circumference` (mm, Ramanujan II) or `area` (mm²); line: `length` (mm). */
  quantity: z.enum(["circumference", "area", "length"]),
  /**
   * Line items: the axis of the ellipse fitted to the reference mask that is the reference line
   * (`minor`: e.g. the biparietal diameter of a head ellipse; `major`: occipitofrontal).
   */
  axis: z.enum(["minor", "major"]).optional(),
  /**
   * The reference value (mm; mm² for area), e.g. the HC18 CSV head circumference. Default: the
   * value of the ellipse fitted to the reference mask (lib/domain/geometry `ellipseFromMask`).
   */
  referenceValue: z.number().positive().optional(),
  /** Where `referenceValue` comes from (shown in the feedback). */
  referenceSource: z.string().min(1).optional(),
  /** Accepted absolute error in mm (not for area). Give this or `tolerancePct`. */
  toleranceMm: z.number().positive().optional(),
  /** Accepted error in % of the reference value. Give this or `toleranceMm`. */
  tolerancePct: z.number().positive().max(100).optional(),
  /** Why this tolerance (the published reproducibility it rests on); shown in the feedback. */
  toleranceSource: z.string().min(1),
  /** Ellipse items: the Dice against the reference mask needed to pass (0–1). */
  passDice: z.number().min(0).max(1).default(0.8),
  /** Line items: largest distance (mm) from each caliper end to its reference end (default: the length tolerance). */
  endpointToleranceMm: z.number().positive().optional(),
});

/** A cross-field problem of a measure item (field and reason), or null. */
export function measureItemIssue(i: MeasureItem): { field: string; message: string } | null {
  if ((i.tool === "line") !== (i.quantity === "length"))
    return {
      field: "quantity",
      message: `a ${i.tool} measures ${i.tool === "line" ? "length" : "circumference or area"}, not ${i.quantity}`,
    };
  if (i.tool === "line" && !i.axis)
    return { field: "axis", message: "a line item needs the reference axis (minor or major)" };
  if ((i.toleranceMm === undefined) === (i.tolerancePct === undefined))
    return { field: "toleranceMm", message: "give exactly one of toleranceMm and tolerancePct" };
  if (i.quantity === "area" && i.toleranceMm !== undefined)
    return { field: "toleranceMm", message: "an area is in mm²: give its tolerance in %" };
  return null;
}

export const quizItemSchema = z.discriminatedUnion("type", [
  mcqItemSchema,
  nameItemSchema,
  clickItemSchema,
  landmarkItemSchema,
  boxItemSchema,
  outlineItemSchema,
  measureItemSchema,
]);
export type QuizItem = z.infer<typeof quizItemSchema>;
export type McqItem = z.infer<typeof mcqItemSchema>;
export type NameItem = z.infer<typeof nameItemSchema>;
export type ClickItem = z.infer<typeof clickItemSchema>;
export type LandmarkItem = z.infer<typeof landmarkItemSchema>;
export type BoxItem = z.infer<typeof boxItemSchema>;
export type OutlineItem = z.infer<typeof outlineItemSchema>;
export type MeasureItem = z.infer<typeof measureItemSchema>;
export type SpatialItem = NameItem | ClickItem | LandmarkItem | BoxItem | OutlineItem | MeasureItem;
export type QuizItemType = QuizItem["type"];

/** True for every item answered on an image of a case (all types but multiple choice). */
export function isSpatialItem(item: QuizItem): item is SpatialItem {
  return item.type !== "mcq";
}
