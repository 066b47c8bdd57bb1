import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { importLabelmap, toLabelArray } from "@/lib/importers/labelmap-import";

const grid: GridSpec = {
  dims: [3, 2, 1],
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const base = { file: "a.nii.gz", tableFile: "a.txt", grid, layer: "a" };

describe("importLabelmap", () => {
  it("makes one structure per label present, readable names, sides and table/LUT colours", () => {
    const lut = Array.from({ length: 256 }, () => "#000000");
    lut[2] = "#123456";
    const r = importLabelmap({
      ...base,
      data: new Uint8Array([0, 1, 2, 2, 0, 1]),
      table: [
        { value: 1, name: "Hippocampus_L", color: "#ff0000" },
        { value: 2, name: "Hippocampus_R" },
        { value: 7, name: "Absent_L" },
      ],
      lutColors: lut,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.structures).toEqual([
      {
        name: "Hippocampus, left",
        color: "#ff0000",
        synonyms: ["Hippocampus_L"],
        laterality: "left",
      },
      {
        name: "Hippocampus, right",
        color: "#123456",
        synonyms: ["Hippocampus_R"],
        laterality: "right",
      },
    ]);
    expect(r.value.labelmaps[0].labels).toEqual([
      { value: 1, structure: "Hippocampus, left" },
      { value: 2, structure: "Hippocampus, right" },
    ]);
    expect(r.value.notes?.[0]).toContain("7 Absent_L");
  });

  it("refuses label values the table does not name, listing them", () => {
    const r = importLabelmap({
      ...base,
      data: new Uint8Array([0, 1, 5, 9, 0, 0]),
      table: [{ value: 1, name: "A" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        { file: "a.nii.gz", field: "", message: "label values without a name in a.txt: 5, 9" },
      ]);
  });

  it("refuses non-integer voxels", () => {
    expect(toLabelArray(new Float32Array([0, 1.5]))).toBe(
      "voxel 1 holds 1.5, not an integer label",
    );
    expect(toLabelArray(new Float32Array([0, 300]))).toBeInstanceOf(Uint16Array);
  });
});
