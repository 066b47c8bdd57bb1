/**
 * Migrations of stored progress to the current schema ({@link PROGRESS_VERSION}).
 *
 * Version 1 (first prototype) kept one localStorage key, `atlas-progress`, holding
 * `{ version: 1, attempts: [{ item, score, correct, at }] }`: a flat log in one blob, which one bad
 * write could corrupt whole. Version 2 stores one record per item (see schema.ts).
 */
import "../zod-jitless";
import { z } from "zod";
import type { KeyValueStore } from "./kv-store";
import { ITEM_PREFIX, MAX_ATTEMPTS, META_KEY, PROGRESS_VERSION, type ItemRecord } from "./schema";

export const V1_KEY = "atlas-progress";

const v1AttemptSchema = z.object({
  item: z.string().min(1),
  score: z.number(),
  correct: z.boolean(),
  at: z.string(),
});

/** Result of a migration run: what was moved and what had to be dropped (never thrown). */
export interface MigrationReport {
  from: number | null;
  to: number;
  migratedItems: number;
  droppedEntries: number;
}

/**
 * Converts a version-1 blob to version-2 item records. Entries that do not validate (or whose date
 * does not parse) are dropped one by one and counted; the rest survive. Scores are clamped to 0–100.
 */
export function migrateV1(blob: unknown): { records: ItemRecord[]; dropped: number } {
  const list = (blob as { attempts?: unknown })?.attempts;
  const byItem = new Map<string, ItemRecord>();
  let dropped = 0;
  for (const raw of Array.isArray(list) ? list : []) {
    const p = v1AttemptSchema.safeParse(raw);
    if (!p.success || Number.isNaN(Date.parse(p.data.at))) {
      dropped++;
      continue;
    }
    const a = p.data;
    const rec = byItem.get(a.item) ?? {
      itemId: a.item,
      type: "unknown",
      prompt: "",
      lessons: [],
      attempts: [],
    };
    rec.attempts.push({
      at: new Date(a.at).toISOString(),
      score: Math.min(100, Math.max(0, a.score)),
      correct: a.correct,
    });
    byItem.set(a.item, rec);
  }
  const records = [...byItem.values()].map((r) => ({
    ...r,
    attempts: r.attempts.sort((x, y) => x.at.localeCompare(y.at)).slice(-MAX_ATTEMPTS),
  }));
  return { records, dropped };
}

/**
 * Brings `store` to the current version in place. Reads the meta key; when a v1 blob exists it is
 * migrated (merging into any v2 records already present) and removed. An unparsable v1 blob is
 * removed and reported as one dropped entry. Write failures are swallowed (the blob is then kept
 * for a later try). Idempotent.
 */
export function migrateStore(store: KeyValueStore): MigrationReport {
  let from: number | null = null;
  try {
    const meta = JSON.parse(store.getItem(META_KEY) ?? "null") as { version?: unknown } | null;
    if (meta && typeof meta.version === "number") from = meta.version;
  } catch {
    from = null;
  }
  const report: MigrationReport = {
    from,
    to: PROGRESS_VERSION,
    migratedItems: 0,
    droppedEntries: 0,
  };
  const v1Text = store.getItem(V1_KEY);
  if (v1Text !== null) {
    if (from === null) report.from = 1;
    let blob: unknown = null;
    try {
      blob = JSON.parse(v1Text);
    } catch {
      report.droppedEntries++;
    }
    const { records, dropped } = migrateV1(blob);
    report.droppedEntries += dropped;
    try {
      for (const r of records) {
        const key = ITEM_PREFIX + r.itemId;
        const existing = store.getItem(key);
        if (existing !== null) continue; // v2 data already there wins
        store.setItem(key, JSON.stringify(r));
        report.migratedItems++;
      }
      store.removeItem(V1_KEY);
    } catch {
      return report;
    }
  }
  try {
    store.setItem(META_KEY, JSON.stringify({ version: PROGRESS_VERSION }));
  } catch {
    // storage full: the meta key is rewritten on the next successful save
  }
  return report;
}
