/**
 * The pure helpers of the item calibration, on tiny grids whose answers are worked out by hand in
 * the comments (no numbers from the code under test).
 */
import { describe, expect, it } from "vitest";
import { structureSchema } from "@/lib/domain/model";
import type { Mask } from "@/lib/domain/geometry/mask";
import {
  deepestPixel,
  dilateCross,
  erodeCross,
  maskParts,
} from "@/lib/quiz/calibration/slice-shape";
import { contralateralPartner, swapSide } from "@/lib/quiz/calibration/partners";
import { labelShape, practiceExcluded } from "@/lib/quiz/practice-shape";
import { outlinePrompt } from "@/lib/quiz/practice-set";

/** A one-slice mask from rows of "#" (inside) and "." (outside); row j = line j. */
function mask(rows: string[], spacing: [number, number] = [1, 1]): Mask {
  const nx = rows[0].length;
  const data = new Uint8Array(nx * rows.length);
  rows.forEach((r, j) => [...r].forEach((c, i) => (data[i + nx * j] = c === "#" ? 1 : 0)));
  return { grid: { dims: [nx, rows.length, 1], spacing: [...spacing, 1] }, data };
}
const rowsOf = (m: Mask) => {
  const [nx, ny] = m.grid.dims;
  return Array.from({ length: ny }, (_, j) =>
    Array.from({ length: nx }, (_, i) => (m.data[i + nx * j] ? "#" : ".")).join(""),
  );
};

describe("dilation and erosion by the 4-connected cross", () => {
  it("one pixel dilates to a plus sign", () => {
    expect(rowsOf(dilateCross(mask([".....", ".....", "..#..", ".....", "....."])))).toEqual([
      ".....",
      "..#..",
      ".###.",
      "..#..",
      ".....",
    ]);
  });
  it("a 3 × 3 block erodes to its centre; a block on the border loses its border pixels", () => {
    expect(rowsOf(erodeCross(mask([".....", ".###.", ".###.", ".###.", "....."])))).toEqual([
      ".....",
      ".....",
      "..#..",
      ".....",
      ".....",
    ]);
    // Outside the slice counts as background (scipy border_value=0): nothing survives.
    expect(rowsOf(erodeCross(mask(["###", "###"])))).toEqual(["...", "..."]);
  });
});

describe("deepest interior pixel", () => {
  const block = [".......", ".#####.", ".#####.", ".#####.", "......."];
  it("isotropic: the centre row ties at depth 2 for i = 2, 3, 4 → the lowest index wins", () => {
    // Pixel (2, 2): nearest background (0, 2) or (2, 0)/(2, 4) at 2 px; (3, 2) also 2 (rows).
    expect(deepestPixel(mask(block))).toEqual({ i: 2, j: 2, depthMm: 2 });
  });
  it("anisotropic (rows 3 mm apart): only the middle column reaches 3 mm; lowest index wins", () => {
    // Column i = 3 is 3 px = 3 mm from i = 0 and i = 6; rows j = 1..3 are ≥ 3 mm (one row) from
    // j = 0 or 4. So (3, 1), (3, 2), (3, 3) tie at 3 mm; other columns are nearer (≤ 2 mm).
    expect(deepestPixel(mask(block, [1, 3]))).toEqual({ i: 3, j: 1, depthMm: 3 });
  });
  it("empty mask → null", () => {
    expect(deepestPixel(mask(["...", "..."]))).toBeNull();
  });
});

describe("parts", () => {
  it("8-connected: a diagonal touch joins; a gap splits; largest first", () => {
    const parts = maskParts(mask(["##...#", "..#..#", "......", "....##"]));
    // {(0,0),(1,0),(2,1)} joined diagonally; {(5,0),(5,1)}; {(4,3),(5,3)}.
    expect(parts.map((p) => p.pixels)).toEqual([3, 2, 2]);
    expect(parts[0].centroid).toEqual([1, 1 / 3]);
  });
  it("labelShape: parts ≥ 10 % on both sides of the centre column", () => {
    // 7 columns → centre column i = 3. Left blob (6 px, i 0–1), right blob (6 px, i 5–6), and a
    // 1-px speck at i = 3: 1 / 13 < 10 %, so it does not count.
    const rows = ["##...##", "##...##", "##.#.##"];
    const data = new Uint8Array(21);
    rows.forEach((r, j) => [...r].forEach((c, i) => (data[i + 7 * j] = c === "#" ? 4 : 0)));
    expect(labelShape(data, [7, 3, 1], 4, 0)).toEqual({ parts: 2, bothSides: true });
    expect(labelShape(data, [7, 3, 1], 9, 0)).toEqual({ parts: 0, bothSides: false });
  });
});

const st = (id: string, name: string, synonyms: string[] = [], laterality?: string) =>
  structureSchema.parse({ id, name, synonyms, color: "#000000", laterality });

describe("contralateral partner by name pairing", () => {
  it("swaps sides in the ways atlases write them", () => {
    expect(swapSide("Precentral_L")).toBe("Precentral_R");
    expect(swapSide("Cingulum_Ant_R")).toBe("Cingulum_Ant_L");
    expect(swapSide("precentral-left")).toBe("precentral-right");
    expect(swapSide("Precentral, Left")).toBe("Precentral, Right");
    expect(swapSide("Left caudate nucleus")).toBe("Right caudate nucleus");
    expect(swapSide("Vermis 1 2")).toBeNull();
  });
  it("finds the partner by synonym when the ids were truncated differently", () => {
    const list = [
      st("fornix-cres-x-right", "Fornix (cres), right", ["Fornix_(cres)_R"], "right"),
      st("fornix-cres-x-l", "Fornix (cres), left", ["Fornix_(cres)_L"], "left"),
      st("vermis-6", "Vermis 6"),
      st("genu", "Genu of corpus callosum", [], "midline"),
    ];
    expect(contralateralPartner(list, "fornix-cres-x-right")?.id).toBe("fornix-cres-x-l");
    expect(contralateralPartner(list, "vermis-6")).toBeUndefined();
    expect(contralateralPartner(list, "genu")).toBeUndefined();
  });
});

describe("generated outline prompts say what the reference is", () => {
  const insula = st("insular-cortex", "Insular Cortex");
  it("both sides (lateralised vocabulary, unsided label), several parts, or plain", () => {
    expect(outlinePrompt(insula, { parts: 2, bothSides: true }, true)).toMatch(/both sides/);
    expect(outlinePrompt(insula, { parts: 3, bothSides: false }, true)).toMatch(
      /3 separate parts here; include them all/,
    );
    expect(outlinePrompt(insula, { parts: 1, bothSides: false }, true)).toBe(
      "Draw the outline of the Insular Cortex on this slice.",
    );
    // A left structure never says "both sides" (its parts are one hemisphere's).
    const left = st("insula-left", "Insula, left", [], "left");
    expect(outlinePrompt(left, { parts: 2, bothSides: true }, true)).not.toMatch(/both sides/);
  });
  it("practiceExclude: all of a set, or listed structures", () => {
    const set = (practiceExclude: "all" | string[] | undefined, ids: string[]) => ({
      id: "s",
      annotator: "a",
      practiceExclude,
      annotations: ids.map((structure) => ({
        type: "landmark" as const,
        structure,
        point: [0, 0, 0] as [number, number, number],
      })),
    });
    expect([
      ...practiceExcluded([
        set("all", ["a1", "a2"]),
        set(["b2"], ["b1", "b2"]),
        set(undefined, ["c1"]),
      ]),
    ]).toEqual(["a1", "a2", "b2"]);
  });
});
