/**
 * Mastery summaries computed from item records. An item's mastery is the score (0–100) of its
 * latest attempt; an item never attempted counts 0 where a fixed list of items is given.
 */
import type { ItemRecord } from "./schema";

/** Latest score of an item (0–100), or null when never attempted. */
export function latestScore(rec: ItemRecord | undefined): number | null {
  const a = rec?.attempts.at(-1);
  return a ? a.score : null;
}

/**
 * Mastery of a lesson (0–100) over its full item list `itemIds` (every item the lesson shows, see
 * lib/content/lesson-items): the mean latest score, where an item never attempted counts 0.
 * `answered` = items with at least one attempt; `mastered` = items whose latest attempt was
 * correct; `total` = distinct ids. An empty list gives 0.
 */
export function lessonMastery(
  items: ReadonlyMap<string, ItemRecord>,
  itemIds: readonly string[],
): { mastery: number; answered: number; mastered: number; total: number } {
  const ids = [...new Set(itemIds)];
  let sum = 0;
  let answered = 0;
  let mastered = 0;
  for (const id of ids) {
    const s = latestScore(items.get(id));
    if (s === null) continue;
    sum += s;
    answered++;
    if (items.get(id)?.attempts.at(-1)?.correct) mastered++;
  }
  const mastery = ids.length ? Math.round(sum / ids.length) : 0;
  return { mastery, answered, mastered, total: ids.length };
}

export interface StructureMastery {
  structure: string;
  modality: string;
  /** Mean latest score (0–100) over the attempted items about this structure on this modality. */
  mastery: number;
  items: number;
}

/** Per structure × modality mastery over every attempted item that names a structure. */
export function structureMastery(items: Iterable<ItemRecord>): StructureMastery[] {
  const groups = new Map<string, { structure: string; modality: string; scores: number[] }>();
  for (const rec of items) {
    const s = latestScore(rec);
    if (!rec.structure || s === null) continue;
    const modality = rec.modality ?? "any";
    const key = `${rec.structure}|${modality}`;
    const g = groups.get(key) ?? { structure: rec.structure, modality, scores: [] };
    g.scores.push(s);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      structure: g.structure,
      modality: g.modality,
      mastery: Math.round(g.scores.reduce((a, b) => a + b, 0) / g.scores.length),
      items: g.scores.length,
    }))
    .sort((a, b) => a.mastery - b.mastery || a.structure.localeCompare(b.structure));
}

/** Items whose latest attempt was incorrect ("review my mistakes"), most recent mistake first. */
export function mistakes(items: Iterable<ItemRecord>): ItemRecord[] {
  return [...items]
    .filter((r) => r.attempts.length && !r.attempts[r.attempts.length - 1].correct)
    .sort((a, b) =>
      b.attempts[b.attempts.length - 1].at.localeCompare(a.attempts[a.attempts.length - 1].at),
    );
}
