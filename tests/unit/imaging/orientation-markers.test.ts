import { describe, expect, it } from "vitest";
import { declaredMarkers, directionLetters, edgeMarkers } from "@/lib/imaging/orientation-markers";
import { caseManifestSchema } from "@/lib/domain/model";
import { manifestInput } from "../helpers/manifest-input";

describe("directionLetters (LPS: +x left, +y posterior, +z superior)", () => {
  it("names each axis direction", () => {
    expect(
      [
        [1, 0, 0],
        [-1, 0, 0],
        [0, 1, 0],
        [0, -1, 0],
        [0, 0, 2],
        [0, 0, -0.5],
      ].map(directionLetters),
    ).toEqual(["L", "R", "P", "A", "S", "I"]);
  });
  it("keeps one letter within 22.5° of an axis and gives two beyond, larger first", () => {
    // 20° off +x towards −y: cos 20° = 0.940 ≥ 0.924 → L only.
    const a = (20 * Math.PI) / 180;
    expect(directionLetters([Math.cos(a), -Math.sin(a), 0])).toBe("L");
    // 30° off +x towards −y: cos 30° = 0.866 → L then A.
    const b = (30 * Math.PI) / 180;
    expect(directionLetters([Math.cos(b), -Math.sin(b), 0])).toBe("LA");
    // 60° off +z towards +x: sin 60° = 0.866 on x > cos 60° on z → L then S.
    const c = (60 * Math.PI) / 180;
    expect(directionLetters([Math.sin(c), 0, Math.cos(c)])).toBe("LS");
    expect(directionLetters([0, 0, 0])).toBe("");
  });
});

describe("edgeMarkers", () => {
  // Screen right and up of cornerstone's standard views (its MPR camera values, by hand):
  // axial right +x, up −y; coronal right +x, up +z; sagittal right +y, up +z.
  it("gives the radiological letters of the three standard views", () => {
    expect(edgeMarkers([1, 0, 0], [0, -1, 0])).toEqual({
      right: "L",
      left: "R",
      top: "A",
      bottom: "P",
    });
    expect(edgeMarkers([1, 0, 0], [0, 0, 1])).toEqual({
      right: "L",
      left: "R",
      top: "S",
      bottom: "I",
    });
    expect(edgeMarkers([0, 3, 0], [0, 0, 3])).toEqual({
      right: "P",
      left: "A",
      top: "S",
      bottom: "I",
    });
  });
  it("declared 2D orientation gives the opposite letters on the opposite edges", () => {
    expect(declaredMarkers("A", "I")).toEqual({ right: "A", left: "P", top: "S", bottom: "I" });
  });
});

describe("displayOrientation in a manifest", () => {
  const base = manifestInput({
    id: "x-ray",
    modality: "XR",
    dims: [4, 4, 1],
    image: { kind: "raster", file: "/cases/x-ray/image.png" },
  });
  it("accepts letters on two axes and rejects two letters of one axis", () => {
    const ok = caseManifestSchema.safeParse({
      ...base,
      displayOrientation: { right: "L", down: "I" },
    });
    const bad = caseManifestSchema.safeParse({
      ...base,
      displayOrientation: { right: "L", down: "R" },
    });
    expect(ok.error?.issues ?? []).toEqual([]);
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("different axes");
  });
});
