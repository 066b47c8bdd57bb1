/**
 * The poster's pixels against hand computations on a 4 × 3 × 3 grid of 1 mm voxels whose value is
 * 100·k + 10·i + j, window [100, 200] (grey = round((v − 100) / 100 · 255)). The viewer opens on
 * slice k = ⌊3 / 2⌋ = 1.
 */
import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { isPosterView, posterSize, posterSlice } from "@/lib/imaging/poster";
import { renderPoster } from "@/scripts/build-time/poster-render";

const dims: [number, number, number] = [4, 3, 3];
const identity: GridSpec = {
  dims,
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
// Voxel i at world x = 3 − i, j at y = 2 − j: the same world box, mirrored in the grid.
const flipped: GridSpec = {
  ...identity,
  origin: [3, 2, 0],
  direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
};
const data = new Float32Array(36);
for (let k = 0; k < 3; k++)
  for (let j = 0; j < 3; j++)
    for (let i = 0; i < 4; i++) data[i + 4 * (j + 3 * k)] = 100 * k + 10 * i + j;
const grey = (x: number, y: number, p: { width: number; rgb: Uint8Array }) => [
  ...p.rgb.slice((y * p.width + x) * 3, (y * p.width + x) * 3 + 3),
];

describe("renderPoster", () => {
  it("opens on the middle axial slice at one pixel per voxel", () => {
    expect(posterSize(identity)).toEqual({ width: 4, height: 3 });
    expect(posterSlice(identity)).toEqual({ axis: 2, index: 1 });
  });

  it("maps the window like cornerstone's VOI and puts world +x to the right", () => {
    const win: [number, number] = [100, 200];
    const a = renderPoster({ grid: identity, data, window: win, layers: [] });
    // voxel (3, 2, 1): v = 132 → 0.32 · 255 = 81.6 → 82
    expect(grey(3, 2, a)).toEqual([82, 82, 82]);
    // mirrored grid: world (0, 0) is voxel (3, 2), so the same value lands top-left
    const b = renderPoster({ grid: flipped, data, window: win, layers: [] });
    expect(grey(0, 0, b)).toEqual([82, 82, 82]);
  });

  it("blends a labelmap like the overlay canvas (fill alpha, outline at full alpha)", () => {
    const label = new Uint8Array(36);
    label[1 + 4 * (1 + 3 * 1)] = 1; // voxel (1, 1, 1), v = 111 → grey round(28.05) = 28
    const lut = new Uint8Array([0, 0, 0, 0, 255, 0, 0, 255]);
    const fill = renderPoster({
      grid: identity,
      data,
      window: [100, 200],
      layers: [{ data: label, style: { lut, fillAlpha: 0.5, outline: false } }],
    });
    // alpha round(0.5 · 255) = 128: red 255·128/255 + 28·127/255 = 141.9 → 142, green 13.9 → 14
    expect(grey(1, 1, fill)).toEqual([142, 14, 14]);
    expect(grey(2, 1, fill)).toEqual([54, 54, 54]); // v = 121 → 53.55 → 54, untouched
    const edge = renderPoster({
      grid: identity,
      data,
      window: [100, 200],
      layers: [{ data: label, style: { lut, fillAlpha: 0.5, outline: true } }],
    });
    expect(grey(1, 1, edge)).toEqual([255, 0, 0]); // a lone voxel is all boundary
  });
});

describe("isPosterView", () => {
  const check = (v: Parameters<typeof isPosterView>[4]) =>
    isPosterView(identity, "Brain", ["a", "b"], ["s1", "s2"], v);
  it("accepts the opening view, also spelled out as the case page writes it to the URL", () => {
    expect(check({})).toBe(true);
    expect(check({ slice: 2, window: "Brain", layers: ["a"], show: ["s1", "s2"] })).toBe(true);
    expect(check({ layers: ["unknown"] })).toBe(true);
  });
  it("rejects every other view", () => {
    for (const v of [
      { slice: 1 },
      { plane: "coronal" as const },
      { layout: "mpr" as const },
      { window: "Bone" },
      { zoom: 2 },
      { layers: ["b"] },
      { layers: ["a", "b"] },
      { show: ["s1"] },
      { flash: "s1" },
    ])
      expect(check(v)).toBe(false);
  });
});
