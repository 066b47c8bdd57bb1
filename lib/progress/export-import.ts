/** Export of progress to a JSON file and import back (validated, merged, never throwing). */
import { parseJsonWith, type ContentIssue } from "../domain/parse-result";
import type { ProgressStore } from "./progress-store";
import {
  MAX_ATTEMPTS,
  MAX_IMPORT_BYTES,
  PROGRESS_VERSION,
  progressExportSchema,
  type ItemRecord,
  type ProgressExport,
} from "./schema";

/** The whole progress as an export object (items sorted by id, cards by key). */
export function exportProgress(store: ProgressStore, now = new Date()): ProgressExport {
  return {
    format: "teaching-atlas-progress",
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    items: [...store.items.values()].sort((a, b) => a.itemId.localeCompare(b.itemId)),
    cards: [...store.cards.values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Union of two attempt histories of the same item, deduplicated by time, oldest first, capped. */
function mergeItem(a: ItemRecord | undefined, b: ItemRecord): ItemRecord {
  if (!a) return b;
  const byAt = new Map(a.attempts.map((x) => [x.at, x]));
  for (const x of b.attempts) byAt.set(x.at, x);
  return {
    ...a,
    ...b,
    lessons: [...new Set([...a.lessons, ...b.lessons])],
    attempts: [...byAt.values()].sort((x, y) => x.at.localeCompare(y.at)).slice(-MAX_ATTEMPTS),
  };
}

/** Result of an import: counts, and whether every record reached browser storage. */
export type ImportResult =
  | { ok: true; items: number; cards: number; unsaved: number }
  | { ok: false; issues: ContentIssue[] };

/**
 * Imports an export file's text into `store`, merging: attempts are united per item (nothing
 * already stored is lost); for cards the one reviewed last wins. A file over MAX_IMPORT_BYTES
 * (checked before parsing), invalid JSON, or a file that is not a version-2 progress export (dates
 * must be ISO-8601 UTC) is rejected as a whole with the issues (file name `fileName`) and the store
 * is left untouched. `unsaved` counts records kept only in memory because storage was full.
 */
export function importProgress(
  store: ProgressStore,
  text: string,
  fileName = "progress.json",
): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, issues: [tooLarge(fileName, text.length)] };
  const p = parseJsonWith(progressExportSchema, text, fileName);
  if (!p.ok) return p;
  const failedBefore = store.saveFailed;
  let unsaved = 0;
  const put = (write: () => void) => {
    store.saveFailed = false;
    write();
    if (store.saveFailed) unsaved++;
  };
  for (const rec of p.value.items)
    put(() => store.putItem(mergeItem(store.items.get(rec.itemId), rec)));
  for (const card of p.value.cards) {
    const cur = store.cards.get(card.key);
    const last = (c: typeof card) => Date.parse(c.card.last_review ?? "1970-01-01T00:00:00Z");
    if (!cur || last(card) >= last(cur)) put(() => store.putCard(card));
  }
  store.saveFailed = failedBefore || unsaved > 0;
  return { ok: true, items: p.value.items.length, cards: p.value.cards.length, unsaved };
}

/** The issue for a file over the import limit (`size` in bytes or characters). */
export function tooLarge(fileName: string, size: number): ContentIssue {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    file: fileName,
    field: "",
    message: `file is ${mb(size)} MB; a progress export is at most ${mb(MAX_IMPORT_BYTES)} MB`,
  };
}
