/**
 * What the class answered, per item, from first attempts (see item-stats.ts): MCQ option rates,
 * the most common wrong names, and the click / landmark positions (world mm) with their outcome,
 * for the heat map drawn over the item's slice.
 */
import { firstAttempts, type AttemptRow } from "./item-stats";

export interface ClickPoint {
  xMm: number;
  yMm: number;
  zMm: number;
  slice: number;
  correct: boolean;
}

export interface ItemAnswers {
  itemId: string;
  /** MCQ: option index → fraction of first attempts that selected it (0–1). */
  optionRates?: Record<number, number>;
  /** Name items: wrong structure ids by count, most common first; null = not recognised. */
  wrongNames?: { structure: string | null; count: number }[];
  /** Click and landmark items: every first attempt's point. */
  points?: ClickPoint[];
}

type Answer = {
  kind?: string;
  selected?: number[];
  structure?: string | null;
  pointMm?: number[];
  slice?: number;
};

export function itemAnswers(rows: readonly AttemptRow[]): ItemAnswers[] {
  const first = firstAttempts(rows);
  return [...first.keys()].sort().map((itemId) => {
    const firsts = [...(first.get(itemId) as Map<string, AttemptRow>).values()];
    const out: ItemAnswers = { itemId };
    const answers = firsts.map((r) => ({ r, a: (r.answer ?? {}) as Answer }));
    if (answers.some(({ a }) => a.kind === "mcq")) {
      const counts: Record<number, number> = {};
      for (const { a } of answers)
        for (const i of a.selected ?? []) counts[i] = (counts[i] ?? 0) + 1;
      out.optionRates = Object.fromEntries(
        Object.entries(counts).map(([k, v]) => [Number(k), v / firsts.length]),
      );
    }
    if (answers.some(({ a }) => a.kind === "name")) {
      const counts = new Map<string | null, number>();
      for (const { r, a } of answers)
        if (!r.correct) counts.set(a.structure ?? null, (counts.get(a.structure ?? null) ?? 0) + 1);
      out.wrongNames = [...counts]
        .map(([structure, count]) => ({ structure, count }))
        .sort(
          (p, q) => q.count - p.count || String(p.structure).localeCompare(String(q.structure)),
        );
    }
    const pts = answers.filter(
      ({ a }) => (a.kind === "point" || a.kind === "landmark") && a.pointMm?.length === 3,
    );
    if (pts.length) {
      out.points = pts.map(({ r, a }) => {
        const [xMm, yMm, zMm] = a.pointMm as number[];
        return { xMm, yMm, zMm, slice: a.slice ?? 0, correct: r.correct };
      });
    }
    return out;
  });
}

/**
 * Bins points into a heat map of `binMm` squares in the slice plane (x, y), right and wrong apart.
 * Key `"i,j"` = floor(x / binMm), floor(y / binMm).
 */
export function heatBins(
  points: readonly ClickPoint[],
  binMm: number,
): { right: Map<string, number>; wrong: Map<string, number> } {
  const right = new Map<string, number>();
  const wrong = new Map<string, number>();
  for (const p of points) {
    const key = `${Math.floor(p.xMm / binMm)},${Math.floor(p.yMm / binMm)}`;
    const m = p.correct ? right : wrong;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return { right, wrong };
}
