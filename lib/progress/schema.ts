/**
 * Progress storage schema, version 2 (current). Progress is local and private: it lives in the
 * browser's localStorage, one key per record, so a corrupt record loses only itself.
 *
 * Keys: `atlas.progress.meta` → {@link MetaRecord}; `atlas.progress.item.<itemId>` → {@link ItemRecord};
 * `atlas.progress.card.<structureId>|<modality>` → {@link CardRecord} (spaced repetition).
 * Dates are ISO-8601 strings (UTC).
 */
import "../zod-jitless";
import { z } from "zod";

export const PROGRESS_VERSION = 2;
export const KEY_PREFIX = "atlas.progress.";
export const META_KEY = `${KEY_PREFIX}meta`;
export const ITEM_PREFIX = `${KEY_PREFIX}item.`;
export const CARD_PREFIX = `${KEY_PREFIX}card.`;
/** Attempts kept per item (oldest dropped first); 5 when storage is full. */
export const MAX_ATTEMPTS = 20;

/** Import limits: an export of a heavy user is ~100 kB; localStorage holds ~5 MB per site. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 20_000;

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/**
 * A UTC instant as `Date.toISOString()` writes it (`2026-01-31T09:05:00.000Z`, milliseconds
 * optional). Other strings `Date.parse` happens to read ("Jan 1 2026", "2026", offsets, 31 Feb)
 * are refused: attempt histories are merged and sorted by these strings.
 */
const isoDate = z
  .string()
  .refine(
    (s) =>
      ISO_UTC.test(s) &&
      !Number.isNaN(Date.parse(s)) &&
      new Date(s).toISOString().slice(0, 19) === s.slice(0, 19),
    "must be an ISO-8601 UTC date like 2026-01-31T09:05:00.000Z",
  );

export const attemptSchema = z.object({
  at: isoDate,
  score: z.number().min(0).max(100),
  correct: z.boolean(),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** Everything known about one quiz item's attempts, with the metadata needed for mastery. */
export const itemRecordSchema = z.object({
  itemId: z.string().min(1),
  type: z.string().min(1),
  prompt: z.string().default(""),
  structure: z.string().optional(),
  modality: z.string().optional(),
  caseId: z.string().optional(),
  /** Lessons (slugs) the item was answered in. */
  lessons: z.array(z.string()).default([]),
  attempts: z.array(attemptSchema),
});
export type ItemRecord = z.infer<typeof itemRecordSchema>;

/** A ts-fsrs card (dates as ISO strings) for one structure × modality. */
export const cardRecordSchema = z.object({
  key: z.string().min(1),
  structure: z.string().min(1),
  modality: z.string().min(1),
  card: z.object({
    due: isoDate,
    stability: z.number(),
    difficulty: z.number(),
    elapsed_days: z.number(),
    scheduled_days: z.number(),
    learning_steps: z.number(),
    reps: z.number(),
    lapses: z.number(),
    state: z.number().int().min(0).max(3),
    last_review: isoDate.optional(),
  }),
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

export const metaRecordSchema = z.object({ version: z.number().int().positive() });
export type MetaRecord = z.infer<typeof metaRecordSchema>;

/** The export file (`atlas-progress.json`): the whole progress, self-describing. */
export const progressExportSchema = z.object({
  format: z.literal("teaching-atlas-progress"),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: isoDate,
  items: z.array(itemRecordSchema).max(MAX_IMPORT_RECORDS),
  cards: z.array(cardRecordSchema).max(MAX_IMPORT_RECORDS),
});
export type ProgressExport = z.infer<typeof progressExportSchema>;

/** Key of the spaced-repetition card of a structure on a modality. */
export function cardKey(structure: string, modality: string): string {
  return `${structure}|${modality}`;
}
