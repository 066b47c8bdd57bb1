import { describe, expect, it } from "vitest";
import {
  caseViewProblems,
  formatCaseView,
  parseCaseView,
  planeAxis,
  type CaseManifest,
} from "@/lib/domain/model";

describe("case view text (URL query and <CaseViewer view>)", () => {
  it("reads every key and writes them back in a fixed order", () => {
    const text =
      "flash=hippocampus-left&plane=coronal&slice=101&window=Brain&zoom=1.5&layers=aal,jhu&show=a,b&layout=mpr";
    const { view, problems } = parseCaseView(`?${text}`);
    expect(problems).toEqual([]);
    expect(view).toEqual({
      layout: "mpr",
      plane: "coronal",
      slice: 101,
      window: "Brain",
      zoom: 1.5,
      layers: ["aal", "jhu"],
      show: ["a", "b"],
      flash: "hippocampus-left",
    });
    expect(formatCaseView(view)).toBe(
      "layout=mpr&plane=coronal&slice=101&window=Brain&zoom=1.5&layers=aal,jhu&show=a,b&flash=hippocampus-left",
    );
    expect(parseCaseView(formatCaseView(view)).view).toEqual(view);
  });
  it("encodes spaces in preset names and round-trips them", () => {
    const q = formatCaseView({ window: "Soft tissue" });
    expect(q).toBe("window=Soft+tissue");
    expect(parseCaseView(q).view.window).toBe("Soft tissue");
  });
  it("leaves out what it cannot read and says why, never throwing", () => {
    const r = parseCaseView("slice=0&zoom=-2&plane=oblique&colour=red&layout=grid&slice=2.5");
    expect(r.view).toEqual({});
    expect(r.problems).toEqual([
      "slice=0: must be a whole number from 1 (one-based)",
      "zoom=-2: must be a number above 0 and at most 20",
      "plane=oblique: must be axial, coronal or sagittal",
      "colour=red: unknown key (known: layout, plane, slice, window, zoom, layers, show, flash)",
      "layout=grid: must be single or mpr",
      "slice=2.5: must be a whole number from 1 (one-based)",
    ]);
    expect(formatCaseView({})).toBe("");
  });
});

describe("a view against its case", () => {
  const manifest = {
    grid: {
      dims: [181, 217, 160],
      spacing: [1, 1, 1],
      origin: [0, 0, 0],
      // i along −x, j along −y, k along +z (like colin27), but k and j swapped to test the axis pick.
      direction: [-1, 0, 0, 0, 0, -1, 0, 1, 0],
    },
    windowPresets: [{ name: "Brain", center: 100, width: 200 }],
    annotators: [{ id: "aal" }],
    structures: [{ id: "hippocampus-left" }],
  } as unknown as CaseManifest;
  it("finds the index axis each plane scrolls through from the direction cosines", () => {
    // sagittal normal x → column 0; coronal normal y → column 2; axial normal z → column 1.
    expect([
      planeAxis(manifest.grid, "sagittal"),
      planeAxis(manifest.grid, "coronal"),
      planeAxis(manifest.grid, "axial"),
    ]).toEqual([0, 2, 1]);
  });
  it("checks slices on the plane's axis, presets, annotators and structures", () => {
    expect(caseViewProblems({ plane: "coronal", slice: 160 }, manifest)).toEqual([]);
    expect(caseViewProblems({ plane: "coronal", slice: 161 }, manifest)).toEqual([
      "slice=161: the coronal plane has 160 slices",
    ]);
    expect(
      caseViewProblems({ slice: 217, window: "Bone", layers: ["aal", "ho"], flash: "x" }, manifest),
    ).toEqual([
      "window=Bone: no such preset (Brain)",
      'layers: unknown annotator "ho"',
      'unknown structure "x"',
    ]);
  });
});
