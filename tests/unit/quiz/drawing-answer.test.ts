/**
 * The answer a quiz drawing stands for (components/viewer/drawing-answer): null for an empty,
 * unfinished or fully erased drawing, so a cleared drawing leaves nothing for "Check" to grade.
 */
import { describe, expect, it } from "vitest";
import { brushAnswer, shapeAnswer } from "@/components/viewer/drawing-answer";
import type { GridSpec } from "@/lib/domain/model";

type P3 = [number, number, number];

/** 5 × 5 × 2, spacing 1 mm, identity: voxel (i, j, k) has its centre at world (i, j, k). */
const g: GridSpec = {
  dims: [5, 5, 2],
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const tri: P3[] = [
  [0, 0, 1],
  [3, 0, 1],
  [0, 3, 1],
];

describe("shapeAnswer", () => {
  it("line: two distinct ends answer; one end or coincident ends do not", () => {
    expect(
      shapeAnswer(
        "line",
        [
          [0, 0, 1],
          [3, 4, 1],
        ],
        false,
        1,
      ),
    ).toEqual({
      kind: "line",
      pointsMm: [
        [0, 0, 1],
        [3, 4, 1],
      ],
      slice: 1,
    });
    expect(shapeAnswer("line", [[0, 0, 1]], false, 1)).toBeNull();
    expect(
      shapeAnswer(
        "line",
        [
          [2, 2, 1],
          [2, 2, 1],
        ],
        false,
        1,
      ),
    ).toBeNull();
  });

  it("ellipse: two axis ends and a width answer; without the width, or a width of 0, not", () => {
    expect(shapeAnswer("ellipse", tri, false, 1)).toEqual({
      kind: "ellipse",
      pointsMm: tri,
      slice: 1,
    });
    expect(shapeAnswer("ellipse", tri.slice(0, 2), false, 1)).toBeNull();
    expect(
      shapeAnswer(
        "ellipse",
        [
          [0, 0, 1],
          [4, 0, 1],
          [2, 0, 1],
        ],
        false,
        1,
      ),
    ).toBeNull();
  });

  it("point and landmark: one point answers, none does not", () => {
    expect(shapeAnswer("point", [[1, 2, 1]], false, 1)).toEqual({
      kind: "point",
      pointMm: [1, 2, 1],
      slice: 1,
    });
    expect(shapeAnswer("landmark", [[1, 2, 1]], false, 1)?.kind).toBe("landmark");
    expect(shapeAnswer("point", [], false, 1)).toBeNull();
    expect(shapeAnswer("landmark", [], false, 1)).toBeNull();
  });

  it("box: two corners answer with min ≤ max; one corner or a zero-width box does not", () => {
    expect(
      shapeAnswer(
        "box",
        [
          [3, 0, 1],
          [1, 2, 1],
        ],
        false,
        1,
      ),
    ).toEqual({ kind: "box", boxMm: { min: [1, 0, 1], max: [3, 2, 1] }, slice: 1 });
    expect(shapeAnswer("box", [[3, 0, 1]], false, 1)).toBeNull();
    expect(shapeAnswer("box", [], false, 1)).toBeNull();
    const line: P3[] = [
      [1, 0, 1],
      [1, 4, 1],
    ]; // spans only y (and the slice axis not at all): no area
    expect(shapeAnswer("box", line, false, 1)).toBeNull();
  });

  it("outline: only a closed polygon of ≥ 3 vertices answers", () => {
    expect(shapeAnswer("outline", tri, true, 1)).toEqual({
      kind: "outline",
      polygonMm: tri,
      slice: 1,
    });
    expect(shapeAnswer("outline", tri, false, 1)).toBeNull(); // still open
    expect(shapeAnswer("outline", tri.slice(0, 2), true, 1)).toBeNull(); // 2 vertices
    expect(shapeAnswer("outline", [], false, 1)).toBeNull(); // cleared
  });
});

describe("brushAnswer", () => {
  const dab = (x: number, y: number, r: number, erase = false) => ({
    pathMm: [[x, y, 1] as P3],
    radiusMm: r,
    ...(erase ? { erase: true } : {}),
  });

  it("strokes that leave paint answer with every stroke, in order", () => {
    const strokes = [dab(2, 2, 1), dab(2, 2, 0.5, true)]; // erases the centre, 4 neighbours stay
    expect(brushAnswer(g, 1, strokes)).toEqual({ kind: "outline", brush: strokes, slice: 1 });
  });

  it("no strokes, only erase strokes, or everything erased: no answer", () => {
    expect(brushAnswer(g, 1, [])).toBeNull();
    expect(brushAnswer(g, 1, [dab(2, 2, 1, true)])).toBeNull();
    // Radius 1 paints (2,2) and its 4 neighbours; erasing at radius 1 clears the same 5 pixels.
    expect(brushAnswer(g, 1, [dab(2, 2, 1), dab(2, 2, 1, true)])).toBeNull();
  });

  it("paint entirely off the grid is no answer; a slice outside the grid is none either", () => {
    expect(brushAnswer(g, 1, [dab(20, 20, 1)])).toBeNull();
    expect(brushAnswer(g, 2, [dab(2, 2, 1)])).toBeNull();
  });
});
