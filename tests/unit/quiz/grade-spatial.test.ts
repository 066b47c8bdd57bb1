/** Spatial grading on the synthetic case of ./fixture.ts; every expected number is worked out by hand in the comments. */
import { describe, expect, it } from "vitest";
import { gradeItem } from "@/lib/quiz/grade-item";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { ERROR_MISSED, ERROR_OVER, type OutlineGrade } from "@/lib/quiz/grade-outline";
import { ctxFor, structures } from "./fixture";

const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({ id: "t1", case: "tcase", prompt: "p", ...x }) as SpatialItem;
const square = (x0: number, y0: number, x1: number, y1: number): [number, number, number][] => [
  [x0, y0, 2],
  [x1, y0, 2],
  [x1, y1, 2],
  [x0, y1, 2],
];

describe("click", () => {
  const click = item({ type: "click", structure: "aa", slice: 1 });
  it("inside the structure → correct", () => {
    const r = gradeItem(
      click,
      { kind: "point", pointMm: [3, 3, 2], slice: 1 },
      { spatial: ctxFor(click) },
    );
    expect(r).toMatchObject({ correct: true, score: 100 });
  });
  it("inside another structure → incorrect, names it and the distance", () => {
    // click (6, 6, 2) is in B; nearest A voxel centre (4, 4, 2): √(2² + 2²) = 2.83 mm
    const r = gradeItem(
      click,
      { kind: "point", pointMm: [6, 6, 2], slice: 1 },
      { spatial: ctxFor(click) },
    );
    expect(r.correct).toBe(false);
    expect(r.score).toBe(36); // domain policy: 50 · (1 − 2.83 / 10) = 35.9
    expect(r.clickedStructure).toBe("bb");
    expect(r.metrics.distanceMm).toBeCloseTo(Math.SQRT2 * 2, 6);
    expect(r.feedback[0]).toContain("Structure B");
    expect(r.feedback[0]).toContain("2.8 mm");
  });
  it("tolerance edge: exactly at the tolerance counts", () => {
    // (5, 3, 2): background; nearest A voxel (4, 3, 2) is 1 mm away
    const tol1 = item({ type: "click", structure: "aa", toleranceMm: 1 });
    expect(
      gradeItem(tol1, { kind: "point", pointMm: [5, 3, 2], slice: 1 }, { spatial: ctxFor(tol1) })
        .correct,
    ).toBe(true);
    const tol09 = item({ type: "click", structure: "aa", toleranceMm: 0.9 });
    expect(
      gradeItem(tol09, { kind: "point", pointMm: [5, 3, 2], slice: 1 }, { spatial: ctxFor(tol09) })
        .correct,
    ).toBe(false);
  });
  it("find-the-slice: reports the slice error in mm", () => {
    const find = item({ type: "click", structure: "aa", findSlice: true });
    const r = gradeItem(
      find,
      { kind: "point", pointMm: [3, 3, 0], slice: 0 },
      { spatial: ctxFor(find) },
    );
    expect(r.correct).toBe(false); // slice 0 holds no A; nearest is 2 mm above
    expect(r.metrics.sliceErrorMm).toBe(2);
    expect(r.feedback.join(" ")).toContain(
      "slice 1; the Structure A is largest on slice 2, 2 mm away",
    );
  });
});

describe("landmark", () => {
  const lm = item({ type: "landmark", structure: "lmlm", toleranceMm: 3 });
  it.each([
    [[5, 7, 2], true, 100, 2], // 2 mm off, tolerance 3
    [[5, 8, 2], true, 100, 3], // exactly at the tolerance
    [[5, 11, 2], false, 35, 6], // 6 mm: domain policy 50·(1 − (6−3)/10) = 35
    [[5, 18, 2], false, 0, 13], // tolerance + 10 mm → 0
  ])("point %j → correct %s, score %d, %d mm", (p, correct, score, d) => {
    const r = gradeItem(
      lm,
      { kind: "landmark", pointMm: p as [number, number, number], slice: 1 },
      { spatial: ctxFor(lm) },
    );
    expect(r).toMatchObject({ correct, score });
    expect(r.metrics.distanceMm).toBeCloseTo(d, 9);
  });
});

