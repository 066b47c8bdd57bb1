import { describe, expect, it } from "vitest";
import { planeAxes, renderSlice } from "@/lib/imaging/slice-bitmap";

// 5 × 5 × 1: a 3 × 3 block of label 1 in the middle.
const data = new Uint8Array(25);
for (let j = 1; j <= 3; j++) for (let i = 1; i <= 3; i++) data[i + 5 * j] = 1;
const lut = new Uint8Array([0, 0, 0, 0, 10, 20, 30, 255]);
const alphaAt = (rgba: Uint8ClampedArray, x: number, y: number, w = 5) => rgba[(y * w + x) * 4 + 3];

describe("renderSlice", () => {
  it("fills the inside at the fill opacity and draws the boundary opaque", () => {
    const { width, height, rgba } = renderSlice(data, [5, 5, 1], 2, 0, {
      lut,
      fillAlpha: 0.5,
      outline: true,
    });
    expect([width, height]).toEqual([5, 5]);
    expect(alphaAt(rgba, 2, 2)).toBe(128); // interior: round(0.5 · 255)
    expect(alphaAt(rgba, 1, 1)).toBe(255); // corner of the block: a neighbour differs
    expect(alphaAt(rgba, 0, 0)).toBe(0); // background
    expect(Array.from(rgba.slice((2 * 5 + 2) * 4, (2 * 5 + 2) * 4 + 3))).toEqual([10, 20, 30]);
  });
  it("outline only: interior transparent", () => {
    const { rgba } = renderSlice(data, [5, 5, 1], 2, 0, { lut, fillAlpha: 0, outline: true });
    expect(alphaAt(rgba, 2, 2)).toBe(0);
    expect(alphaAt(rgba, 3, 2)).toBe(255);
  });
  it("a label with alpha 0 in the table is not drawn at all", () => {
    const { rgba } = renderSlice(data, [5, 5, 1], 2, 0, {
      lut: new Uint8Array(8),
      fillAlpha: 1,
      outline: true,
    });
    expect(rgba.every((v) => v === 0)).toBe(true);
  });
  it("coronal and sagittal slices take the remaining axes; out-of-range index is transparent", () => {
    expect(planeAxes(1)).toEqual([0, 2]);
    expect(planeAxes(0)).toEqual([1, 2]);
    // 2 × 3 × 4 grid with value = k + 1 everywhere: slice j = 1 is 2 wide (i) × 4 high (k).
    const d = new Uint8Array(24).map((_, n) => Math.floor(n / 6) + 1);
    const lut4 = new Uint8Array(5 * 4).fill(255);
    const s = renderSlice(d, [2, 3, 4], 1, 1, { lut: lut4, fillAlpha: 1, outline: false });
    expect([s.width, s.height]).toEqual([2, 4]);
    expect(
      renderSlice(d, [2, 3, 4], 1, 7, { lut: lut4, fillAlpha: 1, outline: false }).rgba.every(
        (v) => v === 0,
      ),
    ).toBe(true);
  });
});
