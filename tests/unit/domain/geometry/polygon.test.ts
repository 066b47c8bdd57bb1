import { describe, expect, it } from "vitest";
import {
  indexToWorld,
  pointInPolygon,
  polygonSignedArea,
  rasterisePolygon,
  rasterisePolygonPixels,
  rasterisePolygons,
  type Vec3,
} from "@/lib/domain/geometry";
import type { GridSpec } from "@/lib/domain/model";
import { rng } from "../grading/helpers";

describe("pointInPolygon (centre inside or on the edge, even–odd)", () => {
  const sq = [
    [0, 0],
    [4, 0],
    [4, 3],
    [0, 3],
  ];
  it("inside, outside, on edges and vertices", () => {
    expect(pointInPolygon([2, 1], sq)).toBe(true);
    expect(pointInPolygon([5, 1], sq)).toBe(false);
    expect(pointInPolygon([4, 1.5], sq)).toBe(true); // right edge
    expect(pointInPolygon([2, 0], sq)).toBe(true); // bottom edge
    expect(pointInPolygon([2, 3], sq)).toBe(true); // top edge
    expect(pointInPolygon([0, 0], sq)).toBe(true); // vertex
    expect(pointInPolygon([4, 3], sq)).toBe(true);
    expect(pointInPolygon([4.0000001, 1], sq)).toBe(false);
  });
  it("even–odd for a self-intersecting star", () => {
    const star = [0, 1, 2, 3, 4].map((n) => {
      const a = (n * 4 * Math.PI) / 5 - Math.PI / 2;
      return [10 * Math.cos(a), 10 * Math.sin(a)];
    });
    expect(pointInPolygon([0, 0], star)).toBe(false); // the pentagon in the middle is covered twice
    expect(pointInPolygon([0, -7], star)).toBe(true); // a tip
  });
  it("degenerate polygons contain only their segments", () => {
    expect(
      pointInPolygon(
        [1, 1],
        [
          [0, 0],
          [2, 2],
        ],
      ),
    ).toBe(true);
    expect(
      pointInPolygon(
        [1, 0],
        [
          [0, 0],
          [2, 2],
        ],
      ),
    ).toBe(false);
    expect(pointInPolygon([1, 0], [])).toBe(false);
  });
});

function brute(nx: number, ny: number, poly: number[][]): Uint8Array {
  const out = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) out[j * nx + i] = pointInPolygon([i, j], poly) ? 1 : 0;
  return out;
}

describe("rasterisePolygonPixels equals testing every pixel centre", () => {
  it("axis-aligned rectangle with edges through pixel centres includes the edges", () => {
    const r = rasterisePolygonPixels(8, 6, [
      [1, 1],
      [5, 1],
      [5, 3],
      [1, 3],
    ]);
    let c = 0;
    for (const v of r) c += v;
    expect(c).toBe(5 * 3);
    expect(r[1 * 8 + 1]).toBe(1);
    expect(r[3 * 8 + 5]).toBe(1);
    expect(r[4 * 8 + 5]).toBe(0);
  });

  it("half-pixel rectangle covers exactly the pixels whose centres it contains", () => {
    const r = rasterisePolygonPixels(8, 6, [
      [0.5, 0.5],
      [3.5, 0.5],
      [3.5, 2.5],
      [0.5, 2.5],
    ]);
    expect(Array.from(r).reduce((a, b) => a + b, 0)).toBe(3 * 2);
  });

  const random = rng(7);
  for (let t = 0; t < 40; t++) {
    const nx = 12 + Math.floor(random() * 20);
    const ny = 10 + Math.floor(random() * 20);
    const nv = 3 + Math.floor(random() * 9);
    // Integer and half-integer vertices put many centres exactly on edges and vertices.
    const q = t % 2 === 0 ? 1 : 2;
    const poly = Array.from({ length: nv }, () => [
      Math.round((random() * (nx + 4) - 2) * q) / q,
      Math.round((random() * (ny + 4) - 2) * q) / q,
    ]);
    it(`random polygon ${t} (${nv} vertices, grid step 1/${q})`, () => {
      expect(Array.from(rasterisePolygonPixels(nx, ny, poly))).toEqual(
        Array.from(brute(nx, ny, poly)),
      );
    });
  }
  it("random real-valued polygons", () => {
    for (let t = 0; t < 30; t++) {
      const poly = Array.from({ length: 20 }, () => [random() * 30 - 2, random() * 25 - 2]);
      expect(Array.from(rasterisePolygonPixels(26, 21, poly))).toEqual(
        Array.from(brute(26, 21, poly)),
      );
    }
  });
});

describe("rasterisePolygon on a grid slice (world mm)", () => {
  const grid: GridSpec = {
    dims: [20, 16, 5],
    spacing: [0.5, 0.5, 3],
    origin: [10, 20, -6],
    direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  };
  const w = (i: number, j: number, k = 2): Vec3 => indexToWorld(grid, [i, j, k]);

  it("returns a one-slice mask with the grid's spacing", () => {
    const m = rasterisePolygon(grid, 2, [w(2, 2), w(6, 2), w(6, 5), w(2, 5)]);
    expect(m.grid.dims).toEqual([20, 16, 1]);
    expect(m.grid.spacing).toEqual([0.5, 0.5, 3]);
    expect(m.data.reduce((a, b) => a + b, 0)).toBe(5 * 4);
  });

  it("works on an LPS-flipped grid (direction −1) the same way in index space", () => {
    const flipped: GridSpec = { ...grid, direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1] };
    const wf = (i: number, j: number): Vec3 => indexToWorld(flipped, [i, j, 2]);
    const m = rasterisePolygon(flipped, 2, [wf(2, 2), wf(6, 2), wf(6, 5), wf(2, 5)]);
    expect(m.data.reduce((a, b) => a + b, 0)).toBe(20);
    expect(m.data[2 * 20 + 2]).toBe(1);
  });

  it("XORs holes", () => {
    const m = rasterisePolygons(grid, 2, [
      { points: [w(0, 0), w(10, 0), w(10, 10), w(0, 10)] },
      { points: [w(3.5, 3.5), w(6.5, 3.5), w(6.5, 6.5), w(3.5, 6.5)], hole: true },
    ]);
    expect(m.data.reduce((a, b) => a + b, 0)).toBe(121 - 9);
  });

  it("rejects a slice outside the grid", () => {
    expect(() => rasterisePolygon(grid, 5, [w(0, 0), w(1, 0), w(1, 1)])).toThrow(/outside/);
  });

  it("signed area", () => {
    expect(
      polygonSignedArea([
        [0, 0],
        [4, 0],
        [4, 3],
        [0, 3],
      ]),
    ).toBe(12);
  });
});
