/**
 * Every QC rule fires on a planted defect and stays quiet on a clean input. Small synthetic grids:
 * 10 × 6 × 4 voxels of 1 mm, identity direction, origin 0, so world x (LPS, + = patient left) = i
 * and the midline (grid centre) is x = 4.5.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runQc, type QcInput } from "@/lib/domain/qc/annotation-qc";
import { labelStats } from "@/lib/domain/qc/label-stats";
import { gridCentreXmm } from "@/lib/domain/grading/point";
import { labelComponents } from "@/lib/domain/qc/label-components";
import { annotationSetSchema, structureSchema, type GridSpec } from "@/lib/domain/model";
import { readNiftiFile } from "@/lib/io/read-nifti-file";

const grid: GridSpec = {
  dims: [10, 6, 4],
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const n = 10 * 6 * 4;
const at = (i: number, j: number, k: number) => i + 10 * (j + 6 * k);
function block(
  data: Uint8Array,
  v: number,
  i: [number, number],
  j: [number, number],
  k: [number, number],
) {
  for (let c = k[0]; c <= k[1]; c++)
    for (let b = j[0]; b <= j[1]; b++) for (let a = i[0]; a <= i[1]; a++) data[at(a, b, c)] = v;
}
const S = (id: string, laterality?: "left" | "right" | "bilateral") =>
  structureSchema.parse({ id, name: id, color: "#000000", ...(laterality ? { laterality } : {}) });
const seg = (structure: string, label: number) => ({
  type: "segmentation",
  structure,
  labelmap: "/m.nii.gz",
  label,
});

/** Clean labelmap: "lt" (label 1) a solid left block; "both" (label 2) one block on each side. */
function clean(): Uint8Array {
  const d = new Uint8Array(n);
  block(d, 1, [6, 8], [1, 3], [1, 2]);
  block(d, 2, [0, 1], [4, 5], [0, 3]);
  block(d, 2, [8, 9], [4, 5], [0, 3]);
  return d;
}
function qc(
  data: Uint8Array,
  extra: object[] = [],
  over: Partial<QcInput> = {},
  labels = [seg("lt", 1), seg("both", 2)],
) {
  return runQc({
    grid,
    structures: [S("lt", "left"), S("both", "bilateral"), S("mark"), S("rt", "right")],
    sets: [
      annotationSetSchema.parse({
        id: "set",
        annotator: "rater",
        annotations: [...labels, ...extra],
      }),
    ],
    labelmaps: new Map([["/m.nii.gz", data]]),
    foreground: new Uint8Array(n).fill(1),
    ...over,
  });
}
const rules = (r: ReturnType<typeof qc>) =>
  r.findings.map((f) => `${f.level}:${f.rule}:${f.structure}`);

