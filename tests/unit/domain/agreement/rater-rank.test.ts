/** Edge rules of the spread helpers, with numbers computed by hand. */
import { describe, expect, it } from "vitest";
import {
  interRaterToleranceMm,
  median,
  meanSd,
  ordinal,
  outlierRaters,
  rankAmongRaters,
  raterSpread,
} from "@/lib/domain/agreement";
import type { Mask } from "@/lib/domain/geometry/mask";

describe("inter-rater tolerance", () => {
  it("median, rounded up to 0.5 mm, at least one pixel", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(interRaterToleranceMm([1.2, 1.3, 5], 0.4)).toBe(1.5);
    expect(interRaterToleranceMm([2, 2, 9], 0.5)).toBe(2); // already a multiple of 0.5
    expect(interRaterToleranceMm([0.1, 0.2, 0.3], 0.8)).toBe(0.8); // one pixel wins
    expect(() => interRaterToleranceMm([], 1)).toThrow(RangeError);
  });
});

describe("rank among raters", () => {
  it("1 + raters strictly better, out of raters + 1; ties go to the answer", () => {
    expect(rankAmongRaters(0.87, [0.81, 0.93, 0.9, 0.85, 0.88])).toEqual({ rank: 4, of: 6 });
    expect(rankAmongRaters(0.9, [0.9, 0.8])).toEqual({ rank: 1, of: 3 });
    expect(rankAmongRaters(0.1, [0.9, 0.8])).toEqual({ rank: 3, of: 3 });
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "101st",
    ]);
  });
});

describe("outlier raters", () => {
  it("more than 2 sample SD below the others' mean; needs 3 others", () => {
    // others of rater 0: 0.9, 0.92, 0.94 → mean 0.92, SD 0.02 → limit 0.88.
    expect(outlierRaters([0.87, 0.9, 0.92, 0.94])).toEqual([true, false, false, false]);
    expect(outlierRaters([0.89, 0.9, 0.92, 0.94])[0]).toBe(false);
    expect(outlierRaters([0.1, 0.9, 0.9])).toEqual([false, false, false]);
    expect(meanSd([1, 3])).toEqual({ mean: 2, sd: Math.SQRT2 });
  });
});

describe("raterSpread on a hand-made 2D case", () => {
  const sq = (x0: number, x1: number): Mask => {
    const data = new Uint8Array(100);
    for (let j = 2; j < 8; j++) for (let i = x0; i < x1; i++) data[i + 10 * j] = 1;
    return { grid: { dims: [10, 10, 1], spacing: [1, 1, 1] }, data };
  };
  it("two raters: LOO is Dice with the other rater, soft histogram counts overlap", () => {
    const s = raterSpread([sq(2, 6), sq(3, 7)]); // 24 px each, 18 shared
    expect(s.looDice).toEqual([0.75, 0.75]);
    expect(s.pairwiseDice[0][1]).toBe(0.75);
    expect(s.softHistogram).toEqual([0, 12, 18]);
    expect(s.passDice).toBe(0.75);
    expect(() => raterSpread([sq(2, 6)])).toThrow(RangeError);
  });
});
