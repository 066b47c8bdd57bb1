/**
 * Calibration of one quiz item: every probe (lib/quiz/calibration/probes) graded by the real
 * grader (`gradeItem`), the pass mark, the margin, and the problems that fail the content check.
 * Multiple choice: the key must pass and each wrong option alone must fail. Pure.
 */
import type { AnnotationSet } from "../../domain/model/annotation-set";
import type { GradeResult, QuizAnswer } from "../answer";
import { gradeItem } from "../grade-item";
import {
  DEFAULT_LANDMARK_TOLERANCE_MM,
  DEFAULT_PASS_IOU,
  type QuizItem,
  type SpatialItem,
} from "../item-schema";
import type { SpatialContext } from "../spatial-context";
import { itemProbes, type ProbeKind } from "./probes";
import { promptProblems, onePartProbe } from "./prompt-check";

export interface ProbeResult {
  name: string;
  kind: ProbeKind | "one-part";
  /** What the probe must do; `either` = informative only. */
  expect: "pass" | "fail" | "either";
  correct: boolean;
  score: number;
  /** The graded metric (Dice, IoU, distance in mm or pixels, or the score). */
  value: number;
  ok: boolean;
}

export interface ItemCalibration {
  itemId: string;
  type: QuizItem["type"];
  caseId?: string;
  /** Slice the probes were given on (zero-based k). */
  slice?: number;
  metric: "dice" | "iou" | "distance" | "score";
  /** Pass mark on `metric` (distance: the largest accepted; others: the smallest). */
  passMark: number;
  probes: ProbeResult[];
  /** Smallest distance of a probe's value from the pass mark on its right side (< 0: a failed probe). */
  margin: number | null;
  /** One line per failure; empty when the item is calibrated. */
  problems: string[];
}

function metricName(item: QuizItem): ItemCalibration["metric"] {
  if (item.type === "outline") return "dice";
  if (item.type === "box") return "iou";
  return item.type === "click" || item.type === "landmark" ? "distance" : "score";
}

function metricOf(
  item: QuizItem,
  r: GradeResult,
): { metric: ItemCalibration["metric"]; value: number; pass: number } {
  const m = r.metrics;
  if (item.type === "outline")
    return { metric: "dice", value: m.dice ?? 0, pass: m.passDice ?? 0.7 };
  if (item.type === "box")
    return { metric: "iou", value: m.iou ?? 0, pass: m.passIou ?? statedPassMark(item) };
  if (item.type === "click" || item.type === "landmark") {
    const d = m.distanceMm === undefined || m.distanceMm < 0 ? Infinity : m.distanceMm;
    return { metric: "distance", value: d, pass: m.toleranceMm ?? statedPassMark(item) };
  }
  return { metric: "score", value: r.score, pass: 100 };
}

const round = (v: number) => (Number.isFinite(v) ? +v.toFixed(3) : v);

type PlannedProbe = Pick<ProbeResult, "name" | "kind" | "expect"> & { answer: QuizAnswer };

/** Multiple choice: the key must pass; each wrong option alone must fail. */
function mcqProbes(item: Extract<QuizItem, { type: "mcq" }>): PlannedProbe[] {
  const key = item.options.flatMap((o, i) => (o.correct ? [i] : []));
  const out: PlannedProbe[] = [
    { name: "key", kind: "reference", expect: "pass", answer: { kind: "mcq", selected: key } },
  ];
  item.options.forEach((o, i) => {
    if (!o.correct)
      out.push({
        name: `option ${i + 1} alone`,
        kind: "clearly-wrong",
        expect: "fail",
        answer: { kind: "mcq", selected: [i] },
      });
  });
  return out;
}

/** Spatial and name items: the pinned probes, then the informative "largest part only" probe. */
function spatialProbes(
  item: SpatialItem,
  ctx: SpatialContext,
  sets: readonly AnnotationSet[],
): PlannedProbe[] {
  const k = ctx.targetSlice;
  const out: PlannedProbe[] = itemProbes(item, ctx, sets, k).map((p) => ({
    ...p,
    expect: p.kind === "clearly-wrong" ? "fail" : "pass",
  }));
  const one = out.length ? onePartProbe(item, ctx, k) : null;
  if (one) out.push({ ...one, expect: "either" });
  return out;
}

/** The item's pass mark before any grading (the grader's own value replaces it). */
function statedPassMark(item: QuizItem): number {
  if (item.type === "box") return item.passIou ?? DEFAULT_PASS_IOU;
  if (item.type === "outline") return item.passDice ?? 0.7;
  if (item.type === "click") return item.toleranceMm;
  if (item.type === "landmark") return item.toleranceMm ?? DEFAULT_LANDMARK_TOLERANCE_MM;
  return 100;
}

/**
 * Calibrates `item`. Spatial items need `ctx` (the reference slice is `ctx.targetSlice`) and the
 * case's annotation `sets`; without a context a spatial item gets the problem "no reference".
 */
export function calibrateItem(
  item: QuizItem,
  ctx?: SpatialContext,
  sets: readonly AnnotationSet[] = [],
): ItemCalibration {
  const problems: string[] = [];
  let probes: PlannedProbe[] = [];
  if (item.type === "mcq") probes = mcqProbes(item);
  else if (!ctx) problems.push(`no ${item.type} reference could be loaded for "${item.structure}"`);
  else {
    probes = spatialProbes(item, ctx, sets);
    if (!probes.length)
      problems.push(`the reference of "${item.structure}" is empty on slice ${ctx.targetSlice}`);
  }
  const env = { structures: ctx?.structures, spatial: ctx };
  const metric = metricName(item);
  let passMark = statedPassMark(item);
  const results: ProbeResult[] = probes.map((p) => {
    const r = gradeItem(item, p.answer, env);
    const m = metricOf(item, r);
    passMark = m.pass;
    const ok = p.expect === "either" || (p.expect === "pass") === r.correct;
    const { name, kind, expect } = p;
    return { name, kind, expect, correct: r.correct, score: r.score, value: m.value, ok };
  });
  const lowerBetter = metric === "distance";
  for (const r of results)
    if (!r.ok)
      problems.push(
        `${r.kind} probe "${r.name}" ${r.correct ? "passes" : "fails"} (${metric} ${round(r.value)}, pass ${lowerBetter ? "≤" : "≥"} ${round(passMark)}); it must ${r.expect}`,
      );
  if (ctx && item.type !== "mcq") problems.push(...promptProblems(item, ctx, results));
  const margins = results
    .filter((r) => r.expect !== "either" && metric !== "score")
    .map((r) => {
      const above = lowerBetter ? passMark - r.value : r.value - passMark;
      return r.expect === "pass" ? above : -above;
    });
  return {
    itemId: item.id,
    type: item.type,
    caseId: item.case,
    slice: item.type !== "mcq" && ctx ? ctx.targetSlice : undefined,
    metric,
    passMark,
    probes: results.map((r) => ({ ...r, value: round(r.value) })),
    margin: margins.length ? round(Math.min(...margins)) : null,
    problems,
  };
}
