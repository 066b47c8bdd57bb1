/**
 * Item flags for the educator, per-structure mastery, and the CSV export.
 *
 * Flags need at least {@link MIN_STUDENTS} students: `all-pass` (difficulty 1), `none-pass`
 * (difficulty 0), `negative-discrimination` (below 0: a likely wrong key or calibration).
 */
import { firstAttempts, type AttemptRow, type ItemStats } from "./item-stats";

export const MIN_STUDENTS = 5;
export type ItemFlag = "all-pass" | "none-pass" | "negative-discrimination";

export function itemFlags(s: ItemStats): ItemFlag[] {
  if (s.students < MIN_STUDENTS) return [];
  const flags: ItemFlag[] = [];
  if (s.difficulty === 1) flags.push("all-pass");
  if (s.difficulty === 0) flags.push("none-pass");
  if (s.discrimination !== null && s.discrimination < 0) flags.push("negative-discrimination");
  return flags;
}

/**
 * Class mastery per structure × modality: the proportion correct over first attempts of the
 * items on that structure (`items` maps item id → structure and modality; others are skipped).
 */
export function classStructureMastery(
  rows: readonly AttemptRow[],
  items: ReadonlyMap<string, { structure: string; modality: string }>,
): { structure: string; modality: string; attempts: number; mastery: number }[] {
  const acc = new Map<string, { structure: string; modality: string; right: number; n: number }>();
  for (const [itemId, byStudent] of firstAttempts(rows)) {
    const meta = items.get(itemId);
    if (!meta) continue;
    const key = `${meta.structure}|${meta.modality}`;
    const a = acc.get(key) ?? { ...meta, right: 0, n: 0 };
    for (const r of byStudent.values()) {
      a.right += r.correct ? 1 : 0;
      a.n += 1;
    }
    acc.set(key, a);
  }
  return [...acc.values()]
    .map((a) => ({
      structure: a.structure,
      modality: a.modality,
      attempts: a.n,
      mastery: a.right / a.n,
    }))
    .sort((p, q) => p.structure.localeCompare(q.structure) || p.modality.localeCompare(q.modality));
}

const cell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV (RFC 4180, header row) of the item statistics and flags. */
export function itemStatsCsv(stats: readonly ItemStats[]): string {
  const head = "item_id,item_type,attempts,students,difficulty,discrimination,median_time_s,flags";
  const lines = stats.map((s) =>
    [
      s.itemId,
      s.itemType,
      s.attempts,
      s.students,
      s.difficulty,
      s.discrimination,
      s.medianTimeS,
      itemFlags(s).join(" "),
    ]
      .map(cell)
      .join(","),
  );
  return `${[head, ...lines].join("\r\n")}\r\n`;
}
