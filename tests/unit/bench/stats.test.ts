import { describe, expect, it } from "vitest";
import { median, pairRatios, range, summarize } from "@/scripts/bench/stats";

describe("median", () => {
  it("takes the middle sample, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("ignores NaN (timed-out runs) and is NaN without samples", () => {
    expect(median([NaN, 10, 20, NaN, 30])).toBe(20);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
});

describe("range and summarize", () => {
  it("gives min and max of finite samples", () => {
    expect(range([3, NaN, 1, 2])).toEqual([1, 3]);
    expect(range([])).toEqual([NaN, NaN]);
  });
  it("rounds to 0.1 and counts finite samples", () => {
    expect(summarize([1.04, 2.06, NaN])).toEqual({
      median: 1.6,
      min: 1,
      max: 2.1,
      n: 2,
      samples: [1, 2.1, NaN],
    });
  });
});

describe("pairRatios", () => {
  it("divides pair by pair and marks unusable pairs NaN", () => {
    expect(pairRatios([200, 300, 100, 5], [100, 100, 0, NaN])).toEqual([2, 3, NaN, NaN]);
  });
  it("stops at the shorter list", () => {
    expect(pairRatios([1, 2, 3], [1])).toEqual([1]);
  });
});

describe("summarize with decimals", () => {
  it("keeps a ratio's median to 3 places (the pairs of a real run: median 1.66 by hand, not 1.7)", () => {
    const pairs = [1917 / 1654, 1639 / 981, 1529 / 1033, 1637 / 987, 1738 / 1023];
    // sorted: 1.159, 1.480, 1.659, 1.671, 1.699 → the middle one is 1637 / 987 = 1.6585…
    expect(summarize(pairs, 3).median).toBe(1.659);
    expect(summarize(pairs).median).toBe(1.7);
  });
});
