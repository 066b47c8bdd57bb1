/**
 * One quiz attempt as a student's device sends it to the class server. The id is made on the
 * device (a UUID), so a retried or re-synced submission is stored once. Spatial answers are in
 * world millimetres (LPS) on zero-based slice `slice`, as lib/quiz/answer.ts defines them.
 *
 * Free text never reaches the server: a "name" answer carries only the structure id the grader
 * recognised (or null when it recognised none), so nothing a student typed is shown to others.
 */
import { z } from "zod";

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);
const slice = z.number().int().min(0).max(100_000);
const id = z.string().regex(/^[A-Za-z0-9._:/-]{1,200}$/, "must be an id (letters, digits, ._:/-)");

export const classAnswerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mcq"), selected: z.array(z.number().int().min(0).max(50)).max(50) }),
  z.object({ kind: z.literal("name"), structure: id.nullable() }),
  z.object({ kind: z.enum(["point", "landmark"]), pointMm: vec3, slice }),
  z.object({ kind: z.literal("box"), boxMm: z.object({ min: vec3, max: vec3 }), slice }),
  z.object({ kind: z.literal("outline"), polygonMm: z.array(vec3).min(3).max(5000), slice }),
  z.object({ kind: z.enum(["ellipse", "line"]), pointsMm: z.array(vec3).min(2).max(3), slice }),
]);
export type ClassAnswer = z.infer<typeof classAnswerSchema>;

export const classAttemptSchema = z.object({
  /** Client-generated UUID (any version). */
  id: z.string().uuid(),
  itemId: id,
  itemType: z.enum(["mcq", "name", "click", "landmark", "box", "outline", "measure"]),
  correct: z.boolean(),
  /** 0–100 as graded on the device. */
  score: z.number().min(0).max(100),
  answer: classAnswerSchema,
  /** Time from showing the item to the answer, in ms (null when unknown). */
  durationMs: z.number().int().min(0).max(86_400_000).nullable(),
  /** When it was answered (UTC, `Date.toISOString()`). */
  answeredAt: z.string().datetime(),
});
export type ClassAttempt = z.infer<typeof classAttemptSchema>;

/** A batch from the offline queue: at most 200 attempts per request. */
export const attemptBatchSchema = z.object({
  attempts: z.array(classAttemptSchema).min(1).max(200),
});
