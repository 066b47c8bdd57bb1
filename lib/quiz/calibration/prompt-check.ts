/**
 * "The prompt matches the reference" for outline and box items whose reference is a mask on the
 * slice: a reference covering both hemispheres must say "both sides"; a reference in several
 * disconnected parts must say so (or be restricted) when its largest part alone would fail; a box
 * item whose prompt or explanation calls the box "tall" (or "flat") must have a reference box at
 * least 1.25 times taller than wide (or wider than tall). Pure.
 */
import { indexBoxToWorld } from "../../domain/geometry/mask";
import { referenceBox } from "../grade-box";
import { gridCentreXmm } from "../../domain/grading/point";
import type { QuizAnswer } from "../answer";
import type { SpatialItem } from "../item-schema";
import { sliceMask, type SpatialContext } from "../spatial-context";
import { maskParts, type MaskPart } from "./slice-shape";
import { pixelWorld } from "./structure-answers";

/** A part counts for the sides rule when it holds at least this share of the reference's pixels. */
export const SIGNIFICANT_PART = 0.1;

/** Prompt words that tell the student the reference covers both hemispheres. */
export const BOTH_SIDES =
  /\b(both sides|both hemispheres|each side|left and right|right and left|bilateral(ly)?)\b/i;
/** Prompt words that tell the student the reference is in several parts (or both sides). */
export const SEVERAL_PARTS =
  /\b(all (of )?(its |the )?(parts|pieces)|every (part|piece)|each (part|piece)|(two|three|four|five|several|separate|\d+) (separate )?(parts|pieces)|everything)\b/i;

const ONE_PART = "largest part only";

/** The reference mask of a box/outline item on slice k, split in parts (null: box annotation). */
function referenceParts(item: SpatialItem, ctx: SpatialContext, k: number): MaskPart[] | null {
  if (item.type !== "outline" && item.type !== "box") return null;
  if (ctx.reference.annotations.some((a) => a.type === "box")) return null;
  return maskParts(sliceMask(ctx.grid, ctx.reference.annotations, ctx.labelmaps, k));
}

/**
 * Which side of the midline (world x of the grid centre, LPS: +x = patient left) holds each part's
 * centroid, summed in pixels over the parts holding ≥ {@link SIGNIFICANT_PART} of the reference.
 */
export function sidePixels(
  parts: readonly MaskPart[],
  ctx: SpatialContext,
  k: number,
): { left: number; right: number } {
  const total = parts.reduce((s, p) => s + p.pixels, 0);
  const mid = gridCentreXmm(ctx.grid);
  const out = { left: 0, right: 0 };
  for (const p of parts) {
    if (p.pixels < SIGNIFICANT_PART * total) continue;
    const x = pixelWorld(ctx.grid, p.centroid[0], p.centroid[1], k)[0];
    if (x > mid) out.left += p.pixels;
    else if (x < mid) out.right += p.pixels;
  }
  return out;
}

/** The "largest part only" probe (same kind of answer), or null when the reference is in one part. */
export function onePartProbe(
  item: SpatialItem,
  ctx: SpatialContext,
  k: number,
): { name: string; kind: "one-part"; answer: QuizAnswer } | null {
  const parts = referenceParts(item, ctx, k);
  if (!parts || parts.length < 2) return null;
  const m = parts[0].mask;
  if (item.type === "outline")
    return {
      name: ONE_PART,
      kind: "one-part",
      answer: { kind: "outline", mask: m.data, slice: k },
    };
  const [nx] = m.grid.dims;
  let i0 = Infinity,
    j0 = Infinity,
    i1 = -Infinity,
    j1 = -Infinity;
  for (let p = 0; p < m.data.length; p++)
    if (m.data[p]) {
      const i = p % nx;
      const j = (p - i) / nx;
      i0 = Math.min(i0, i);
      i1 = Math.max(i1, i);
      j0 = Math.min(j0, j);
      j1 = Math.max(j1, j);
    }
  const b = indexBoxToWorld(ctx.grid, { min: [i0, j0, k], max: [i1, j1, k] });
  return { name: ONE_PART, kind: "one-part", answer: { kind: "box", boxMm: b, slice: k } };
}

/** Height ÷ width (or the inverse) a box must reach to be called "tall" (or "flat"). */
export const ELONGATED = 1.25;

/** "tall" / "flat" in a box item's prompt or explanation against the reference box's shape. */
export function boxShapeProblems(item: SpatialItem, ctx: SpatialContext): string[] {
  if (item.type !== "box") return [];
  const b = referenceBox(ctx, ctx.targetSlice);
  if (!b) return [];
  const w = b.max[0] - b.min[0];
  const h = b.max[1] - b.min[1];
  const text = `${item.prompt} ${item.explanation ?? ""}`;
  const size = `${+w.toFixed(1)} × ${+h.toFixed(1)} (width × height, ${ctx.unit ?? "mm"})`;
  const out: string[] = [];
  if (/\btall\b/i.test(text) && h < ELONGATED * w)
    out.push(`the text calls the box "tall" but the reference box is ${size}`);
  if (/\b(flat|squat)\b/i.test(text) && w < ELONGATED * h)
    out.push(`the text calls the box "flat" but the reference box is ${size}`);
  return out;
}

/**
 * Problems of the prompt against the reference on slice k. `results` must hold the graded
 * {@link onePartProbe} (by name) when there is one.
 */
export function promptProblems(
  item: SpatialItem,
  ctx: SpatialContext,
  results: readonly { name: string; correct: boolean; value: number }[],
): string[] {
  const k = ctx.targetSlice;
  const out: string[] = boxShapeProblems(item, ctx);
  const parts = referenceParts(item, ctx, k);
  if (!parts || !parts.length) return out;
  const lateralised = ctx.structures.some(
    (s) => s.laterality === "left" || s.laterality === "right",
  );
  const own = ctx.structures.find((s) => s.id === item.structure)?.laterality;
  const sides = sidePixels(parts, ctx, k);
  const bothSides =
    lateralised &&
    own !== "left" &&
    own !== "right" &&
    own !== "midline" &&
    sides.left > 0 &&
    sides.right > 0;
  if (bothSides && !BOTH_SIDES.test(item.prompt))
    out.push(
      `the reference covers both hemispheres on slice ${k} (${sides.right} px right, ${sides.left} px left) but the prompt does not say "both sides"`,
    );
  const one = results.find((r) => r.name === ONE_PART);
  if (one && !one.correct && !SEVERAL_PARTS.test(item.prompt) && !BOTH_SIDES.test(item.prompt))
    out.push(
      `the reference is in ${parts.length} parts on slice ${k}; its largest part alone fails (${+one.value.toFixed(3)}): say so in the prompt or restrict the reference`,
    );
  return out;
}
