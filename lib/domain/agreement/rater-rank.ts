/**
 * Placing one answer among the raters, and flagging raters who agree unusually little.
 *
 * - Rank: the answer's Dice against the consensus of all raters is placed among the raters'
 *   leave-one-out Dice values. rank = 1 + (number of raters whose LOO Dice is strictly higher),
 *   out of raters + 1 (a tie places the answer ahead of the tied raters).
 * - Outlier: rater r is flagged when its LOO Dice is more than 2 standard deviations below the mean
 *   of the other raters' LOO Dice (sample SD, n − 1). Needs ≥ 3 other raters (else never flagged);
 *   when the others' SD is 0, any value below their mean is flagged.
 */

export interface RaterRank {
  /** 1 = best. */
  rank: number;
  /** Raters + the answer. */
  of: number;
}

/** Rank of an answer's Dice among the raters' LOO Dice (see file comment). */
export function rankAmongRaters(answerDice: number, looDice: readonly number[]): RaterRank {
  const better = looDice.filter((d) => d > answerDice).length;
  return { rank: better + 1, of: looDice.length + 1 };
}

/** Mean and sample standard deviation (n − 1); SD = 0 for one value. */
export function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.length > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, sd: Math.sqrt(v) };
}

/** Per rater: true when its LOO Dice is an outlier (see file comment). */
export function outlierRaters(looDice: readonly number[]): boolean[] {
  return looDice.map((d, r) => {
    const others = looDice.filter((_, i) => i !== r);
    if (others.length < 3) return false;
    const { mean, sd } = meanSd(others);
    return d < mean - 2 * sd;
  });
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
