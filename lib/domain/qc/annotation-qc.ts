/**
 * Quality control of a case's annotation sets (`npm run content:qc`, a section of the content
 * check, and the summary on the case page). Errors are defects a grader would act on wrongly
 * (an empty structure, a left label on the right, a landmark off the image); warnings need a look
 * (islands, holes, masks outside the imaged body). Rules and thresholds are in the README.
 */
import type { Annotation, AnnotationSet } from "../model/annotation-set";
import type { Structure } from "../model/case-manifest";
import type { GridSpec } from "../model/primitives";
import { polygonSignedArea } from "../geometry/polygon";
import { boxArea, insideImage, selfIntersection, toIndexPlane } from "./geometry-rules";
import { labelComponents, type LabelComponents } from "./label-components";
import { labelStats, type LabelStat } from "./label-stats";
import { gridCentreXmm } from "../grading/point";
import { segmentationFindings } from "./mask-rules";

export type QcLevel = "error" | "warning";
export interface QcFinding {
  level: QcLevel;
  rule: string;
  set: string;
  structure: string;
  message: string;
}

export interface QcInput {
  grid: GridSpec;
  structures: readonly Structure[];
  sets: readonly AnnotationSet[];
  /** Labelmap voxels by site path, on the case grid (a missing path is reported as an error). */
  labelmaps: ReadonlyMap<string, ArrayLike<number>>;
  /** Image foreground on the case grid (non-zero = imaged body); omitted: not checked. */
  foreground?: Uint8Array;
}

export interface QcSummary {
  /** Distinct structures annotated in the case's sets. */
  structures: number;
  errors: number;
  warnings: number;
  findings: QcFinding[];
}

/** Components and per-label stats of one labelmap, computed once per QC run. */
export interface LabelmapFacts {
  components: LabelComponents;
  stats: Map<number, LabelStat>;
}

function shapeFindings(grid: GridSpec, a: Annotation): [QcLevel, string, string][] {
  const out: [QcLevel, string, string][] = [];
  if (a.type === "landmark" && !insideImage(grid, a.point))
    out.push(["error", "landmark-outside", `landmark ${fmtPoint(a.point)} lies outside the image`]);
  if (a.type === "box") {
    const area = boxArea(a.min, a.max);
    if (area <= 0)
      out.push(["error", "zero-area-box", area < 0 ? "box has min > max" : "box has zero area"]);
    else if (!insideImage(grid, a.min) || !insideImage(grid, a.max))
      out.push(["warning", "shape-outside", "box reaches outside the image"]);
  }
  if (a.type === "polygon") {
    const plane = toIndexPlane(grid, a.points);
    const hit = selfIntersection(plane);
    if (hit)
      out.push([
        "error",
        "self-intersecting-polygon",
        `polygon on slice ${a.slice + 1} crosses itself (edges ${hit[0] + 1} and ${hit[1] + 1})`,
      ]);
    else if (Math.abs(polygonSignedArea(plane)) < 1e-9)
      out.push(["error", "empty", `polygon on slice ${a.slice + 1} has zero area`]);
    if (a.points.some((p) => !insideImage(grid, p)))
      out.push([
        "warning",
        "shape-outside",
        `polygon on slice ${a.slice + 1} reaches outside the image`,
      ]);
  }
  return out;
}

const fmtPoint = (p: readonly number[]) => `(${p.map((v) => v.toFixed(1)).join(", ")}) mm`;

/** Runs every rule over every annotation of every set (see file comment). */
export function runQc(input: QcInput): QcSummary {
  const findings: QcFinding[] = [];
  const facts = new Map<string, LabelmapFacts>();
  const midlineX = gridCentreXmm(input.grid);
  const byId = new Map(input.structures.map((s) => [s.id, s]));
  const annotated = new Set<string>();
  for (const set of input.sets) {
    const push = (level: QcLevel, rule: string, structure: string, message: string) =>
      findings.push({ level, rule, set: set.id, structure, message });
    for (const a of set.annotations) {
      annotated.add(a.structure);
      for (const [level, rule, message] of shapeFindings(input.grid, a))
        push(level, rule, a.structure, message);
      if (a.type !== "segmentation") continue;
      const data = input.labelmaps.get(a.labelmap);
      if (!data) {
        push(
          "error",
          "labelmap",
          a.structure,
          `labelmap ${a.labelmap} could not be read on the case grid`,
        );
        continue;
      }
      let f = facts.get(a.labelmap);
      if (!f) {
        f = {
          components: labelComponents(input.grid, data),
          stats: labelStats(input.grid, data, midlineX, input.foreground),
        };
        facts.set(a.labelmap, f);
      }
      const s = byId.get(a.structure);
      const is3d = input.grid.dims[2] > 1;
      for (const [level, rule, message] of segmentationFindings(
        a,
        s,
        f,
        midlineX,
        is3d,
        Boolean(input.foreground),
      ))
        push(level, rule, a.structure, message);
    }
  }
  const errors = findings.filter((f) => f.level === "error").length;
  return { structures: annotated.size, errors, warnings: findings.length - errors, findings };
}
