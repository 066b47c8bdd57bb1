/**
 * Adjudicated (senior-review) sets through the real context builder and grader, on the synthetic
 * case of ./fixture.ts with rater2 marked adjudicated. Hand numbers (slice k = 1, 1 mm pixels):
 * adjudicated = rater2 = i 2–4, j 2–3 (6 px); the one other rater = rater1 = i 2–4, j 2–4 (9 px).
 * Rater1's Dice against it = 2·6 / (9 + 6) = 0.8 = the pass mark. τ (one rater: the pair rater1 /
 * adjudicated): boundary distances rater1→adj [0,0,0,0,0,1,1,1] (row j = 4 is 1 mm off), adj→rater1
 * [0,0,0,0,0,1] ((3,3) is rater1's interior); numpy-linear 95th percentiles 1 and 0.75 → HD95 1 →
 * τ = 1 mm.
 */
import { describe, expect, it } from "vitest";
import { annotationSetSchema } from "@/lib/domain/model";
import { gradeItem } from "@/lib/quiz/grade-item";
import { itemSpatialContext } from "@/lib/quiz/item-context";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { grid, labelmaps, sets, structures } from "./fixture";

const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({ id: "t1", case: "tcase", prompt: "p", ...x }) as SpatialItem;
const rect = (j1: number) => {
  const m = new Uint8Array(100);
  for (let j = 2; j <= j1; j++) for (let i = 2; i <= 4; i++) m[i + 10 * j] = 1;
  return m;
};
const caseWith = (adjudicated: boolean) => ({
  manifest: { id: "tcase", grid, structures, annotators: [], image: { kind: "nifti" } } as never,
  annotationSets: [sets[0], annotationSetSchema.parse({ ...sets[1], adjudicated })],
});
const ctx = (it: SpatialItem, adjudicated = true) =>
  itemSpatialContext(it, caseWith(adjudicated), 1, labelmaps)!;

describe("adjudicated reference", () => {
  const outline = item({ type: "outline", structure: "aa", slice: 1 });
  it("becomes the reference; the other rater stays as the spread", () => {
    const c = ctx(outline);
    expect(c.reference.set.id).toBe("rater2");
    expect(c.others.map((r) => r.set.id)).toEqual(["rater1"]);
    expect(c.adjudicated).toBe(true);
    expect(ctx(outline, false).reference.set.id).toBe("rater1");
  });
  it("outline: Dice against it, pass = the rater's Dice against it (0.8), τ 1 mm", () => {
    const r = gradeItem(
      outline,
      { kind: "outline", mask: rect(4), slice: 1 },
      { spatial: ctx(outline) },
    );
    // Rater1's own mask: Dice 0.8 against the adjudicated set (it would be 1 against STAPLE).
    expect(r.metrics.dice).toBeCloseTo(0.8, 12);
    expect(r.metrics.passDice).toBeCloseTo(0.8, 12);
    expect(r.metrics.nsdToleranceMm).toBe(1);
    expect(r.correct).toBe(true);
    expect(r.feedback[0]).toMatch(/adjudicated \(senior-review\) reference/);
    const small = gradeItem(
      outline,
      { kind: "outline", mask: rect(2), slice: 1 },
      { spatial: ctx(outline) },
    );
    expect(small.metrics.dice).toBeCloseTo(2 / 3, 12); // 2·3 / (3 + 6)
    expect(small.correct).toBe(false);
  });
  it("click: the adjudicated mask decides, not the fraction of raters", () => {
    const click = item({ type: "click", structure: "aa", slice: 1 });
    const at = (j: number) => ({
      kind: "point" as const,
      pointMm: [3, j, 2] as [number, number, number],
      slice: 1,
    });
    // (3, 5): 2 mm from the adjudicated region (nearest voxel (3, 3)), beyond τ = 1 mm.
    expect(gradeItem(click, at(5), { spatial: ctx(click) }).correct).toBe(false);
    expect(gradeItem(click, at(3), { spatial: ctx(click) }).correct).toBe(true);
    // Without adjudication (3, 4) is a 1-of-2 borderline click.
    expect(gradeItem(click, at(4), { spatial: ctx(click, false) }).score).toBe(50);
  });
  it("click: outside the adjudicated region but within the raters' τ (1 mm) is correct", () => {
    const click = item({ type: "click", structure: "aa", slice: 1 });
    const p = { kind: "point" as const, pointMm: [3, 4, 2] as [number, number, number], slice: 1 };
    // (3, 4): rater1 holds it, the adjudicated set does not; 1 mm from its voxel (3, 3).
    const r = gradeItem(click, p, { spatial: ctx(click) });
    expect(r.metrics.distanceMm).toBe(1);
    expect(r.correct).toBe(true);
    expect(r.feedback.join(" ")).toMatch(/adjudicated senior-review reference.*within the 1 mm/);
    expect(r.feedback.join(" ")).toMatch(/raters' own outlines .* median HD95/);
    // The item's own tolerance wins: 0.5 mm, so the same click misses.
    const fixed = item({ type: "click", structure: "aa", slice: 1, toleranceMm: 0.5 });
    expect(gradeItem(fixed, p, { spatial: ctx(fixed) }).correct).toBe(false);
  });
});
