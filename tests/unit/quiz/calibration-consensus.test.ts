/**
 * Calibration of items graded against the raters' spread starts from the grader's own reference,
 * the STAPLE consensus (fixture: rater1 = i 2–4, j 2–4 on slice 1; rater2 = i 2–4, j 2–3; their
 * STAPLE keeps rater1's 9 px, per scripts/golden/reference_metrics.staple on these masks).
 */
import { describe, expect, it } from "vitest";
import { consensusAnswer } from "@/lib/quiz/calibration/consensus-answer";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { ctxFor } from "./fixture";

const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({ id: "t1", case: "tcase", prompt: "p", ...x }) as SpatialItem;

describe("consensusAnswer", () => {
  const outline = item({ type: "outline", structure: "aa", slice: 1 });
  it("outline with two raters: the STAPLE consensus mask (rater1's 9 pixels)", () => {
    const a = consensusAnswer(outline, ctxFor(outline, true), 1);
    expect(a?.kind).toBe("outline");
    const mask = (a as { mask: Uint8Array }).mask;
    const on: number[] = [];
    mask.forEach((v, p) => v && on.push(p));
    expect(on).toEqual([22, 23, 24, 32, 33, 34, 42, 43, 44]);
  });
  it("click with two raters: the deepest pixel of the consensus, (3, 3)", () => {
    const click = item({ type: "click", structure: "aa", slice: 1 });
    expect(consensusAnswer(click, ctxFor(click, true), 1)).toEqual({
      kind: "point",
      pointMm: [3, 3, 2],
      slice: 1,
    });
  });
  it("box with two raters: the box of the consensus (voxel extents of i, j 2–4 on z = 2 mm)", () => {
    const box = item({ type: "box", structure: "aa", slice: 1 });
    expect(consensusAnswer(box, ctxFor(box, true), 1)).toEqual({
      kind: "box",
      boxMm: { min: [1.5, 1.5, 2], max: [4.5, 4.5, 2] },
      slice: 1,
    });
  });
  it("none with one rater, with a named annotation set, or for other item types", () => {
    expect(consensusAnswer(outline, ctxFor(outline), 1)).toBeUndefined();
    const pinned = item({ type: "outline", structure: "aa", slice: 1, annotationSet: "rater1" });
    expect(consensusAnswer(pinned, ctxFor(pinned, true), 1)).toBeUndefined();
    const box = item({ type: "box", structure: "aa", slice: 1 });
    expect(consensusAnswer(box, ctxFor(box), 1)).toBeUndefined();
    const name = item({ type: "name", structure: "aa", slice: 1, mode: "type" });
    expect(consensusAnswer(name, ctxFor(name, true), 1)).toBeUndefined();
  });
});
