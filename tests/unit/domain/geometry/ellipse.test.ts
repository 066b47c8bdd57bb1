import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ellipseArea,
  ellipseAxisEnds,
  ellipseFromAxisPoints,
  ellipseFromMask,
  ellipsePerimeter,
  rasteriseEllipse,
} from "@/lib/domain/geometry/ellipse";
import type { GridSpec } from "@/lib/domain/model";

const golden = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../../fixtures/golden/expected-measure.json"), "utf8"),
) as { perimeters: { a: number; b: number; ramanujan2: number; exact: number }[] };

const grid = (nx: number, ny: number, s = 1): GridSpec => ({
  dims: [nx, ny, 1],
  spacing: [s, s, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
});

describe("ellipsePerimeter (Ramanujan's second approximation)", () => {
  it("a circle: exactly 2πr", () => {
    expect(ellipsePerimeter(5, 5)).toBeCloseTo(10 * Math.PI, 12);
  });
  it("a = 3, b = 2 by hand: h = 1/25, P = 5π (1 + 0.12 / (10 + √3.88)) = 15.86544", () => {
    // √3.88 = 1.969772; 0.12 / 11.969772 = 0.0100252; 5π × 1.0100252 = 15.865440
    expect(ellipsePerimeter(3, 2)).toBeCloseTo(15.86544, 5);
    expect(ellipsePerimeter(2, 3)).toBeCloseTo(15.86544, 5);
  });
  it("matches numpy's Ramanujan II and lies within 4e-4 of the exact perimeter (scipy ellipe)", () => {
    for (const g of golden.perimeters) {
      expect(ellipsePerimeter(g.a, g.b)).toBeCloseTo(g.ramanujan2, 9);
      expect(Math.abs(ellipsePerimeter(g.a, g.b) / g.exact - 1)).toBeLessThan(4e-4);
    }
  });
  it("0 for a point; area πab", () => {
    expect(ellipsePerimeter(0, 0)).toBe(0);
    expect(ellipseArea(3, 2)).toBeCloseTo(6 * Math.PI, 12);
  });
});

describe("ellipseFromAxisPoints", () => {
  it("axis ends (0,0)–(8,0) and a point 3 mm off the axis: centre (4,0), semi-axes 4 and 3", () => {
    const e = ellipseFromAxisPoints([0, 0, 0], [8, 0, 0], [5, -3, 0]);
    expect(e).toEqual({ center: [4, 0], semiAxes: [4, 3], angle: 0 });
  });
  it("a tilted axis keeps its angle; coincident ends give null", () => {
    const e = ellipseFromAxisPoints([0, 0, 0], [3, 4, 0], [0, 0, 0]);
    expect(e?.semiAxes[0]).toBeCloseTo(2.5, 12);
    expect(e?.angle).toBeCloseTo(Math.atan2(4, 3), 12);
    expect(ellipseFromAxisPoints([1, 1, 0], [1, 1, 0], [2, 2, 0])).toBeNull();
  });
  it("axis ends: minor axis of a 45° ellipse", () => {
    const ends = ellipseAxisEnds({ center: [0, 0], semiAxes: [2, 1], angle: Math.PI / 4 }, 1);
    expect(ends[0][0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(ends[0][1]).toBeCloseTo(-Math.SQRT1_2, 12);
  });
});

describe("rasteriseEllipse and ellipseFromMask", () => {
  it("centre-inside rule: a circle of radius 1 on a 1 mm grid holds the centre and its 4 neighbours", () => {
    const m = rasteriseEllipse(grid(5, 5), 0, { center: [2, 2], semiAxes: [1, 1], angle: 0 });
    expect(Array.from(m.data).reduce((s, v) => s + v, 0)).toBe(5);
    expect(m.data[2 * 5 + 3]).toBe(1);
    expect(m.data[3 * 5 + 3]).toBe(0);
  });
  it("the moment fit of a rasterised ellipse gives back its centre, semi-axes and angle", () => {
    const g = grid(400, 300, 0.1);
    const e = {
      center: [20, 15] as [number, number],
      semiAxes: [12, 8] as [number, number],
      angle: 0.5,
    };
    const fit = ellipseFromMask(g, 0, rasteriseEllipse(g, 0, e));
    expect(fit).not.toBeNull();
    expect(fit!.center[0]).toBeCloseTo(20, 2);
    expect(fit!.center[1]).toBeCloseTo(15, 2);
    expect(fit!.semiAxes[0]).toBeCloseTo(12, 1);
    expect(fit!.semiAxes[1]).toBeCloseTo(8, 1);
    expect(fit!.angle).toBeCloseTo(0.5, 2);
  });
  it("one pixel: a square's moments (variance s²/12 each way) give semi-axes s/√3; empty: null", () => {
    const fit = ellipseFromMask(grid(3, 3, 2), 0, {
      data: Uint8Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0]),
    });
    expect(fit?.center).toEqual([2, 2]);
    expect(fit?.semiAxes[0]).toBeCloseTo(2 / Math.sqrt(3), 12);
    expect(ellipseFromMask(grid(3, 3), 0, { data: new Uint8Array(9) })).toBeNull();
  });
});
