import { describe, expect, it } from "vitest";
import { parseBinaryLut, parseLabelTable } from "@/lib/io/label-table";

describe("parseLabelTable", () => {
  it("reads mricron tables (value name code) and skips label 0", () => {
    const r = parseLabelTable(
      "0 Unclassified\n1 Precentral_L 2001\n2 Precentral_R 2002\n\n",
      "aal.nii.txt",
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { value: 1, name: "Precentral_L" },
        { value: 2, name: "Precentral_R" },
      ],
    });
  });

  it("keeps spaces in tab-separated names and ignores # comments", () => {
    const r = parseLabelTable("# names\n5\tInferior Frontal Gyrus, pars triangularis\n", "ho.txt");
    expect(r.ok && r.value).toEqual([
      { value: 5, name: "Inferior Frontal Gyrus, pars triangularis" },
    ]);
  });

  it("reads FreeSurfer colour LUT lines with their colour", () => {
    const r = parseLabelTable("17  Left-Hippocampus  220 216 20 0\n", "FreeSurferColorLUT.txt");
    expect(r.ok && r.value).toEqual([{ value: 17, name: "Left-Hippocampus", color: "#dcd814" }]);
  });

  it("reads ITK-SNAP label descriptions with quoted names", () => {
    const r = parseLabelTable(
      '    0     0    0    0        0  0  0    "Clear Label"\n    3   255  128    0        1  1  1    "Optic disc"\n',
      "labels.txt",
    );
    expect(r.ok && r.value).toEqual([{ value: 3, name: "Optic disc", color: "#ff8000" }]);
  });

  it("refuses a label without a name, naming the file and line", () => {
    const r = parseLabelTable("1 A\n2\n", "t.txt");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        { file: "t.txt", field: "line 2", message: "label 2 has no name" },
      ]);
  });

  it("refuses non-integer and duplicate values", () => {
    const r = parseLabelTable("x Foo\n1 A\n1 B\n1.5 C\n", "t.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.field)).toEqual(["line 1", "line 3", "line 4"]);
      expect(r.issues[1].message).toBe("label 1 already defined on line 2");
    }
  });

  it("refuses an empty table", () => {
    const r = parseLabelTable("# nothing\n", "empty.txt");
    expect(r.ok).toBe(false);
  });
});

describe("parseBinaryLut", () => {
  it("reads 256 red, then green, then blue bytes", () => {
    const b = new Uint8Array(768);
    b[1] = 0xff; // red of index 1
    b[256 + 1] = 0x80; // green of index 1
    b[512 + 2] = 0x10; // blue of index 2
    const r = parseBinaryLut(b, "x.lut");
    expect(r.ok && [r.value[0], r.value[1], r.value[2], r.value.length]).toEqual([
      "#000000",
      "#ff8000",
      "#000010",
      256,
    ]);
  });

  it("refuses a file of the wrong size", () => {
    const r = parseBinaryLut(new Uint8Array(100), "x.lut");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toContain("768-byte");
  });
});
