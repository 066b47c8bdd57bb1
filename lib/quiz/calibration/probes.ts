/**
 * The pinned calibration probes of a spatial item (docs: ../shared clarifications "Item
 * calibration"; docs/quiz-items.md "Calibration"), as student answers for the real graders:
 * - reference: the reference mask (outline), box (box), landmark (landmark), or the deepest interior
 *   point (click; in-plane EDT maximum, ties by lowest index), or the name (name): must pass; for
 *   outline and click items graded against the raters' spread, the STAPLE consensus of the raters
 *   instead of the first rater's mask (consensus-answer.ts);
 * - near-right: the mask dilated / eroded by one pixel (4-connected cross); the box moved 1 mm along
 *   +x, −x, +y, −y; the landmark moved by half its tolerance along each slice axis: must pass;
 * - clearly wrong: the contralateral partner and the nearest other structure of the reference set on
 *   the slice (centroid distance; not the target, its parent or children), same kind of answer: must fail;
 * - measure items: the fitted reference ellipse, scaled by ± half and + twice the tolerance
 *   (./measure-probes).
 * Pure.
 */
import { inPlaneWorldAxes } from "../../domain/geometry/plane-grid";
import type { Vec3 } from "../../domain/geometry/grid";
import type { AnnotationSet } from "../../domain/model/annotation-set";
import type { QuizAnswer } from "../answer";
import type { SpatialItem } from "../item-schema";
import type { SpatialContext } from "../spatial-context";
import { contralateralPartner, nearestByCentroid, related } from "./partners";
import { dilateCross, erodeCross } from "./slice-shape";
import { answerFrom, structureCentroid } from "./structure-answers";
import { consensusAnswer } from "./consensus-answer";
import { sliceCentroids } from "./slice-centroids";
import { measureProbes } from "./measure-probes";
import { landmarkReference } from "../grade-landmark";

export type ProbeKind = "reference" | "near-right" | "clearly-wrong";

export interface Probe {
  name: string;
  kind: ProbeKind;
  answer: QuizAnswer;
}

const moved = (p: readonly number[], d: readonly number[], s: number): Vec3 => [
  p[0] + d[0] * s,
  p[1] + d[1] * s,
  p[2] + d[2] * s,
];

function nearRight(item: SpatialItem, ctx: SpatialContext, ref: QuizAnswer): Probe[] {
  const out: Probe[] = [];
  const add = (name: string, answer: QuizAnswer) => out.push({ name, kind: "near-right", answer });
  if (ref.kind === "outline" && ref.mask) {
    const m = {
      grid: { dims: [ctx.grid.dims[0], ctx.grid.dims[1], 1] as Vec3, spacing: ctx.grid.spacing },
      data: ref.mask,
    };
    add("dilated 1 px", { ...ref, mask: dilateCross(m).data });
    add("eroded 1 px", { ...ref, mask: erodeCross(m).data });
  } else if (ref.kind === "box") {
    // One mm either way along the slice's two in-plane world axes (x, y on an axial slice).
    const axes: [string, Vec3][] = inPlaneWorldAxes(ctx.grid).flatMap((w) =>
      [1, -1].map((sign): [string, Vec3] => {
        const d: Vec3 = [0, 0, 0];
        d[w] = sign;
        return [`${sign > 0 ? "+" : "-"}${"xyz"[w]}`, d];
      }),
    );
    for (const [n, d] of axes)
      add(`moved 1 mm ${n}`, {
        ...ref,
        boxMm: { min: moved(ref.boxMm.min, d, 1), max: moved(ref.boxMm.max, d, 1) },
      });
  } else if ((ref.kind === "landmark" || ref.kind === "point") && item.type === "landmark") {
    const d = ctx.grid.direction;
    const half = (landmarkReference(item, ctx)?.toleranceMm ?? 0) / 2;
    const axes: [string, Vec3][] = [
      ["+i", [d[0], d[3], d[6]]],
      ["-i", [-d[0], -d[3], -d[6]]],
      ["+j", [d[1], d[4], d[7]]],
      ["-j", [-d[1], -d[4], -d[7]]],
    ];
    for (const [n, v] of axes)
      add(`moved ${+half.toFixed(3)} mm ${n}`, { ...ref, pointMm: moved(ref.pointMm, v, half) });
  }
  return out;
}

/** The set holding `structure`: `preferred` when it annotates it, else the first of `sets`. */
function setOf(
  structure: string,
  preferred: AnnotationSet,
  sets: readonly AnnotationSet[],
): AnnotationSet | undefined {
  const has = (s: AnnotationSet) => s.annotations.some((a) => a.structure === structure);
  return has(preferred) ? preferred : sets.find(has);
}

function clearlyWrong(
  item: SpatialItem,
  ctx: SpatialContext,
  sets: readonly AnnotationSet[],
  k: number,
): Probe[] {
  const out: Probe[] = [];
  const own = ctx.reference.set;
  const partner = contralateralPartner(ctx.structures, item.structure);
  const pSet = partner && setOf(partner.id, own, sets);
  const pAnswer = partner && pSet && answerFrom(item, ctx, pSet, partner.id, k);
  if (partner && pAnswer)
    out.push({ name: `partner ${partner.id}`, kind: "clearly-wrong", answer: pAnswer });
  const target = structureCentroid(ctx, ctx.reference.annotations, k);
  if (!target) return out;
  const candidates = sliceCentroids(ctx, own, k);
  for (const id of [...candidates.keys()])
    if (related(ctx.structures, id, item.structure)) candidates.delete(id);
  while (candidates.size) {
    const id = nearestByCentroid(target, candidates) as string;
    candidates.delete(id);
    if (id === partner?.id) continue;
    const a = answerFrom(item, ctx, own, id, k);
    if (a) {
      out.push({ name: `nearest ${id}`, kind: "clearly-wrong", answer: a });
      break;
    }
  }
  return out;
}

/**
 * Every probe of `item` on slice `k` (see the file comment). `sets` are all annotation sets of the
 * case (a partner missing from the reference set is looked up there). No reference on the slice →
 * no probes (the caller reports it).
 */
export function itemProbes(
  item: SpatialItem,
  ctx: SpatialContext,
  sets: readonly AnnotationSet[],
  k: number,
): Probe[] {
  const ref =
    consensusAnswer(item, ctx, k) ?? answerFrom(item, ctx, ctx.reference.set, item.structure, k);
  if (!ref) return [];
  const name = item.type === "click" ? "reference (deepest interior point)" : "reference";
  return [
    { name, kind: "reference", answer: ref },
    ...(item.type === "measure" ? measureProbes(item, ctx, k) : nearRight(item, ctx, ref)),
    ...clearlyWrong(item, ctx, sets, k),
  ];
}
