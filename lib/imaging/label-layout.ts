/**
 * Placement of structure names drawn beside vector annotations (polygons, boxes, landmarks) so that
 * no two names overlap and none leaves the canvas. Pure: boxes in CSS pixels of the viewport canvas,
 * origin top-left, y down.
 *
 * Rule: names are placed in the order given. Each takes its wanted box when that box, kept inside
 * the canvas, overlaps no name placed before it (touching edges do not overlap). Otherwise it moves
 * vertically in steps of its height plus `gap`, trying down 1, up 1, down 2, up 2 … up to
 * `maxSteps` steps each way, and takes the first free place inside the canvas. When none is free it
 * keeps its wanted place (clamped into the canvas), so a crowded slice still shows every name.
 */

/** A name's wanted box: top-left corner and size, CSS px. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Canvas size, CSS px. */
export interface CanvasSize {
  width: number;
  height: number;
}

/** Approximate advance of one character of the 12 px overlay font, CSS px (a little generous). */
export const LABEL_CHAR_PX = 7;
/** Height of a name's box, CSS px (12 px font plus its 3 px halo). */
export const LABEL_HEIGHT_PX = 14;

/** The box of `text` whose baseline starts at (`x`, `baseline`), using the estimates above. */
export function labelBox(text: string, x: number, baseline: number): LabelBox {
  return {
    x,
    y: baseline - LABEL_HEIGHT_PX + 3,
    width: text.length * LABEL_CHAR_PX,
    height: LABEL_HEIGHT_PX,
  };
}

/** True when the interiors of `a` and `b` intersect (shared edges do not count). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** `b` moved the least so that it lies inside the canvas (its top-left wins when it is larger). */
function clamp(b: LabelBox, c: CanvasSize): LabelBox {
  const x = Math.max(0, Math.min(b.x, c.width - b.width));
  const y = Math.max(0, Math.min(b.y, c.height - b.height));
  return { ...b, x, y };
}

/** Final boxes for `wanted` (same order and sizes); see the module comment for the rule. */
export function layoutLabels(
  wanted: readonly LabelBox[],
  canvas: CanvasSize,
  maxSteps = 6,
  gap = 2,
): LabelBox[] {
  const placed: LabelBox[] = [];
  for (const w of wanted) {
    const home = clamp(w, canvas);
    const free = (b: LabelBox) => !placed.some((p) => overlaps(b, p));
    let pick = home;
    if (!free(home)) {
      const step = w.height + gap;
      for (let k = 1; k <= maxSteps && pick === home; k++) {
        for (const dy of [k * step, -k * step]) {
          const b = { ...home, y: home.y + dy };
          if (b.y >= 0 && b.y + b.height <= canvas.height && free(b)) {
            pick = b;
            break;
          }
        }
      }
    }
    placed.push(pick);
  }
  return placed;
}
