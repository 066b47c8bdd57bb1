/**
 * Items by pointing: the studio drafts a quiz item from a structure and an item type (slice,
 * reference set, tolerance filled from the case), calibrates it with the content check's own
 * calibration (calibrateOne: reference, near-right and clearly-wrong probes, pass mark, margin) and
 * saves items into `content/cases/<case>/quizzes/studio.json` — validated by the item schema and
 * calibrated before anything is written, then written all at once. Saving an item whose id exists
 * replaces it in place, so ids (and the lessons naming them) stay.
 */
import fs from "node:fs";
import path from "node:path";
import type { LoadedCase } from "../../lib/content/case-store";
import { calibrateOne } from "../../lib/content/calibrate-content";
import { quizItemSchema, type QuizItem } from "../../lib/quiz/item-schema";
import type { ItemCalibration } from "../../lib/quiz/calibration/calibrate-item";
import { commitFiles } from "../case-import/commit-files";

/** Item types the studio drafts by pointing. */
export const DRAFT_TYPES = ["click", "outline", "name", "landmark", "box"] as const;
export type DraftType = (typeof DRAFT_TYPES)[number];

/** The quiz file the studio writes for a case (repo-relative). */
export const studioQuizFile = (caseId: string) => `content/cases/${caseId}/quizzes/studio.json`;

/** A drafted item of `type` about `structure` (see the file comment), not yet validated. */
export function draftItem(
  c: LoadedCase,
  structure: string,
  type: DraftType,
): Record<string, unknown> {
  const s = c.manifest.structures.find((x) => x.id === structure);
  const name = s?.name ?? structure;
  const set = c.annotationSets.find((a) => a.annotations.some((x) => x.structure === structure));
  const base = {
    id: `${c.manifest.id}-${structure}-${type}`,
    type,
    case: c.manifest.id,
    structure,
    ...(set ? { annotationSet: set.id } : {}),
  };
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  switch (type) {
    case "click":
      return { ...base, prompt: `Click the ${lower}.`, toleranceMm: 0 };
    case "outline":
      return { ...base, prompt: `Outline the ${lower}.` };
    case "name":
      return { ...base, prompt: "Name the highlighted structure.", mode: "type" };
    case "landmark":
      return { ...base, prompt: `Place a point on the ${lower}.` };
    case "box":
      return { ...base, prompt: `Draw a box around the ${lower}.` };
  }
}

/** Validates `raw` as an item of case `c`; one-line problems otherwise. */
export function parseItem(
  raw: unknown,
  c: LoadedCase,
): { ok: true; value: QuizItem } | { ok: false; errors: string[] } {
  const withCase = raw && typeof raw === "object" ? { ...raw, case: c.manifest.id } : raw;
  const p = quizItemSchema.safeParse(withCase);
  if (!p.success)
    return {
      ok: false,
      errors: p.error.issues.map((i) => `${i.path.join(".") || "item"}: ${i.message}`),
    };
  return { ok: true, value: p.data };
}

/** The calibration of `item` on case `c` under `root` (the same numbers as items:calibrate). */
export function calibrate(root: string, c: LoadedCase, item: QuizItem): ItemCalibration {
  return calibrateOne(item, c, path.join(root, "public"), new Map());
}

/** Items already in the studio file of the case (raw JSON objects), [] when there is none. */
export function studioItems(root: string, caseId: string): Record<string, unknown>[] {
  const file = path.join(root, studioQuizFile(caseId));
  if (!fs.existsSync(file)) return [];
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as { items?: Record<string, unknown>[] };
  return raw.items ?? [];
}

/**
 * Adds or replaces (same id) `raw` in the case's studio quiz file. Refused, writing nothing, when
 * the item is invalid or fails its calibration (the content check would fail on it).
 */
export function saveItem(
  root: string,
  c: LoadedCase,
  raw: unknown,
): { ok: true; calibration: ItemCalibration; file: string } | { ok: false; errors: string[] } {
  const parsed = parseItem(raw, c);
  if (!parsed.ok) return parsed;
  const calibration = calibrate(root, c, parsed.value);
  if (calibration.problems.length)
    return { ok: false, errors: calibration.problems.map((p) => `calibration: ${p}`) };
  const stored: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  delete stored.case; // filled from the folder, as in hand-written case quiz files
  const items = studioItems(root, c.manifest.id);
  const at = items.findIndex((i) => i.id === parsed.value.id);
  if (at >= 0) items[at] = stored;
  else items.push(stored);
  const file = studioQuizFile(c.manifest.id);
  const text = `${JSON.stringify({ items }, null, 2)}\n`;
  commitFiles(root, new Map([[file, new TextEncoder().encode(text)]]), []);
  return { ok: true, calibration, file };
}
