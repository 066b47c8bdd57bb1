/**
 * Quiz item schemas (zod). Items live in `content/cases/<case>/quizzes/*.json` (spatial items and
 * case-bound multiple choice) or `content/quizzes/*.json` (multiple choice not tied to a case); see
 * docs/quiz-items.md. MDX refers to an item by its `id` only.
 *
 * Units: every tolerance is in millimetres of world space (LPS); `slice` is the zero-based k index
 * on the case's reference grid. Thresholds (`passDice`, `passIou`) are fractions 0–1.
 */
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
  /** Target axial slice k (zero-based). Default: the slice where the structure is largest. */
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

export const clickItemSchema = z.object({
  ...spatialBase,
  type: z.literal("click"),
  /** A click within this distance (mm) of the structure still counts. Default 0 (must be inside). */
  toleranceMm: z.number().nonnegative().default(0),
});

export const landmarkItemSchema = z.object({
  ...spatialBase,
  type: z.literal("landmark"),
  /** Largest accepted distance (mm, 3D) between the placed point and the expert landmark. */
  toleranceMm: z.number().positive().default(3),
});

export const boxItemSchema = z.object({
  ...spatialBase,
  type: z.literal("box"),
  /** Pass when the 2D intersection-over-union on the slice is at least this (0–1). */
  passIou: z.number().min(0).max(1).default(0.5),
});

export const outlineItemSchema = z.object({
  ...spatialBase,
  type: z.literal("outline"),
  /** Pass threshold on Dice (0–1). Default: from the experts' spread when ≥ 2 annotators, else 0.7. */
  passDice: z.number().min(0).max(1).optional(),
  /** Tolerance (mm) of the normalised surface distance (NSD). */
  nsdToleranceMm: z.number().positive().default(2),
});

export const quizItemSchema = z.discriminatedUnion("type", [
  mcqItemSchema,
  nameItemSchema,
  clickItemSchema,
  landmarkItemSchema,
  boxItemSchema,
  outlineItemSchema,
]);
export type QuizItem = z.infer<typeof quizItemSchema>;
export type McqItem = z.infer<typeof mcqItemSchema>;
export type NameItem = z.infer<typeof nameItemSchema>;
export type ClickItem = z.infer<typeof clickItemSchema>;
export type LandmarkItem = z.infer<typeof landmarkItemSchema>;
export type BoxItem = z.infer<typeof boxItemSchema>;
export type OutlineItem = z.infer<typeof outlineItemSchema>;
export type SpatialItem = NameItem | ClickItem | LandmarkItem | BoxItem | OutlineItem;
export type QuizItemType = QuizItem["type"];

/** True for every item answered on an image of a case (all types but multiple choice). */
export function isSpatialItem(item: QuizItem): item is SpatialItem {
  return item.type !== "mcq";
}