describe("box", () => {
  const box = item({ type: "box", structure: "aa", passIou: 0.5 });
  const ans = (x1: number) => ({
    kind: "box" as const,
    boxMm: {
      min: [1.5, 1.5, 2] as [number, number, number],
      max: [x1, 4.5, 2] as [number, number, number],
    },
    slice: 1,
  });
  it("reference = voxel extents of the structure on the slice: [1.5, 4.5]² → IoU 1", () => {
    expect(gradeItem(box, ans(4.5), { spatial: ctxFor(box) })).toMatchObject({
      correct: true,
      score: 100,
    });
  });
  it("half the box → IoU 0.5 passes at exactly 0.5", () => {
    // inter 1.5 × 3 = 4.5, union 9 → 0.5
    const r = gradeItem(box, ans(3), { spatial: ctxFor(box) });
    expect(r.metrics.iou).toBeCloseTo(0.5, 12);
    expect(r).toMatchObject({ correct: true, score: 50 });
  });
  it("below the threshold fails", () => {
    // inter 1 × 3 = 3, union 9 → 0.333
    expect(gradeItem(box, ans(2.5), { spatial: ctxFor(box) })).toMatchObject({
      correct: false,
      score: 33,
    });
  });
});

describe("box on two raters (no annotation set)", () => {
  // rater1 box [1.5, 4.5]², rater2 [1.5, 4.5] × [1.5, 3.5]; STAPLE consensus = rater1's 9 px.
  // LOO IoU: each box against the other's (STAPLE of one mask = itself) = 3·2 / 3·3 = 2/3 = pass.
  const spreadBox = item({ type: "box", structure: "aa", slice: 1 });
  const ans = (y1: number) => ({
    kind: "box" as const,
    boxMm: {
      min: [1.5, 1.5, 2] as [number, number, number],
      max: [4.5, y1, 2] as [number, number, number],
    },
    slice: 1,
  });
  it("pass mark = the raters' lowest leave-one-out IoU (2/3); rater2's box passes", () => {
    const r = gradeItem(spreadBox, ans(3.5), { spatial: ctxFor(spreadBox, true) });
    expect(r.metrics.passIou).toBeCloseTo(2 / 3, 12);
    expect(r.metrics.iou).toBeCloseTo(2 / 3, 12);
    expect(r.correct).toBe(true);
    expect(r.feedback[1]).toContain("0.67–0.67");
  });
  it("a box of 1.5 rows fails (IoU 0.5 < 2/3), though 0.5 passes the single-rater default", () => {
    const r = gradeItem(spreadBox, ans(3), { spatial: ctxFor(spreadBox, true) });
    expect(r.metrics.iou).toBeCloseTo(0.5, 12);
    expect(r.correct).toBe(false);
  });
  it("an item's own passIou wins over the spread", () => {
    const fixed = item({ type: "box", structure: "aa", slice: 1, passIou: 0.5 });
    const r = gradeItem(fixed, ans(3), { spatial: ctxFor(fixed, true) });
    expect(r).toMatchObject({ correct: true, score: 50 });
    expect(r.feedback[0]).toContain("the item's pass mark");
  });
});

