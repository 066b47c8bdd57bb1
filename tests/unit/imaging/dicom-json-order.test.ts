import { describe, expect, it } from "vitest";
import {
  frameCount,
  sliceKey,
  sortInstances,
  type DicomJson,
} from "@/lib/imaging/dicom-json-order";

const inst = (
  sop: string,
  ipp: number[] | null,
  iop: number[] | null,
  num?: number,
  frames?: number,
): DicomJson => ({
  "00080018": { vr: "UI", Value: [sop] },
  ...(ipp ? { "00200032": { vr: "DS", Value: ipp } } : {}),
  ...(iop ? { "00200037": { vr: "DS", Value: iop } } : {}),
  ...(num !== undefined ? { "00200013": { vr: "IS", Value: [num] } } : {}),
  ...(frames !== undefined ? { "00280008": { vr: "IS", Value: [frames] } } : {}),
});

describe("DICOM JSON slice order", () => {
  it("sorts axial slices by z (normal = row × column cosines), not by arrival or instance number", () => {
    const axial = [1, 0, 0, 0, 1, 0];
    const sorted = sortInstances([
      inst("c", [0, 0, 105.5], axial, 1),
      inst("a", [0, 0, 103], axial, 3),
      inst("b", [0, 0, 104.25], axial, 2),
    ]);
    expect(sorted.map((m) => m["00080018"]!.Value![0])).toEqual(["a", "b", "c"]);
  });
  it("uses the normal of sagittal slices (row = +y, column = -z: normal = -x by hand)", () => {
    const sag = [0, 1, 0, 0, 0, -1];
    expect(sliceKey(inst("s", [10, 0, 0], sag))).toBe(-10);
  });
  it("falls back to Instance Number without geometry, and counts frames", () => {
    expect(
      sortInstances([inst("2", null, null, 2), inst("1", null, null, 1)]).map(
        (m) => m["00080018"]!.Value![0],
      ),
    ).toEqual(["1", "2"]);
    expect(frameCount(inst("m", null, null, 1, 3))).toBe(3);
    expect(frameCount(inst("s", null, null, 1))).toBe(1);
  });
});
