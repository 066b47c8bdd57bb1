/**
 * The side part of a typed structure name, taken apart from the rest: "Precentral gyrus, left",
 * "L precentral gyrus" and "left precentral gyrus" are all the core "precentral gyrus" with side
 * `left`. Filler words (the, of, and, side, part) are dropped from the core so that "the left side of the
 * precentral gyrus" and "precentral gyrus" compare as equal cores.
 */
import { normaliseName } from "./text-match";

/** A side stated in a name: `bilateral` for "both", "bilateral" or left and right together. */
export type StatedSide = "left" | "right" | "bilateral";

const SIDE_WORDS: Record<string, StatedSide> = {
  left: "left",
  l: "left",
  lt: "left",
  lh: "left",
  sinister: "left",
  sinistra: "left",
  sinistrum: "left",
  right: "right",
  r: "right",
  rt: "right",
  rh: "right",
  dexter: "right",
  dextra: "right",
  dextrum: "right",
  both: "bilateral",
  bilateral: "bilateral",
  bilaterally: "bilateral",
};

const FILLER = new Set(["the", "of", "and", "side", "sides", "part"]);

export interface SplitName {
  /** Normalised name without side and filler words ("" when nothing else is left). */
  core: string;
  /** The side the name states, or undefined when it states none. */
  side?: StatedSide;
}

/**
 * Splits a name into core and side (see {@link normaliseName} for the normalisation; apostrophes
 * and a hyphen between two words of 3+ letters is dropped first, so "Heschl's" reads "heschls" and "post-central"
 * "postcentral"). Left and
 * right both stated, or "both"/"bilateral", give `bilateral`.
 */
export function splitSide(name: string): SplitName {
  const joined = name.replace(/['’]/g, "").replace(/(\p{L}{3,})-(?=\p{L}{3,})/gu, "$1");
  const tokens = normaliseName(joined).split(" ").filter(Boolean);
  const sides = new Set(tokens.map((t) => SIDE_WORDS[t]).filter(Boolean));
  const core = tokens.filter((t) => !SIDE_WORDS[t] && !FILLER.has(t)).join(" ");
  if (sides.has("bilateral") || (sides.has("left") && sides.has("right")))
    return { core, side: "bilateral" };
  const side = [...sides][0];
  return side ? { core, side } : { core };
}
