/**
 * Matching a typed structure name against accepted names (name + synonyms), tolerant of case,
 * accents, punctuation, word order and small typos, strict about laterality.
 */
import { damerauLevenshtein } from "./damerau-levenshtein";

const LATERALITY: Record<string, "left" | "right"> = {
  left: "left",
  l: "left",
  lt: "left",
  sinister: "left",
  sinistra: "left",
  right: "right",
  r: "right",
  rt: "right",
  dexter: "right",
  dextra: "right",
};

/**
 * Words that tell neighbouring structures apart ("superior" vs "middle" temporal pole, "ascending"
 * vs "descending" colon): they must match as words, never as typos of each other. Key = canonical
 * word; values = its abbreviations and Latin forms. A token of 5+ letters within one edit of a
 * canonical word counts as it ("superoir" → superior).
 */
const QUALIFIERS: Record<string, string[]> = {
  superior: ["sup", "superius"],
  middle: ["mid", "medius", "media"],
  inferior: ["inf", "inferius"],
  anterior: ["ant", "anterius"],
  posterior: ["post", "posterius"],
  medial: ["med", "medialis"],
  lateral: ["lat", "lateralis"],
  upper: [],
  lower: [],
  dorsal: ["dorsalis"],
  ventral: ["ventralis"],
  internal: ["int", "interna", "internus"],
  external: ["ext", "externa", "externus"],
  deep: ["profundus"],
  superficial: ["superficialis"],
  greater: ["major"],
  lesser: ["minor"],
  ascending: ["ascendens"],
  descending: ["descendens"],
  proximal: [],
  distal: [],
};
const QUALIFIER_OF = new Map<string, string>(
  Object.entries(QUALIFIERS).flatMap(([q, alts]) => [
    [q, q] as const,
    ...alts.map((a) => [a, q] as const),
  ]),
);

/** The canonical qualifier a token stands for, if any (exact form, or one typo in 5+ letters). */
function qualifierOf(token: string): string | undefined {
  const q = QUALIFIER_OF.get(token);
  if (q || token.length < 5) return q;
  const near = Object.keys(QUALIFIERS).filter((w) => damerauLevenshtein(token, w, 1) <= 1);
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Lower case, accents removed, every run of non letters/digits turned into one space, trimmed.
 * `"Gyrus  Précentral-L."` → `"gyrus precentral l"`.
 */
export function normaliseName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The laterality words of a normalised name, as a sorted string (`""` when none). */
function lateralityOf(normalised: string): string {
  return [
    ...new Set(
      normalised
        .split(" ")
        .map((t) => LATERALITY[t])
        .filter(Boolean),
    ),
  ]
    .sort()
    .join(",");
}

/**
 * Normalised name without laterality words, split into `exact` tokens (containing a digit, or of
 * one or two letters: "area 4", "V1", "segment a" — a typo there changes the meaning),
 * `qualifiers` (canonical {@link QUALIFIERS}: "sup" and "superior" are the same, "mid" is not) and
 * `words` (the rest), each sorted (word order does not matter) and joined by spaces.
 */
function coreTokens(normalised: string): { exact: string; qualifiers: string; words: string } {
  const tokens = normalised.split(" ").filter((t) => t && !LATERALITY[t]);
  const isExact = (t: string) => t.length <= 2 || /[0-9]/.test(t);
  const qualifiers = tokens.map((t) => (isExact(t) ? undefined : qualifierOf(t)));
  return {
    exact: tokens.filter(isExact).sort().join(" "),
    qualifiers: [...new Set(qualifiers.filter(Boolean))].sort().join(" "),
    words: tokens
      .filter((t, n) => !isExact(t) && !qualifiers[n])
      .sort()
      .join(" "),
  };
}

/** The canonical qualifier words of a name (sorted, space-joined; "" when none). */
export function nameQualifiers(name: string): string {
  return coreTokens(normaliseName(name)).qualifiers;
}

/**
 * Typos allowed for a name of `length` characters (after normalisation, without laterality words):
 * 0 up to 4 characters, 1 up to 8, 2 up to 14, then 3. Short names must be exact so that e.g. "ACA"
 * does not match "MCA".
 */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  if (length <= 14) return 2;
  return 3;
}

export interface NameMatch {
  matched: boolean;
  /** The accepted name that matched best (as written in the vocabulary), if any. */
  accepted?: string;
  /** Edit distance to it (0 = exact after normalisation). */
  distance: number;
}

/**
 * Does `answer` name one of `accepted`? Exact after normalisation, or within {@link allowedTypos}
 * edits (Damerau–Levenshtein, on the name without laterality words, words in any order; tokens
 * with a digit or of one or two letters must match exactly: "area 4" ≠ "area 6"; qualifier words
 * must name the same qualifiers: "temporal pole sup" ≠ "temporal pole mid"). The
 * laterality words (left/right/L/R…) of answer and accepted name must be the same set: "right
 * hippocampus" never matches "left hippocampus". An empty answer never matches.
 */
export function matchName(answer: string, accepted: readonly string[]): NameMatch {
  const a = normaliseName(answer);
  let best: NameMatch = { matched: false, distance: Infinity };
  if (!a) return best;
  const aLat = lateralityOf(a);
  const aCore = coreTokens(a);
  for (const name of accepted) {
    const n = normaliseName(name);
    if (!n) continue;
    if (lateralityOf(n) !== aLat) continue;
    const nCore = coreTokens(n);
    if (a !== n && (nCore.exact !== aCore.exact || nCore.qualifiers !== aCore.qualifiers)) continue;
    const limit = allowedTypos(nCore.words.length);
    const d = a === n ? 0 : damerauLevenshtein(aCore.words, nCore.words, limit);
    if (d <= limit && d < best.distance) best = { matched: true, accepted: name, distance: d };
  }
  return best;
}
