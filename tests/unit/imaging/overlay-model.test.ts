import { describe, expect, it } from "vitest";
import { caseManifestSchema, type AnnotationSet } from "@/lib/domain/model";
import { buildOverlayModel } from "@/lib/imaging/overlay-model";
import { multiAnnotatorStructures, structureMasks } from "@/lib/imaging/structure-masks";
import { shapeOnSlice } from "@/lib/imaging/shape-on-slice";
import { manifestInput } from "../helpers/manifest-input";

const manifest = caseManifestSchema.parse({
  ...manifestInput({ id: "t-case", dims: [2, 1, 2] }),
  annotators: [{ id: "ann-a", name: "A", role: "expert", kind: "expert-atlas" }],
});
const sets: AnnotationSet[] = [
  {
    id: "s1",
    annotator: "ann-a",
    annotations: [
      {
        type: "segmentation",
        structure: "x",
        labelmap: "/cases/t/l.nii.gz",
        label: 1,
        mode: "semantic",
      },
      {
        type: "segmentation",
        structure: "x",
        labelmap: "/cases/t/l.nii.gz",
        label: 2,
        mode: "semantic",
      },
      { type: "landmark", structure: "y", point: [0, 0, 1] },
    ],
  },
  {
    id: "s2",
    annotator: "ann-b",
    annotations: [
      {
        type: "segmentation",
        structure: "x",
        labelmap: "/cases/t/m.nii.gz",
        label: 5,
        mode: "semantic",
      },
    ],
  },
];

describe("buildOverlayModel", () => {
  const m = buildOverlayModel(manifest, sets);
  it("one layer per (set, labelmap file) with its label -> structure map", () => {
    expect(m.layers.map((l) => [l.key, [...l.labels]])).toEqual([
      [
        "s1::/cases/t/l.nii.gz",
        [
          [1, "x"],
          [2, "x"],
        ],
      ],
      ["s2::/cases/t/m.nii.gz", [[5, "x"]]],
    ]);
  });
  it("coverage lists annotators per structure; unknown annotators get a placeholder", () => {
    expect(m.coverage.get("x")).toEqual(["ann-a", "ann-b"]);
    expect(m.coverage.get("y")).toEqual(["ann-a"]);
    expect(m.annotators.get("ann-b")?.role).toBe("unknown annotator");
    expect(m.shapes).toHaveLength(1);
  });
  it("multi-annotator structures and their masks (union of an annotator's labels)", () => {
    expect([...multiAnnotatorStructures(m.layers)]).toEqual([["x", ["ann-a", "ann-b"]]]);
    const masks = structureMasks(
      "x",
      [
        { ref: m.layers[0], data: new Uint8Array([1, 2, 0, 3]) },
        { ref: m.layers[1], data: new Uint8Array([0, 5, 5, 0]) },
      ],
      manifest.grid,
    );
    expect(masks.map((k) => [k.annotatorId, Array.from(k.mask.data)])).toEqual([
      ["ann-a", [1, 1, 0, 0]],
      ["ann-b", [0, 1, 1, 0]],
    ]);
  });
  it("a landmark is on the slice nearest its point", () => {
    expect(shapeOnSlice(manifest.grid, 2, 1, m.shapes[0])).toBe(true);
    expect(shapeOnSlice(manifest.grid, 2, 0, m.shapes[0])).toBe(false);
  });
});
