/**
 * Measure items on the HC18 cases, against numbers from scripts/reference/expected_measure.py
 * (numpy moments of the committed sonographer masks, Ramanujan II, the HC18 CSV).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/case-store";
import { ellipseFromMask, ellipsePerimeter } from "@/lib/domain/geometry/ellipse";
import { readNifti } from "@/lib/io/nifti";
import type { MeasureAnswer } from "@/lib/quiz/answer";
import type { Vec3 } from "@/lib/domain/geometry";
import { calibrateItem } from "@/lib/quiz/calibration/calibrate-item";
import { gradeItem } from "@/lib/quiz/grade-item";
import { quizItemSchema, type MeasureItem } from "@/lib/quiz/item-schema";
import { referenceFor, referenceIssue } from "@/lib/quiz/reference-check";
import { sliceMask, type SpatialContext } from "@/lib/quiz/spatial-context";

const repo = path.resolve(__dirname, "../../..");
interface Golden {
  csvHcMm: number;
  center: [number, number];
  semiAxes: [number, number];
  angle: number;
  perimeterMm: number;
  areaMm2: number;
  maskPixels: number;
}
const golden = JSON.parse(
  readFileSync(path.join(repo, "tests/fixtures/golden/expected-measure.json"), "utf8"),
).hc18 as Record<string, Golden>;
const items = (
  JSON.parse(readFileSync(path.join(repo, "content/quizzes/hc18-biometry.json"), "utf8")) as {
    items: unknown[];
  }
).items.map((i) => quizItemSchema.parse(i));

function loadCase(id: string) {
  const c = loadCaseFolder(path.join(repo, "content/cases", id), repo);
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return c.value;
}

function context(item: MeasureItem): SpatialContext {
  const c = loadCase(item.case);
  const reference = referenceFor(item, c)!;
  const seg = reference.annotations[0];
  if (seg.type !== "segmentation") throw new Error("segmentation expected");
  const f = path.join(repo, "public", seg.labelmap);
  const nii = readNifti(new Uint8Array(readFileSync(f)), f);
  if (!nii.ok) throw new Error(nii.issues[0].message);
  return {
    grid: c.manifest.grid,
    structures: c.manifest.structures,
    reference,
    others: [],
    labelmaps: new Map([[seg.labelmap, nii.value.data]]),
    targetSlice: 0,
    referenceKind: "clinician",
  };
}

/** Three drawing points of numpy's ellipse scaled by `s` (axis ends, then the other axis' end). */
function ellipseAnswer(g: Golden, s = 1, shift = 0): MeasureAnswer {
  const [cx, cy] = [g.center[0] + shift, g.center[1]];
  const [a, b] = [g.semiAxes[0] * s, g.semiAxes[1] * s];
  const [c, n] = [Math.cos(g.angle), Math.sin(g.angle)];
  const p = (u: number, v: number): Vec3 => [cx + u * c - v * n, cy + u * n + v * c, 0];
  return { kind: "ellipse", pointsMm: [p(-a, 0), p(a, 0), p(0, b)], slice: 0 };
}

/** A caliper line along numpy's minor axis, its length scaled by `s`. */
function minorLine(g: Golden, s = 1): MeasureAnswer {
  const b = g.semiAxes[1] * s;
  const [dx, dy] = [-Math.sin(g.angle) * b, Math.cos(g.angle) * b];
  const [cx, cy] = g.center;
  return {
    kind: "line",
    pointsMm: [
      [cx - dx, cy - dy, 0],
      [cx + dx, cy + dy, 0],
    ],
    slice: 0,
  };
}

const measure = items.filter((i): i is MeasureItem => i.type === "measure");

describe("HC18 reference ellipse: moments of the sonographer's mask", () => {
  for (const id of ["hc18-010", "hc18-250", "hc18-500", "hc18-805"]) {
    // numpy read the spacing as float32 from the NIfTI header, hence agreement to 1e-4 mm only.
    it(`${id}: TS fit = numpy fit, and its Ramanujan-II perimeter is within 1 % of the CSV HC`, () => {
      const item = measure.find((i) => i.case === id && i.tool === "ellipse")!;
      const ctx = context(item);
      const mask = sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, 0);
      const g = golden[id];
      expect(mask.data.reduce((s, v) => s + v, 0)).toBe(g.maskPixels);
      const e = ellipseFromMask(ctx.grid, 0, mask)!;
      expect(e.center[0]).toBeCloseTo(g.center[0], 4);
      expect(e.semiAxes[0]).toBeCloseTo(g.semiAxes[0], 4);
      expect(e.semiAxes[1]).toBeCloseTo(g.semiAxes[1], 4);
      expect(e.angle).toBeCloseTo(g.angle, 6);
      const hc = ellipsePerimeter(...e.semiAxes);
      expect(hc).toBeCloseTo(g.perimeterMm, 3);
      expect(item.referenceValue).toBe(g.csvHcMm);
      expect(Math.abs(hc / g.csvHcMm - 1)).toBeLessThan(0.01);
    });
  }
});

