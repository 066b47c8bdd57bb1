/**
 * Orientation markers: which anatomical direction each edge of a viewport faces.
 *
 * Directions are world vectors in patient LPS (+x = patient left, +y = posterior, +z = superior),
 * the convention of `lib/domain/model`. Letters: L/R (x), P/A (y), S/I (z). A direction within
 * about 22.5° of an axis gets that axis's letter; an oblique one gets the two letters of its two
 * largest components, larger first (e.g. "LA"), as most PACS viewers show. Zero vectors give "".
 */
import type { Vec3 } from "../domain/geometry/grid";

const POS = ["L", "P", "S"] as const;
const NEG = ["R", "A", "I"] as const;

/** Letter(s) of the anatomical direction of `v` (LPS, any length); "" for a zero vector. */
export function directionLetters(v: readonly number[]): string {
  const len = Math.hypot(v[0], v[1], v[2]);
  if (!(len > 0)) return "";
  const comps = [0, 1, 2]
    .map((a) => ({ a, c: v[a] / len }))
    .sort((p, q) => Math.abs(q.c) - Math.abs(p.c));
  const letter = ({ a, c }: { a: number; c: number }) => (c > 0 ? POS[a] : NEG[a]);
  // cos 22.5° ≈ 0.924: closer than that to one axis is that axis alone.
  if (Math.abs(comps[0].c) >= 0.924) return letter(comps[0]);
  return letter(comps[0]) + letter(comps[1]);
}

/** The letters shown at the four edges of a viewport. */
export interface EdgeMarkers {
  top: string;
  bottom: string;
  left: string;
  right: string;
}

/**
 * Markers of a view whose screen-right and screen-up directions are the world vectors `right` and
 * `up` (LPS; need not be unit length). The opposite edges get the opposite directions.
 */
export function edgeMarkers(right: readonly number[], up: readonly number[]): EdgeMarkers {
  const neg = (v: readonly number[]): Vec3 => [-v[0], -v[1], -v[2]];
  return {
    right: directionLetters(right),
    left: directionLetters(neg(right)),
    top: directionLetters(up),
    bottom: directionLetters(neg(up)),
  };
}

/** Patient directions as letters, for 2D images that declare how they are displayed. */
export type PatientLetter = "L" | "R" | "A" | "P" | "S" | "I";
const OPPOSITE: Record<PatientLetter, PatientLetter> = {
  L: "R",
  R: "L",
  A: "P",
  P: "A",
  S: "I",
  I: "S",
};

/**
 * Markers of a 2D image from the directions its manifest declares for the image's right edge and
 * its bottom edge (e.g. a frontal radiograph: right "L", down "I").
 */
export function declaredMarkers(right: PatientLetter, down: PatientLetter): EdgeMarkers {
  return { right, left: OPPOSITE[right], bottom: down, top: OPPOSITE[down] };
}
