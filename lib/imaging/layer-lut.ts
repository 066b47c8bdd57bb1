/** Colour table of one labelmap layer for `renderSlice` (the overlay canvas and the poster). */
import type { LabelmapLayerRef } from "./overlay-model";
import { hexToRgb } from "../domain/colour";

/**
 * RGBA table (4 bytes per label value) for one labelmap layer: hidden structures get alpha 0;
 * with `only` set, every other structure is hidden; while a structure flashes it is drawn white and
 * the others faint (alpha 60 of 255).
 */
export function layerLut(
  ref: LabelmapLayerRef,
  maxLabel: number,
  colors: Map<string, string>,
  hidden: ReadonlySet<string>,
  only: string | undefined,
  flash: string | null,
): Uint8Array {
  const lut = new Uint8Array((maxLabel + 1) * 4);
  for (const [label, sid] of ref.labels) {
    if (label > maxLabel || hidden.has(sid) || (only && sid !== only)) continue;
    const [r, g, b] = sid === flash ? [255, 255, 255] : hexToRgb(colors.get(sid) ?? "#ff00ff");
    lut.set([r, g, b, flash && sid !== flash ? 60 : 255], label * 4);
  }
  return lut;
}

/** Fill opacity (0–1) the viewer opens with; the poster uses the same. */
export const DEFAULT_OVERLAY_OPACITY = 0.45;
