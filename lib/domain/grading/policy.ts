/**
 * Grade policy: turns metrics into a score 0–100 (integer) and pass/fail, per answer type.
 *
 * - Click (point in structure) and landmark: correct → 100 and pass. A miss earns partial credit
 *   that falls linearly from 50 at the tolerance to 0 at tolerance + `falloffMm` (default 10 mm):
 *   score = round(50 · max(0, 1 − (d − tol) / falloff)); never a pass.
 * - Box: score = round(100 · IoU); pass when IoU ≥ the item's `passIou`.
 * - Outline: the pass rule is either the item's own threshold or derived from the experts' spread
 *   (see {@link outlineThresholdFromExperts}); score = round(100 · value of the metric the rule
 *   uses, Dice or NSD); pass when that value ≥ the threshold.
 */
import type { Mask } from "../geometry/mask";
import { compareMasks, type MaskMetrics } from "./masks";
import type { PointGrade } from "./point";

export interface GradeOutcome {
  /** 0–100, integer. */
  score: number;
  passed: boolean;
}

/** Default fall-off distance of partial credit for near misses, mm. */
export const DEFAULT_FALLOFF_MM = 10;
/** Outline pass threshold on Dice when neither the item nor ≥ 2 experts give one. */
export const DEFAULT_PASS_DICE = 0.7;

const clampScore = (x: number) => Math.max(0, Math.min(100, Math.round(x)));

/** Score of a distance answer (click or landmark), see file comment. */
export function scoreDistance(
  distanceMm: number,
  toleranceMm: number,
  falloffMm = DEFAULT_FALLOFF_MM,
): GradeOutcome {
  if (distanceMm <= toleranceMm) return { score: 100, passed: true };
  if (!Number.isFinite(distanceMm)) return { score: 0, passed: false };
  const f = Math.max(0, 1 - (distanceMm - toleranceMm) / falloffMm);
  return { score: clampScore(50 * f), passed: false };
}

/** Score of a click graded by `gradePoint`. */
export function scorePoint(
  g: PointGrade,
  toleranceMm: number,
  falloffMm = DEFAULT_FALLOFF_MM,
): GradeOutcome {
  if (g.correct) return { score: 100, passed: true };
  return scoreDistance(g.distanceMm, toleranceMm, falloffMm);
}

/** Score of a box answer from its IoU with the reference box. */
export function scoreBox(iou: number, passIou: number): GradeOutcome {
  return { score: clampScore(100 * iou), passed: iou >= passIou };
}

/** The pass rule of an outline answer. */
export type OutlineThreshold =
  | { metric: "dice"; min: number; source: string }
  | { metric: "nsd"; min: number; toleranceMm: number; source: string };

/** Score of an outline answer under a threshold. */
export function scoreOutline(
  m: Pick<MaskMetrics, "dice" | "nsd" | "nsdToleranceMm">,
  t: OutlineThreshold,
): GradeOutcome {
  if (t.metric === "nsd" && Math.abs(m.nsdToleranceMm - t.toleranceMm) > 1e-9) {
    throw new RangeError(
      `NSD was computed at τ = ${m.nsdToleranceMm} mm but the rule needs τ = ${t.toleranceMm} mm`,
    );
  }
  const v = t.metric === "dice" ? m.dice : m.nsd;
  return { score: clampScore(100 * v), passed: v >= t.min };
}

export type ExpertRule =
  /** Pass when Dice ≥ the lowest Dice between two experts. */
  | "min-pairwise-dice"
  /** Pass when NSD at τ = the experts' median pairwise HD95 is ≥ the lowest expert-pair NSD at that τ. */
  | "nsd-at-median-hd95";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The outline pass threshold: the item's `passDice` when given; else, with ≥ 2 expert masks of the
 * structure (same grid, e.g. the slice being asked), from their spread by `rule`; else
 * {@link DEFAULT_PASS_DICE}. `source` says in words where the number came from.
 */
export function outlineThresholdFromExperts(
  experts: readonly Mask[],
  opts: { passDice?: number; rule?: ExpertRule } = {},
): OutlineThreshold {
  if (opts.passDice !== undefined)
    return { metric: "dice", min: opts.passDice, source: "item threshold" };
  if (experts.length < 2)
    return { metric: "dice", min: DEFAULT_PASS_DICE, source: "default (fewer than 2 experts)" };
  const pairs: MaskMetrics[] = [];
  for (let a = 0; a < experts.length; a++)
    for (let b = a + 1; b < experts.length; b++) pairs.push(compareMasks(experts[a], experts[b]));
  const rule = opts.rule ?? "min-pairwise-dice";
  if (rule === "min-pairwise-dice") {
    return {
      metric: "dice",
      min: Math.min(...pairs.map((p) => p.dice)),
      source: `lowest Dice between ${experts.length} experts`,
    };
  }
  const tau = median(pairs.map((p) => p.hd95));
  const nsds: number[] = [];
  for (let a = 0; a < experts.length; a++)
    for (let b = a + 1; b < experts.length; b++)
      nsds.push(compareMasks(experts[a], experts[b], { nsdToleranceMm: tau }).nsd);
  return {
    metric: "nsd",
    min: Math.min(...nsds),
    toleranceMm: tau,
    source: `lowest expert-pair NSD at τ = median expert HD95 (${+tau.toFixed(2)} mm)`,
  };
}

export interface ExpertsGrade extends GradeOutcome {
  /** Index of the expert the answer matched best (by the rule's metric), and its metrics. */
  expert: number;
  metrics: MaskMetrics;
  /** Metrics against each expert, in input order. */
  perExpert: MaskMetrics[];
  threshold: OutlineThreshold;
}

/**
 * Grades an outline (as a mask on the experts' grid) against every expert and keeps the best match
 * by the threshold's metric; the NSD is computed at the rule's τ (NSD rule) or `nsdToleranceMm`.
 */
export function gradeAgainstExperts(
  experts: readonly Mask[],
  answer: Mask,
  threshold: OutlineThreshold,
  nsdToleranceMm?: number,
): ExpertsGrade {
  if (experts.length === 0) throw new RangeError("at least one expert mask is needed");
  const tau = threshold.metric === "nsd" ? threshold.toleranceMm : nsdToleranceMm;
  const perExpert = experts.map((e) => compareMasks(e, answer, { nsdToleranceMm: tau }));
  const key = (m: MaskMetrics) => (threshold.metric === "dice" ? m.dice : m.nsd);
  let best = 0;
  for (let i = 1; i < perExpert.length; i++) if (key(perExpert[i]) > key(perExpert[best])) best = i;
  return {
    ...scoreOutline(perExpert[best], threshold),
    expert: best,
    metrics: perExpert[best],
    perExpert,
    threshold,
  };
}
