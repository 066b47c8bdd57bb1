import { describe, expect, it } from "vitest";
import { structureSchema } from "@/lib/domain/model";
import { generatePracticeSet } from "@/lib/quiz/practice-set";
import { hashSeed, mulberry32 } from "@/lib/quiz/seeded-random";
import { largestSliceStats } from "@/lib/quiz/slice-stats";

const s = (id: string, parent?: string) =>
  structureSchema.parse({ id, name: id.toUpperCase(), color: "#000000", parent });
const structures = [
  s("cortex"),
  s("frontal", "cortex"),
  s("precentral", "frontal"),
  s("insula", "cortex"),
  s("thalamus"),
  s("caudate"),
];
const largest = new Map([
  ["precentral", 80],
  ["insula", 60],
  ["thalamus", 70],
  ["caudate", 75],
  ["frontal", 90],
]);

describe("seeded random", () => {
  it("FNV-1a of known strings (reference values of the published algorithm)", () => {
    expect(hashSeed("")).toBe(0x811c9dc5);
    expect(hashSeed("a")).toBe(0xe40c292c);
    expect(hashSeed("foobar")).toBe(0xbf9cf968);
  });
  it("same seed → same sequence; different seed → different", () => {
    const a = mulberry32("x");
    const b = mulberry32("x");
    const c = mulberry32("y");
    const sa = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(sa);
    expect([c(), c(), c()]).not.toEqual(sa);
    expect(sa.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("generatePracticeSet", () => {
  const base = { caseId: "c1", structures, largestSlice: largest, seed: "week1" };
  it("is reproducible from the seed and differs between seeds", () => {
    const a = generatePracticeSet(base).map((i) => i.id);
    expect(generatePracticeSet(base).map((i) => i.id)).toEqual(a);
    const others = ["1", "2", "3", "4", "5"].map((seed) =>
      generatePracticeSet({ ...base, seed })
        .map((i) => i.id)
        .join(),
    );
    expect(others.some((o) => o !== a.join())).toBe(true);
  });
  it("one click item per eligible structure on its largest slice", () => {
    const items = generatePracticeSet(base);
    expect(items).toHaveLength(5); // "cortex" has no labelmap slice → skipped
    for (const it of items) {
      expect(it.type).toBe("click");
      if (it.type === "click") expect(it.slice).toBe(largest.get(it.structure));
    }
    expect(items.find((i) => i.type === "click" && i.structure === "precentral")?.prompt).toBe(
      "Click the PRECENTRAL.",
    );
  });
  it("filters by ancestor and limits the count", () => {
    const under = generatePracticeSet({ ...base, under: "cortex" });
    expect(under.map((i) => (i.type === "click" ? i.structure : "")).sort()).toEqual([
      "frontal",
      "insula",
      "precentral",
    ]);
    expect(generatePracticeSet({ ...base, count: 2 })).toHaveLength(2);
  });
  it("mixes the requested types", () => {
    const types = new Set(
      generatePracticeSet({ ...base, types: ["click", "name", "outline"] }).map((i) => i.type),
    );
    expect(types.size).toBeGreaterThan(1);
  });
});

describe("largestSliceStats", () => {
  it("finds the largest slice and a voxel inside a C-shaped label", () => {
    // 5 × 5 × 2 grid. Label 3: 2 voxels on k = 0, a C shape of 7 voxels on k = 1 (centroid hole at (2, 2)).
    const d = new Uint8Array(50);
    d[0] = 3;
    d[1] = 3;
    const c = [
      [1, 1],
      [2, 1],
      [3, 1],
      [1, 2],
      [1, 3],
      [2, 3],
      [3, 3],
    ];
    for (const [i, j] of c) d[25 + j * 5 + i] = 3;
    const st = largestSliceStats(d, [5, 5, 2]).get(3);
    expect(st).toMatchObject({ voxels: 9, largestSlice: 1, largestSliceVoxels: 7 });
    const [i, j] = st!.insideVoxel;
    expect(d[25 + j * 5 + i]).toBe(3);
  });
});

describe("practice item ids", () => {
  it("round-trip through parsePracticeItemId, longest case id wins", async () => {
    const { parsePracticeItemId, practiceItemId } = await import("@/lib/quiz/practice-set");
    const id = practiceItemId("head-ct", "click", "frontal-sinus");
    expect(id).toBe("gen-click-head-ct-frontal-sinus");
    expect(parsePracticeItemId(id, ["head", "head-ct"])).toEqual({
      type: "click",
      caseId: "head-ct",
      structure: "frontal-sinus",
      plane: "axial",
    });
    const coronal = practiceItemId("colin27", "outline", "insula-left", "coronal");
    expect(coronal).toBe("gen-outline-coronal-colin27-insula-left");
    expect(parsePracticeItemId(coronal, ["colin27"])).toEqual({
      type: "outline",
      caseId: "colin27",
      structure: "insula-left",
      plane: "coronal",
    });
    expect(parsePracticeItemId("colin27-hippocampus-left-click", ["colin27"])).toBeNull();
    expect(parsePracticeItemId("gen-click-unknown-x", ["colin27"])).toBeNull();
  });
});