describe("outline", () => {
  const outline = item({ type: "outline", structure: "aa", slice: 1, passDice: 0.85 });
  it("following the expert contour → Dice 1", () => {
    const r = gradeItem(
      outline,
      { kind: "outline", polygonMm: square(1.5, 1.5, 4.5, 4.5), slice: 1 },
      { spatial: ctxFor(outline) },
    ) as OutlineGrade;
    expect(r).toMatchObject({ correct: true, score: 100 });
    expect(r.metrics.dice).toBe(1);
  });
  it("too large: Dice 18/21, error map marks 3 over-segmented pixels", () => {
    // answer i 2–5, j 2–4 = 12 px, reference 9 px, overlap 9 → Dice 2·9/21 = 0.857
    const r = gradeItem(
      outline,
      { kind: "outline", polygonMm: square(1.5, 1.5, 5.5, 4.5), slice: 1 },
      { spatial: ctxFor(outline) },
    ) as OutlineGrade;
    expect(r.metrics.dice).toBeCloseTo(18 / 21, 12);
    expect(r.correct).toBe(true); // ≥ 0.85
    expect(r.errorMap.filter((v) => v === ERROR_OVER).length).toBe(3);
    expect(r.errorMap.filter((v) => v === ERROR_MISSED).length).toBe(0);
    expect(r.errorMap[5 + 10 * 3]).toBe(ERROR_OVER); // pixel (5, 3)
  });
  it("too small: Dice 0.8 fails at 0.85; missed pixels in the error map", () => {
    // answer i 2–3, j 2–4 = 6 px → Dice 12/15 = 0.8; missed = column i = 4 (3 px)
    const r = gradeItem(
      outline,
      { kind: "outline", polygonMm: square(1.5, 1.5, 3.5, 4.5), slice: 1 },
      { spatial: ctxFor(outline) },
    ) as OutlineGrade;
    expect(r).toMatchObject({ correct: false, score: 80 });
    expect(r.errorMap.filter((v) => v === ERROR_MISSED).length).toBe(3);
    expect(r.feedback[0]).toContain("80 % (Dice 0.80)");
  });
  it("two raters: graded against their spread (STAPLE consensus, lowest leave-one-out Dice)", () => {
    // rater2 draws 6 of rater1's 9 px. Leave-one-out: each rater against the other → Dice
    // 2·6/15 = 0.8 for both, so the pass mark is 0.8. STAPLE of the two (scripts/golden/
    // reference_metrics.staple on these masks) keeps rater1's 9 px. Our answer (i 2–3, j 2–4):
    // Dice 2·6/15 = 0.8 against it → passes (equality), rank 1 of 3 (no rater is above 0.8).
    const noPass = item({ type: "outline", structure: "aa", slice: 1 });
    const ans = { kind: "outline" as const, polygonMm: square(1.5, 1.5, 3.5, 4.5), slice: 1 };
    const r = gradeItem(noPass, ans, { spatial: ctxFor(noPass, true) }) as OutlineGrade;
    expect(r.metrics.passDice).toBeCloseTo(0.8, 12);
    expect(r.metrics.dice).toBeCloseTo(0.8, 12);
    expect(r.metrics.rank).toBe(1);
    expect(r.metrics.rankOf).toBe(3);
    expect(r.correct).toBe(true);
    expect(r.feedback[1]).toBe(
      "The 2 experts scored 0.80–0.80 against the others' consensus; you would rank 1st of 3.",
    );
    // missed column i = 4: (4, 2) and (4, 3) are held by both raters → missed (blue); (4, 4) by
    // rater1 only → inside the raters' disagreement (code 4)
    expect(r.errorMap.filter((v) => v === 4).length).toBe(1);
    expect(r.errorMap[4 + 10 * 4]).toBe(4);
    expect(r.errorMap.filter((v) => v === ERROR_MISSED).length).toBe(2);
    // an item's own pass mark still wins
    const fixed = item({ type: "outline", structure: "aa", slice: 1, passDice: 0.85 });
    expect(gradeItem(fixed, ans, { spatial: ctxFor(fixed, true) }).correct).toBe(false);
    // with one annotator the default 0.7 applies
    expect(gradeItem(noPass, ans, { spatial: ctxFor(noPass) }).metrics.passDice).toBe(0.7);
  });
  it("two raters: a click is judged by the fraction of raters holding it", () => {
    const click = item({ type: "click", structure: "aa", slice: 1 });
    const at = (x: number, y: number) =>
      gradeItem(
        click,
        { kind: "point", pointMm: [x, y, 2], slice: 1 },
        { spatial: ctxFor(click, true) },
      );
    expect(at(3, 3)).toMatchObject({ correct: true, score: 100 }); // both raters
    const border = at(3, 4); // row j = 4: rater1 only → 1 of 2
    expect(border).toMatchObject({ correct: false, score: 50 });
    expect(border.feedback[0]).toContain("Borderline: 1 of 2 raters include this point");
    const wrong = at(6, 6); // nearest held pixel (4, 4): 2√2 ≈ 2.8 mm
    expect(wrong).toMatchObject({ correct: false, score: 0 });
    expect(wrong.feedback[0]).toContain("2.8 mm");
  });
  it("find-the-slice: an outline on the wrong slice fails and says how far", () => {
    const find = item({ type: "outline", structure: "aa", findSlice: true, passDice: 0.5 });
    const r = gradeItem(
      find,
      {
        kind: "outline",
        polygonMm: square(1.5, 1.5, 4.5, 4.5).map(([x, y]) => [x, y, 4]),
        slice: 2,
      },
      { spatial: ctxFor(find) },
    );
    expect(r.correct).toBe(false);
    expect(r.metrics.sliceErrorMm).toBe(2);
  });
});

describe("name and dispatch", () => {
  it("name items grade against the context's vocabulary", () => {
    const name = item({ type: "name", structure: "aa" });
    expect(
      gradeItem(name, { kind: "name", text: "structure a" }, { spatial: ctxFor(name) }).correct,
    ).toBe(true);
    expect(
      gradeItem(name, { kind: "name", text: "structure b" }, { structures }).feedback[0],
    ).toContain("Structure B");
  });
  it("a mismatched answer kind grades incorrect", () => {
    const click = item({ type: "click", structure: "aa" });
    expect(gradeItem(click, { kind: "name", text: "x" }).correct).toBe(false);
  });
});