describe("annotation QC", () => {
  it("a clean set has no findings", () => {
    const r = qc(clean(), [
      { type: "landmark", structure: "mark", point: [2, 2, 1] },
      { type: "box", structure: "mark", min: [1, 1, 1], max: [3, 3, 1] },
      {
        type: "polygon",
        structure: "mark",
        slice: 1,
        points: [
          [1, 1, 1],
          [3, 1, 1],
          [3, 3, 1],
          [1, 3, 1],
        ],
      },
    ]);
    expect(r).toMatchObject({ structures: 3, errors: 0, warnings: 0 });
  });

  it("empty structure: a label with no voxels is an error", () => {
    expect(rules(qc(clean(), [seg("rt", 7)]))).toEqual(["error:empty:rt"]);
  });

  it("islands: a second body of a one-body structure warns", () => {
    const d = clean();
    block(d, 1, [6, 6], [5, 5], [3, 3]);
    expect(rules(qc(d))).toEqual(["warning:islands:lt"]);
  });

  it("holes: unlabelled voxels enclosed by the mask warn", () => {
    const d = clean();
    block(d, 1, [5, 9], [0, 4], [0, 3]);
    d[at(7, 2, 1)] = 0;
    d[at(7, 2, 2)] = 0;
    const r = qc(d);
    expect(rules(r)).toContain("warning:holes:lt");
    expect(r.findings.find((f) => f.rule === "holes")?.message).toContain("2 unlabelled voxels");
  });

  it("outside the foreground: a warning from 5 %, an error from 50 %", () => {
    const fg = new Uint8Array(n).fill(1);
    fg[at(6, 1, 1)] = 0; // 1 of 18 voxels of "lt": 5.6 %
    expect(rules(qc(clean(), [], { foreground: fg }))).toEqual(["warning:outside-foreground:lt"]);
    block(fg, 0, [6, 8], [1, 3], [1, 1]); // 9 of 18: 50 %
    expect(rules(qc(clean(), [], { foreground: fg }))).toEqual(["error:outside-foreground:lt"]);
  });

  it("wrong side: a right structure whose centroid is left of the midline is an error", () => {
    const r = qc(clean(), [], {}, [seg("rt", 1), seg("both", 2)]);
    expect(rules(r)).toEqual(["error:wrong-side:rt"]);
    expect(r.findings[0].message).toContain("mm left of the midline");
  });

  it("a label covering both sides that lies on one side warns", () => {
    const d = clean();
    block(d, 0, [0, 1], [4, 5], [0, 3]);
    block(d, 2, [8, 9], [4, 5], [0, 3]);
    expect(rules(qc(d, [], {}, [seg("lt", 1), { ...seg("both", 2) }]))).toEqual([
      "warning:one-side:both",
    ]);
  });

  it("side rules do not run on a single-slice grid (a photo has no patient left/right)", () => {
    const g2: GridSpec = { ...grid, dims: [10, 6, 1] };
    const d = new Uint8Array(60);
    for (let i = 6; i <= 8; i++) d[i + 10] = 1;
    const r = qc(d, [], { grid: g2, foreground: undefined }, [seg("rt", 1)]);
    expect(r.findings).toEqual([]);
  });

  it("landmarks outside the image are errors", () => {
    expect(
      rules(qc(clean(), [{ type: "landmark", structure: "mark", point: [12, 2, 1] }])),
    ).toEqual(["error:landmark-outside:mark"]);
  });

  it("zero-area and inverted boxes are errors", () => {
    const flat = { type: "box", structure: "mark", min: [1, 1, 1], max: [1, 3, 1] };
    const inverted = { type: "box", structure: "mark", min: [3, 1, 1], max: [1, 3, 1] };
    expect(rules(qc(clean(), [flat, inverted]))).toEqual([
      "error:zero-area-box:mark",
      "error:zero-area-box:mark",
    ]);
  });

  it("a self-intersecting (bow-tie) polygon is an error", () => {
    const bowTie = {
      type: "polygon",
      structure: "mark",
      slice: 1,
      points: [
        [1, 1, 1],
        [3, 3, 1],
        [3, 1, 1],
        [1, 3, 1],
      ],
    };
    const r = qc(clean(), [bowTie]);
    expect(rules(r)).toEqual(["error:self-intersecting-polygon:mark"]);
    expect(r.findings[0].message).toContain("slice 2");
  });

  it("on real data the side rule agrees with nibabel: AAL Precentral_L is patient left", () => {
    // Reference: scripts/reference/expected_aal_sides.py prints {"1": 39.65, "2": -40.37} (LPS mm).
    const r = readNiftiFile(path.resolve(__dirname, "../../../public/cases/colin27/aal.nii.gz"));
    if (!r.ok) throw new Error(r.error);
    const g = r.volume.grid;
    const st = labelStats(g, r.volume.data, gridCentreXmm(g));
    expect(gridCentreXmm(g)).toBeCloseTo(0, 6);
    expect(st.get(1)?.centroidX).toBeCloseTo(39.65, 1);
    expect(st.get(2)?.centroidX).toBeCloseTo(-40.37, 1);
  });
});

describe("components on real labelmaps agree with scipy", () => {
  // Reference: scripts/reference/expected_qc_components.py prints
  // {"hoIslands": 38, "hoStray": 228, "boneHoles": 109, "boneHoleVoxels": 1022}.
  const read = (f: string) => {
    const r = readNiftiFile(path.resolve(__dirname, "../../../public/cases", f));
    if (!r.ok) throw new Error(r.error);
    return r.volume;
  };
  it("Harvard-Oxford pars triangularis: 38 islands, 228 voxels outside the two largest", () => {
    const v = read("colin27/harvard-oxford.nii.gz");
    const c = labelComponents(v.grid, v.data);
    const sizes = [...c.size].filter((_, i) => c.value[i] === 5).sort((a, b) => b - a);
    expect(sizes.length).toBe(38);
    expect(sizes.slice(2).reduce((a, b) => a + b, 0)).toBe(228);
  });
  it("head-ct bone threshold: 109 holes holding 1022 voxels", () => {
    const v = read("head-ct/bone-threshold.nii.gz");
    const c = labelComponents(v.grid, v.data);
    let holes = 0;
    let voxels = 0;
    for (let i = 0; i < c.count; i++)
      if (c.value[i] === 0 && !c.touchesBorder[i] && c.neighbour[i] === 1) {
        holes++;
        voxels += c.size[i];
      }
    expect([holes, voxels]).toEqual([109, 1022]);
  });
});
