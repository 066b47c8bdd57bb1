import { describe, expect, it } from "vitest";
import {
  LABEL_CHAR_PX,
  LABEL_HEIGHT_PX,
  labelBox,
  layoutLabels,
  overlaps,
  type LabelBox,
} from "@/lib/imaging/label-layout";

const box = (x: number, y: number, width = 40, height = 14): LabelBox => ({ x, y, width, height });
const canvas = { width: 200, height: 100 };

describe("overlaps", () => {
  it("counts shared interiors only, not touching edges", () => {
    expect(overlaps(box(0, 0), box(39, 13))).toBe(true);
    expect(overlaps(box(0, 0), box(40, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(0, 14))).toBe(false);
  });
});

describe("labelBox", () => {
  it("sizes a name from its length and puts the baseline 3 px above the box bottom", () => {
    expect(labelBox("Glabella", 10, 50)).toEqual({
      x: 10,
      y: 50 - LABEL_HEIGHT_PX + 3,
      width: 8 * LABEL_CHAR_PX,
      height: LABEL_HEIGHT_PX,
    });
  });
});

describe("layoutLabels", () => {
  it("keeps names that do not collide where they were asked for", () => {
    const wanted = [box(0, 0), box(50, 0), box(0, 20)];
    expect(layoutLabels(wanted, canvas)).toEqual(wanted);
  });

  it("moves a colliding name down by its height plus the gap (14 + 2 = 16 px)", () => {
    const out = layoutLabels([box(10, 30), box(20, 35)], canvas);
    expect(out[0]).toEqual(box(10, 30));
    expect(out[1]).toEqual(box(20, 35 + 16));
  });

  it("moves up when down would leave the canvas", () => {
    // second wants y 84 (bottom 98); down 1 step is 100 (bottom 114 > 100), so up: 84 - 16 = 68
    const out = layoutLabels([box(0, 84), box(10, 84)], canvas);
    expect(out[1]).toEqual(box(10, 68));
  });

  it("tries the next step when the first is taken", () => {
    // third collides with the first (y 40) and, one step down (56), with the second
    const out = layoutLabels([box(0, 40), box(0, 56), box(5, 42)], canvas);
    // down 1: 58 overlaps the second (56–70); up 1: 26 is free
    expect(out[2]).toEqual(box(5, 42 - 16));
  });

  it("clamps names into the canvas", () => {
    const out = layoutLabels([box(180, -5)], canvas);
    expect(out[0]).toEqual(box(160, 0));
  });

  it("keeps the wanted place when no free place is within reach", () => {
    const tiny = { width: 50, height: 14 };
    const out = layoutLabels([box(0, 0), box(0, 0)], tiny);
    expect(out[1]).toEqual(box(0, 0));
  });

  it("leaves no two names overlapping on a crowded but roomy canvas", () => {
    const wanted = Array.from({ length: 5 }, (_, i) => box(50 + i * 3, 40 + i));
    const out = layoutLabels(wanted, canvas);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) expect(overlaps(out[i], out[j])).toBe(false);
  });
});
