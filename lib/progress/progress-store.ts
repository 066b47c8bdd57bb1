/**
 * The student's progress: per-item attempts and per structure × modality spaced-repetition cards,
 * kept in a {@link KeyValueStore} (localStorage in the browser), one key per record.
 *
 * Robustness rules: no method throws. A record that is not valid JSON or fails the schema is
 * skipped and reported in `issues` (other records load normally). When storage is full the record
 * is retried with only its last 5 attempts; if it still fails, progress stays in memory for this
 * page and `saveFailed` becomes true (the UI then suggests exporting).
 */
import type { KeyValueStore } from "./kv-store";
import { migrateStore, type MigrationReport } from "./migrations";
import { reviewStructure } from "./scheduler";
import {
  CARD_PREFIX,
  cardKey,
  cardRecordSchema,
  ITEM_PREFIX,
  itemRecordSchema,
  MAX_ATTEMPTS,
  type CardRecord,
  type ItemRecord,
} from "./schema";

/** What the caller knows about an item when recording an attempt. */
export interface AttemptInput {
  itemId: string;
  type: string;
  prompt: string;
  structure?: string;
  modality?: string;
  caseId?: string;
  lesson?: string;
  score: number;
  correct: boolean;
}

export class ProgressStore {
  readonly items = new Map<string, ItemRecord>();
  readonly cards = new Map<string, CardRecord>();
  /** Keys that could not be read, with the reason. */
  readonly issues: { key: string; message: string }[] = [];
  saveFailed = false;
  readonly migration: MigrationReport;

  constructor(private readonly store: KeyValueStore) {
    this.migration = safe(() => migrateStore(store), {
      from: null,
      to: 2,
      migratedItems: 0,
      droppedEntries: 0,
    });
    for (const key of safe(() => store.keys(), [] as string[])) {
      if (key.startsWith(ITEM_PREFIX))
        this.loadKey(key, itemRecordSchema, (r) => this.items.set(r.itemId, r));
      else if (key.startsWith(CARD_PREFIX))
        this.loadKey(key, cardRecordSchema, (r) => this.cards.set(r.key, r));
    }
  }

  private loadKey<T>(
    key: string,
    schema: { safeParse(d: unknown): { success: true; data: T } | { success: false } },
    put: (r: T) => void,
  ): void {
    try {
      const text = this.store.getItem(key);
      const p = schema.safeParse(JSON.parse(text ?? "null"));
      if (p.success) put(p.data);
      else this.issues.push({ key, message: "record does not match the progress schema" });
    } catch (e) {
      this.issues.push({ key, message: `unreadable record: ${(e as Error).message}` });
    }
  }

  /** Records one graded attempt at time `now` and reviews the structure's card (if any). */
  record(input: AttemptInput, now = new Date()): ItemRecord {
    const prev = this.items.get(input.itemId);
    const lessons = new Set(prev?.lessons ?? []);
    if (input.lesson) lessons.add(input.lesson);
    const rec: ItemRecord = {
      itemId: input.itemId,
      type: input.type,
      prompt: input.prompt,
      structure: input.structure,
      modality: input.modality,
      caseId: input.caseId,
      lessons: [...lessons],
      attempts: [
        ...(prev?.attempts ?? []),
        { at: now.toISOString(), score: input.score, correct: input.correct },
      ].slice(-MAX_ATTEMPTS),
    };
    this.putItem(rec);
    if (input.structure && input.modality) {
      const key = cardKey(input.structure, input.modality);
      const card = reviewStructure(
        this.cards.get(key),
        input.structure,
        input.modality,
        input,
        now,
      );
      this.cards.set(key, card);
      this.write(CARD_PREFIX + key, card);
    }
    return rec;
  }

  /** Stores an item record (replacing any previous one), trimming history if storage is full. */
  putItem(rec: ItemRecord): void {
    this.items.set(rec.itemId, rec);
    if (!this.write(ITEM_PREFIX + rec.itemId, rec)) {
      const trimmed = { ...rec, attempts: rec.attempts.slice(-5) };
      this.items.set(rec.itemId, trimmed);
      this.saveFailed = !this.write(ITEM_PREFIX + rec.itemId, trimmed, false);
    }
  }

  /** Stores a card record (replacing any previous one). */
  putCard(card: CardRecord): void {
    this.cards.set(card.key, card);
    this.write(CARD_PREFIX + card.key, card);
  }

  private write(key: string, value: unknown, markFailure = true): boolean {
    try {
      this.store.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      if (markFailure && !key.startsWith(ITEM_PREFIX)) this.saveFailed = true;
      return false;
    }
  }

  /** Removes every progress record (items and cards), leaving other keys alone. */
  clear(): void {
    for (const key of safe(() => this.store.keys(), [] as string[])) {
      if (key.startsWith(ITEM_PREFIX) || key.startsWith(CARD_PREFIX))
        safe(() => this.store.removeItem(key), undefined);
    }
    this.items.clear();
    this.cards.clear();
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
