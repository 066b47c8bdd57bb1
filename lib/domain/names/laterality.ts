/**
 * Laterality read from a structure name, as atlases spell it: suffixes `_L`/`_R`, ` L`/` R`, `-L`,
 * `.L`, `(L)`; prefixes `L_`/`R_`, `Left`/`Right`, `lh.`/`rh.`; or the words left/right anywhere.
 * Single letters count only as a separate token (so "Vermis_10" or "Cerebelum_Crus1_L" work and
 * "Lingual" is not "left"). A name saying both left and right is `bilateral`.
 */
export type Laterality = "left" | "right" | "bilateral";

const SUFFIX = /(?:[\s_.-]|^)\(?([LR])\)?$/;
const PREFIX = /^([LR])[_.\s-]/;
const HEMI = /^(lh|rh)\./i;
const WORD_LEFT = /(^|[^a-z])left([^a-z]|$)/i;
const WORD_RIGHT = /(^|[^a-z])right([^a-z]|$)/i;

/** The side a name states, or `undefined` when it states none. */
export function lateralityFromName(name: string): Laterality | undefined {
  const n = name.trim();
  const left = WORD_LEFT.test(n);
  const right = WORD_RIGHT.test(n);
  if (left && right) return "bilateral";
  if (left) return "left";
  if (right) return "right";
  const letter = n.match(SUFFIX)?.[1] ?? n.match(PREFIX)?.[1];
  if (letter) return letter === "L" ? "left" : "right";
  const hemi = n.match(HEMI)?.[1]?.toLowerCase();
  if (hemi) return hemi === "lh" ? "left" : "right";
  return undefined;
}

/**
 * A human-readable form of an atlas name: underscores become spaces, a side suffix or prefix is
 * spelled out ("Frontal_Mid_L" → "Frontal Mid, left"). Names without a side only lose underscores.
 */
export function readableName(name: string): string {
  const n = name.trim();
  const side = (s: string) => (s === "L" ? "left" : "right");
  const suf = n.match(/^(.*?)[\s_.-]\(?([LR])\)?$/);
  if (suf) return `${suf[1].replace(/_/g, " ").trim()}, ${side(suf[2])}`;
  const pre = n.match(/^([LR])[_.\s-](.*)$/);
  if (pre) return `${pre[2].replace(/_/g, " ").trim()}, ${side(pre[1])}`;
  return n.replace(/_/g, " ").replace(/\s+/g, " ").trim();
}
