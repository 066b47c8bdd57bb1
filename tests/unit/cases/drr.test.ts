import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { huToRelativeAttenuation, projectIndex, raySum } from "@/scripts/build-time/drr";
import { drrPixelOf, renderDrr } from "@/scripts/build-time/drr-image";

// 2 × 3 × 2 volume (i fastest), spacing 1, 2, 3 mm. HU → attenuation 1 + HU/1000, clamped at 0:
//   k=0: j0 [0, 1000] → [1, 2]; j1 [-1000, 0] → [0, 1]; j2 [500, -2000] → [1.5, 0]
//   k=1: j0 [1000, 1000] → [2, 2]; j1 [0, 0] → [1, 1]; j2 [-500, 0] → [0.5, 1]
const grid: GridSpec = {
  dims: [2, 3, 2],
  spacing: [1, 2, 3],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const data = new Int16Array([0, 1000, -1000, 0, 500, -2000, 1000, 1000, 0, 0, -500, 0]);

describe("huToRelativeAttenuation", () => {
  it("maps air to 0, water to 1, 1000 HU to 2 and clamps below air", () => {
    expect([-1000, 0, 1000, -3000].map(huToRelativeAttenuation)).toEqual([0, 1, 2, 0]);
  });
});

describe("raySum (hand-computed sums)", () => {
  it("sums along i with step 1 mm: (u, v) = (j, k)", () => {
    const r = raySum({ grid, data }, 0);
    expect([r.width, r.height, r.axes]).toEqual([3, 2, [1, 2]]);
    // k0: 1+2, 0+1, 1.5+0; k1: 2+2, 1+1, 0.5+1
    expect(Array.from(r.values)).toEqual([3, 1, 1.5, 4, 2, 1.5]);
  });

  it("sums along j with step 2 mm: (u, v) = (i, k)", () => {
    const r = raySum({ grid, data }, 1);
    // k0 i0: (1+0+1.5)·2, i1: (2+1+0)·2; k1 i0: (2+1+0.5)·2, i1: (2+1+1)·2
    expect(Array.from(r.values)).toEqual([5, 6, 7, 8]);
  });

  it("sums along k with step 3 mm: (u, v) = (i, j)", () => {
    const r = raySum({ grid, data }, 2);
    // j0: (1+2)·3, (2+2)·3; j1: (0+1)·3, (1+1)·3; j2: (1.5+0.5)·3, (0+1)·3
    expect(Array.from(r.values)).toEqual([9, 12, 3, 6, 6, 3]);
  });

  it("projects a voxel index onto the remaining axes", () => {
    expect(projectIndex([0.5, 1.5, 1], 0)).toEqual([1.5, 1]);
    expect(projectIndex([0.5, 1.5, 1], 1)).toEqual([0.5, 1]);
    expect(projectIndex([0.5, 1.5, 1], 2)).toEqual([0.5, 1.5]);
  });
});

describe("renderDrr / drrPixelOf", () => {
  const rs = raySum({ grid, data }, 0); // 3 × 2, spacing (j, k) = (2, 3) mm
  const display = { pixelMm: 1, spacingUV: [2, 3] as [number, number], flipU: false, flipV: true };

  it("resamples to square pixels and flips v (superior up)", () => {
    const img = renderDrr(rs, display, 100);
    // width = (3 − 1)·2/1 + 1 = 5, height = (2 − 1)·3/1 + 1 = 4
    expect([img.width, img.height, img.whiteAt]).toEqual([5, 4, 4]);
    // top-left pixel = ray sum at (u 0, v 1) = 4 → white; bottom-left = (u 0, v 0) = 3 → 191
    expect(img.gray[0]).toBe(255);
    expect(img.gray[3 * 5]).toBe(Math.round((3 / 4) * 255));
    // half-way along u between u0 (4) and u1 (2) on the top row: 3 → 191
    expect(img.gray[1]).toBe(Math.round((3 / 4) * 255));
  });

  it("maps ray-sum positions to output pixels", () => {
    expect(drrPixelOf(rs, display, 1, 0)).toEqual([2, 3]);
    expect(drrPixelOf(rs, display, 2, 1)).toEqual([4, 0]);
  });
});
