/**
 * Overlay colours. `case`: each structure's colour from the manifest. `cb-safe`: the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies), assigned by structure order.
 */
import type { Structure } from "@/lib/domain/model";

export type PaletteName = "case" | "cb-safe";

const OKABE_ITO = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#FFFFFF",
];

export { hexToRgb } from "@/lib/domain/colour";

/** Structure id -> `#rrggbb` for the chosen palette. */
export function structureColors(
  structures: readonly Structure[],
  palette: PaletteName,
): Map<string, string> {
  return new Map(
    structures.map((s, n) => [
      s.id,
      palette === "case" ? s.color : OKABE_ITO[n % OKABE_ITO.length],
    ]),
  );
}