describe("gradeMeasure on the HC18 items", () => {
  const hc = measure.find((i) => i.id === "hc18-250-hc-measure")!;
  const g = golden["hc18-250"];

  it("the reference ellipse scores full marks; its HC is the fitted one, graded against the CSV", () => {
    const r = gradeItem(hc, ellipseAnswer(g), { spatial: context(hc) });
    expect(r.correct).toBe(true);
    expect(r.score).toBe(100);
    expect(r.metrics.value).toBeCloseTo(g.perimeterMm, 3);
    expect(r.metrics.reference).toBe(172.71);
    expect(r.metrics.allowed).toBeCloseTo(0.08 * 172.71, 9);
    expect(r.metrics.dice).toBeGreaterThan(0.99);
  });

  it("5 % larger (HC off by about 5.8 %, under 8 %) passes; 15 % larger fails", () => {
    const near = gradeItem(hc, ellipseAnswer(g, 1.05), { spatial: context(hc) });
    expect(near.correct).toBe(true);
    // HC scales with s: 1.05 × 174.10 = 182.81 mm vs 172.71 → 5.85 % off.
    expect(near.metrics.value).toBeCloseTo(1.05 * g.perimeterMm, 3);
    const far = gradeItem(hc, ellipseAnswer(g, 1.15), { spatial: context(hc) });
    expect(far.correct).toBe(false);
    expect(far.score).toBeLessThan(50);
  });

  it("the right size in the wrong place fails on Dice (the feedback names both)", () => {
    const r = gradeItem(hc, ellipseAnswer(g, 1, 30), { spatial: context(hc) });
    expect(r.metrics.errorAbs).toBeLessThan(r.metrics.allowed);
    expect(r.metrics.dice).toBeLessThan(0.8);
    expect(r.correct).toBe(false);
    expect(r.feedback.join(" ")).toMatch(/PMID 27158767/);
  });

  it("BPD line: the minor axis passes with full marks; 10 % short fails (tolerance 5 %)", () => {
    const bpd = measure.find((i) => i.id === "hc18-250-bpd-measure")!;
    const ok = gradeItem(bpd, minorLine(g), { spatial: context(bpd) });
    expect(ok.correct).toBe(true);
    expect(ok.score).toBe(100);
    expect(ok.metrics.value).toBeCloseTo(2 * g.semiAxes[1], 6);
    const short = gradeItem(bpd, minorLine(g, 0.9), { spatial: context(bpd) });
    expect(short.correct).toBe(false);
    const near = gradeItem(bpd, minorLine(g, 1.02), { spatial: context(bpd) });
    expect(near.correct).toBe(true);
  });

  it("area item without referenceValue: the reference is numpy's πab of the fitted ellipse", () => {
    const area = quizItemSchema.parse({
      ...hc,
      id: "hc18-250-area-test",
      quantity: "area",
      referenceValue: undefined,
      referenceSource: undefined,
      tolerancePct: 10,
    }) as MeasureItem;
    const r = gradeItem(area, ellipseAnswer(g), { spatial: context(area) });
    expect(r.metrics.reference).toBeCloseTo(g.areaMm2, 2);
    expect(r.metrics.value).toBeCloseTo(g.areaMm2, 2);
    expect(r.score).toBe(100);
    // 10 % larger semi-axes: area × 1.21, beyond 10 %.
    const big = gradeItem(area, ellipseAnswer(g, 1.1), { spatial: context(area) });
    expect(big.metrics.value / g.areaMm2).toBeCloseTo(1.21, 3);
    expect(big.correct).toBe(false);
  });

  it("a line answer to an ellipse item is wrong, not a crash", () => {
    const r = gradeItem(hc, minorLine(g), { spatial: context(hc) });
    expect(r.correct).toBe(false);
  });
});

describe("calibration of the HC18 measure items", () => {
  for (const item of measure)
    it(`${item.id}: the fitted reference passes with full marks, ±half the tolerance passes, +twice fails`, () => {
      const ctx = context(item);
      const c = calibrateItem(item, ctx, [ctx.reference.set]);
      expect(c.problems).toEqual([]);
      expect(c.probes.map((p) => [p.kind, p.correct])).toEqual([
        ["reference", true],
        ["near-right", true],
        ["near-right", true],
        ["clearly-wrong", false],
      ]);
      expect(c.probes[0].score).toBe(100);
    });
});

describe("measure items: content rules", () => {
  const base = {
    id: "mm-item",
    type: "measure",
    case: "retina-fundus",
    structure: "optic-disc",
    prompt: "Measure.",
    tool: "line",
    quantity: "length",
    axis: "major",
    toleranceMm: 1,
    toleranceSource: "test",
  };
  it("an image without pixel spacing cannot carry a measure item", () => {
    const item = quizItemSchema.parse(base);
    expect(referenceIssue(item, loadCase("retina-fundus"))?.message).toMatch(/no pixel spacing/);
  });
  it("tool/quantity pairing and exactly one tolerance", () => {
    const c = loadCase("hc18-010");
    const mk = (o: object) =>
      quizItemSchema.parse({ ...base, case: "hc18-010", structure: "fetal-head", ...o });
    expect(referenceIssue(mk({}), c)).toBeNull();
    expect(referenceIssue(mk({ quantity: "area" }), c)?.field).toBe("quantity");
    expect(referenceIssue(mk({ tolerancePct: 5 }), c)?.field).toBe("toleranceMm");
    expect(referenceIssue(mk({ axis: undefined }), c)?.field).toBe("axis");
  });
});
