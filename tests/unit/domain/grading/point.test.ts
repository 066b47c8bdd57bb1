import { describe, expect, it } from "vitest";
import {
  gradePoint,
  landmarkDistanceMm,
  nearestLabelVoxel,
  scoreDistance,
} from "@/lib/domain/grading";
import { indexToWorld } from "@/lib/domain/geometry";
import type { GridSpec } from "@/lib/domain/model";

// LPS axial grid: +i = patient left (x grows), origin at the right side.
const grid: GridSpec = {
  dims: [20, 10, 4],
  spacing: [1, 1, 2],
  origin: [-9.5, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const labels = new Uint8Array(20 * 10 * 4);
const set = (i: number, j: number, k: number, v: number) => (labels[i + 20 * (j + 10 * k)] = v);
// label 1 on the patient's left (i 14–16), label 2 on the right (i 3–5), both at j 4–5, k 1.
for (let j = 4; j <= 5; j++)
  for (let i = 14; i <= 16; i++) {
    set(i, j, 1, 1);
    set(19 - i, j, 1, 2);
  }
const names = { 1: "hippocampus-left", 2: "hippocampus-right" };

describe("gradePoint", () => {
  it("hit: the voxel containing the point is in the structure", () => {
    const g = gradePoint({
      grid,
      labels,
      target: 1,
      pointMm: indexToWorld(grid, [15.4, 4.6, 1.3]),
    });
    expect(g).toMatchObject({
      correct: true,
      hit: true,
      distanceMm: 0,
      voxel: [15, 5, 1],
      clickedLabel: 1,
      sideError: false,
    });
  });

  it("miss: distance to the nearest structure voxel centre, correct within tolerance", () => {
    const p = indexToWorld(grid, [18, 5, 1]);
    const g = gradePoint({ grid, labels, target: 1, pointMm: p, toleranceMm: 1.5 });
    expect(g.hit).toBe(false);
    expect(g.distanceMm).toBeCloseTo(2, 12);
    expect(g.correct).toBe(false);
    expect(gradePoint({ grid, labels, target: 1, pointMm: p, toleranceMm: 2 }).correct).toBe(true);
    expect(g.nearestVoxel).toEqual([16, 5, 1]);
  });

  it("names the structure actually clicked and flags a left/right swap", () => {
    const g = gradePoint({
      grid,
      labels,
      target: 1,
      pointMm: indexToWorld(grid, [4, 4, 1]),
      labelNames: names,
      midlineXmm: 0,
    });
    expect(g.correct).toBe(false);
    expect(g.clickedLabel).toBe(2);
    expect(g.clickedStructure).toBe("hippocampus-right");
    expect(g.sideError).toBe(true);
  });

  it("outside the grid: no voxel, but still a distance", () => {
    const g = gradePoint({ grid, labels, target: 1, pointMm: [100, 4, 2] });
    expect(g.voxel).toBeNull();
    expect(g.clickedLabel).toBeNull();
    expect(g.distanceMm).toBeGreaterThan(90);
  });

  it("absent structure: infinite distance, never correct", () => {
    const g = gradePoint({ grid, labels, target: 7, pointMm: [0, 0, 0], toleranceMm: 1000 });
    expect(g.distanceMm).toBe(Infinity);
    expect(g.correct).toBe(false);
  });

  it("accepts several label values for one structure", () => {
    expect(
      gradePoint({ grid, labels, target: [1, 2], pointMm: indexToWorld(grid, [4, 4, 1]) }).hit,
    ).toBe(true);
  });

  it("2D grid: the click's k coordinate is ignored", () => {
    const flat: GridSpec = { ...grid, dims: [20, 10, 1] };
    const l2 = labels.slice(200, 400); // slice k = 1
    const g = gradePoint({
      grid: flat,
      labels: l2,
      target: 1,
      pointMm: [indexToWorld(flat, [18, 5, 0])[0], 5, 123],
    });
    expect(g.distanceMm).toBeCloseTo(2, 12);
    expect(nearestLabelVoxel(flat, l2, 1, [5.5, 5, -40])!.distanceMm).toBeCloseTo(0, 12);
  });
});

describe("landmarks", () => {
  it("Euclidean distance in mm, inclusive tolerance", () => {
    expect(landmarkDistanceMm([0, 0, 0], [3, 4, 12])).toBe(13);
    expect(scoreDistance(landmarkDistanceMm([0, 0, 0], [3, 4, 0]), 5).passed).toBe(true); // d = 5
    expect(scoreDistance(landmarkDistanceMm([0, 0, 0], [3, 4, 0.1]), 5).passed).toBe(false);
  });
});
