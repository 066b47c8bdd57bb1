import { describe, expect, it } from "vitest";
import {
  cohenKappa,
  fleissKappa,
  majorityVote,
  meanPairwise,
  pairwiseDice,
  staple,
} from "@/lib/domain/agreement";
import { makeMask, rng } from "../grading/helpers";

const dims: [number, number, number] = [6, 1, 1];
const sp: [number, number, number] = [1, 1, 1];
const fromBits = (bits: number[]) => makeMask([bits.length, 1, 1], sp, (i) => bits[i] === 1);

describe("pairwise Dice", () => {
  it("symmetric with 1 on the diagonal", () => {
    const a = fromBits([1, 1, 0, 0, 0, 0]);
    const b = fromBits([1, 0, 0, 0, 0, 0]);
    const m = pairwiseDice([a, b, a]);
    expect(m[0][1]).toBeCloseTo(2 / 3, 12);
    expect(m[1][0]).toBe(m[0][1]);
    expect(m[0][2]).toBe(1);
    expect(m[1][1]).toBe(1);
    expect(meanPairwise(m)).toBeCloseTo((2 / 3 + 1 + 2 / 3) / 3, 12);
  });
});

describe("κ inside the union bounding box", () => {
  it("Cohen's κ by hand (region = i 0…4; the last voxel is outside the box)", () => {
    const a = fromBits([1, 1, 1, 0, 0, 0]);
    const b = fromBits([1, 1, 0, 0, 1, 0]);
    // box i 0–4: a = 1 1 1 0 0, b = 1 1 0 0 1 → po = 3/5, pa = pb = 3/5, pe = 0.36 + 0.16 = 0.52.
    const k = cohenKappa(a, b);
    expect(k.voxels).toBe(5);
    expect(k.observed).toBeCloseTo(0.6, 12);
    expect(k.expected).toBeCloseTo(0.52, 12);
    expect(k.kappa).toBeCloseTo((0.6 - 0.52) / 0.48, 12);
  });

  it("Fleiss' κ equals Cohen's κ… only approximately, and matches the textbook example", () => {
    // Fleiss (1971)-style small table: 3 raters, 4 voxels with 3, 2, 1, 0 foreground votes... then box.
    const r1 = fromBits([1, 1, 1, 0]);
    const r2 = fromBits([1, 1, 0, 0]);
    const r3 = fromBits([1, 0, 0, 0]);
    // box i 0–2 (i = 3 has no foreground): counts c = 3, 2, 1 → P = 1, 1/3, 1/3 → P̄ = 5/9;
    // p1 = 6/9 → Pe = 4/9 + 1/9 = 5/9 → κ = 0.
    const k = fleissKappa([r1, r2, r3]);
    expect(k.voxels).toBe(3);
    expect(k.observed).toBeCloseTo(5 / 9, 12);
    expect(k.kappa).toBeCloseTo(0, 12);
  });

  it("perfect agreement and no foreground give κ = 1", () => {
    const a = fromBits([0, 1, 1, 0, 0, 0]);
    expect(fleissKappa([a, a, a]).kappa).toBe(1);
    expect(cohenKappa(a, a).kappa).toBe(1);
    const e = makeMask(dims, sp, () => false);
    expect(fleissKappa([e, e]).kappa).toBe(1);
    expect(fleissKappa([e, e]).region).toBeNull();
  });

  it("needs at least two raters on one grid", () => {
    const a = fromBits([1, 0]);
    expect(() => fleissKappa([a])).toThrow(/at least 2/);
    expect(() => fleissKappa([a, fromBits([1, 0, 0])])).toThrow(/different grids/);
  });
});

describe("majority vote", () => {
  it("strict majority; ties go to background unless asked", () => {
    const a = fromBits([1, 1, 0, 0]);
    const b = fromBits([1, 0, 1, 0]);
    expect(Array.from(majorityVote([a, b, a]).data)).toEqual([1, 1, 0, 0]);
    expect(Array.from(majorityVote([a, b]).data)).toEqual([1, 0, 0, 0]);
    expect(Array.from(majorityVote([a, b], { tie: "foreground" }).data)).toEqual([1, 1, 1, 0]);
  });
});

describe("STAPLE", () => {
  it("identical raters: consensus = the raters' mask, sensitivity and specificity ≈ 1", () => {
    const a = makeMask([9, 9, 1], sp, (i, j) => Math.abs(i - 4) + Math.abs(j - 4) <= 3);
    const s = staple([a, a, a]);
    expect(Array.from(s.consensus.data)).toEqual(Array.from(a.data));
    expect(s.converged).toBe(true);
    for (const p of s.sensitivity) expect(p).toBeGreaterThan(0.999999);
    for (const q of s.specificity) expect(q).toBeGreaterThan(0.999999);
  });

  it("down-weights a noisy rater and recovers the truth", () => {
    const random = rng(3);
    const truth = makeMask([40, 40, 1], sp, (i, j) => (i - 20) ** 2 + (j - 20) ** 2 < 120);
    const noisy = (flip: number) => {
      const d = truth.data.map((v) => (random() < flip ? 1 - v : v));
      return { grid: truth.grid, data: Uint8Array.from(d) };
    };
    const raters = [noisy(0.02), noisy(0.02), noisy(0.03), noisy(0.3)];
    const s = staple(raters, { region: "grid" });
    expect(s.converged).toBe(true);
    expect(s.sensitivity[3]).toBeLessThan(s.sensitivity[0]);
    expect(s.specificity[3]).toBeLessThan(s.specificity[0]);
    let wrong = 0;
    for (let p = 0; p < truth.data.length; p++) if (s.consensus.data[p] !== truth.data[p]) wrong++;
    expect(wrong).toBeLessThan(10);
    expect(s.voxels).toBe(s.consensus.data.reduce((x, y) => x + y, 0));
  });

  it("all raters empty: empty consensus", () => {
    const e = makeMask([3, 3, 1], sp, () => false);
    const s = staple([e, e]);
    expect(s.voxels).toBe(0);
    expect(s.iterations).toBe(0);
  });
});
