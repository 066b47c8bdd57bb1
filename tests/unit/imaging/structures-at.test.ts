import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import type { LabelmapLayerRef, ShapeRef } from "@/lib/imaging/overlay-model";
import { pointInPolygon, rasterisePolygons } from "@/lib/domain/geometry";
import { structuresAt, structuresOnSlice } from "@/lib/imaging/structures-at";

// 4 × 4 × 2 grid, 2 mm voxels, identity direction, origin (0, 0, 0): voxel (i, j, k) at (2i, 2j, 2k) mm.
const grid: GridSpec = {
  dims: [4, 4, 2],
  spacing: [2, 2, 2],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const data = new Uint8Array(32);
data[1 + 4 * 1] = 3; // voxel (1, 1, 0) = label 3
const ref: LabelmapLayerRef = {
  key: "s::f",
  setId: "s",
  annotatorId: "ann",
  file: "/f.nii.gz",
  labels: new Map([[3, "thalamus"]]),
};
const shapes: ShapeRef[] = [
  {
    key: "b",
    setId: "s2",
    annotatorId: "other",
    annotation: { type: "box", structure: "lesion", min: [0, 0, 0], max: [2, 2, 0] },
  },
  {
    key: "l",
    setId: "s2",
    annotatorId: "other",
    annotation: { type: "landmark", structure: "ac", point: [6, 6, 2] },
  },
  {
    key: "p",
    setId: "s2",
    annotatorId: "other",
    annotation: {
      type: "polygon",
      structure: "tri",
      slice: 0,
      hole: false,
      points: [
        [4, 0, 0],
        [6, 0, 0],
        [6, 2, 0],
      ],
    },
  },
];

describe("pointInPolygon", () => {
  it("inside and outside a unit square", () => {
    const sq: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    expect(pointInPolygon([0.5, 0.5], sq)).toBe(true);
    expect(pointInPolygon([1.5, 0.5], sq)).toBe(false);
  });
});

describe("structuresAt", () => {
  it("labelmap voxel under the point (nearest voxel centre) with its annotator", () => {
    expect(structuresAt(grid, [2.9, 2.2, 0.4], [{ ref, data }], [])).toEqual([
      { structureId: "thalamus", annotatorId: "ann" },
    ]);
    expect(structuresAt(grid, [4.1, 2, 0], [{ ref, data }], [])).toEqual([]);
  });
  it("boxes (half a voxel of slack), landmarks within 3 mm, polygons on their slice", () => {
    const ids = (p: [number, number, number]) =>
      structuresAt(grid, p, [], shapes).map((h) => h.structureId);
    expect(ids([1, 1, 0])).toEqual(["lesion"]);
    expect(ids([1, 1, 2])).toEqual([]); // one slice up: outside the flat box
    expect(ids([6, 7, 2])).toEqual(["ac"]); // 1 mm from the landmark
    expect(ids([6, 10, 2])).toEqual([]); // 4 mm away
    expect(ids([5.6, 0.6, 0])).toEqual(["tri"]);
    expect(ids([5.6, 0.6, 2])).toEqual([]); // polygon belongs to slice 0 only
  });
});

describe("structuresAt on an outline with a hole", () => {
  // 8 × 8 × 1 grid, 1 mm voxels: ring = square (0,0)–(6,6) minus the hole (2,2)–(4,4), both on
  // slice 0, same structure and set. By hand (voxel centre in an odd number of polygons, edges
  // included): voxel (1, 1) is in the ring; (3, 3) is inside the hole (two polygons: background);
  // (2, 3) is on the hole's edge (two: background, as the grader's raster has it); (7, 7) outside.
  const g8: GridSpec = { ...grid, dims: [8, 8, 1], spacing: [1, 1, 1] };
  const sq = (a: number, b: number) =>
    [
      [a, a, 0],
      [b, a, 0],
      [b, b, 0],
      [a, b, 0],
    ] as [number, number, number][];
  const ring: ShapeRef[] = [
    {
      key: "o",
      setId: "s",
      annotatorId: "r",
      annotation: { type: "polygon", structure: "ring", slice: 0, hole: false, points: sq(0, 6) },
    },
    {
      key: "h",
      setId: "s",
      annotatorId: "r",
      annotation: { type: "polygon", structure: "ring", slice: 0, hole: true, points: sq(2, 4) },
    },
  ];
  const ids = (p: [number, number, number]) =>
    structuresAt(g8, p, [], ring).map((h) => h.structureId);
  it("names the structure on the ring and nothing inside the hole or on its edge", () => {
    expect(ids([1, 1, 0])).toEqual(["ring"]);
    expect(ids([3.2, 2.9, 0])).toEqual([]);
    expect(ids([2, 3, 0])).toEqual([]);
    expect(ids([7, 7, 0])).toEqual([]);
  });
  it("agrees with the grader's raster voxel by voxel", () => {
    const mask = rasterisePolygons(g8, 0, [{ points: sq(0, 6) }, { points: sq(2, 4), hole: true }]);
    for (let j = 0; j < 8; j++)
      for (let i = 0; i < 8; i++)
        expect(ids([i, j, 0]).length, `voxel ${i},${j}`).toBe(mask.data[i + 8 * j]);
  });
});

describe("structuresOnSlice", () => {
  it("lists structures present on a slice along any axis", () => {
    expect(structuresOnSlice(grid, 2, 0, [{ ref, data }])).toEqual(["thalamus"]);
    expect(structuresOnSlice(grid, 2, 1, [{ ref, data }])).toEqual([]);
    expect(structuresOnSlice(grid, 0, 1, [{ ref, data }])).toEqual(["thalamus"]);
    expect(structuresOnSlice(grid, 1, 2, [{ ref, data }])).toEqual([]);
  });
});
