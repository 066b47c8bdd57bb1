/**
 * Classical item statistics for a class, from each student's FIRST attempt at each item (later
 * retries are practice and would inflate the figures):
 *
 * - difficulty p = proportion of first attempts that were correct (0–1);
 * - discrimination = point-biserial correlation between the item's correctness (0/1) and the
 *   student's rest score (proportion correct on the other items of the set they attempted);
 *   students with no other item are left out; null when either side has no variance or fewer
 *   than 3 students remain;
 * - median time in seconds over first attempts with a known duration (null when none).
 */
import { median } from "../../domain/agreement/rater-spread";
export interface AttemptRow {
  studentId: string;
  itemId: string;
  itemType: string;
  correct: boolean;
  score: number;
  answer: unknown;
  durationMs: number | null;
  answeredAt: string;
}

export interface ItemStats {
  itemId: string;
  itemType: string;
  attempts: number;
  students: number;
  difficulty: number;
  discrimination: number | null;
  medianTimeS: number | null;
}

/** First attempt of each student at each item, keyed `itemId` → `studentId` → row. */
export function firstAttempts(rows: readonly AttemptRow[]): Map<string, Map<string, AttemptRow>> {
  const out = new Map<string, Map<string, AttemptRow>>();
  for (const r of rows) {
    const byStudent = out.get(r.itemId) ?? new Map<string, AttemptRow>();
    const had = byStudent.get(r.studentId);
    if (!had || r.answeredAt < had.answeredAt) byStudent.set(r.studentId, r);
    out.set(r.itemId, byStudent);
  }
  return out;
}

/** Pearson correlation; null when n < 3 or either variable is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Statistics of every item with at least one attempt, sorted by item id. */
export function itemStats(rows: readonly AttemptRow[]): ItemStats[] {
  const first = firstAttempts(rows);
  const perStudent = new Map<string, { right: number; total: number }>();
  for (const byStudent of first.values()) {
    for (const [sid, r] of byStudent) {
      const t = perStudent.get(sid) ?? { right: 0, total: 0 };
      t.right += r.correct ? 1 : 0;
      t.total += 1;
      perStudent.set(sid, t);
    }
  }
  const allCounts = new Map<string, number>();
  for (const r of rows) allCounts.set(r.itemId, (allCounts.get(r.itemId) ?? 0) + 1);
  return [...first.keys()].sort().map((itemId) => {
    const firsts = [...(first.get(itemId) as Map<string, AttemptRow>).values()];
    const x: number[] = [];
    const y: number[] = [];
    for (const r of firsts) {
      const t = perStudent.get(r.studentId) as { right: number; total: number };
      if (t.total < 2) continue;
      x.push(r.correct ? 1 : 0);
      y.push((t.right - (r.correct ? 1 : 0)) / (t.total - 1));
    }
    const times = firsts
      .filter((r) => r.durationMs !== null)
      .map((r) => (r.durationMs as number) / 1000);
    return {
      itemId,
      itemType: firsts[0].itemType,
      attempts: allCounts.get(itemId) ?? 0,
      students: firsts.length,
      difficulty: firsts.filter((r) => r.correct).length / firsts.length,
      discrimination: pearson(x, y),
      medianTimeS: times.length ? median(times) : null,
    };
  });
}
