/**
 * Does a typed answer name a structure, and on the right side? The name part is matched against
 * every accepted name with the typo tolerance of {@link matchName}; the side is judged separately
 * against the side the accepted name states, or else the structure's laterality.
 */
import type { Structure } from "../domain/model/case-manifest";
import { splitSide, type StatedSide } from "./name-side";
import { matchName, nameQualifiers } from "./text-match";

/**
 * `ok`: name and side right. `wrong-side`: the other side (or one side of a left/right structure
 * answered as both). `no-side`: a left/right structure named without its side. `one-side`: a
 * label covering both sides named with one. `sideless`: a side given for a midline or side-less
 * structure. `no-match`: the name is not one of the structure's.
 */
export type NameVerdictKind =
  "ok" | "wrong-side" | "no-side" | "one-side" | "sideless" | "no-match";

export interface NameVerdict {
  kind: NameVerdictKind;
  /** The accepted name (as written in the vocabulary) whose name part matched best. */
  accepted?: string;
  /** Typos between the answer's name part and `accepted`. */
  distance: number;
  answerSide?: StatedSide;
  /** The side the answer should have stated (undefined: none). */
  expectedSide?: StatedSide | "midline";
}

/** Every accepted name of `s`: textbook name, manifest name, synonyms, then the item's `accept`. */
export function acceptedNames(s: Structure, extra: readonly string[] = []): string[] {
  return [...(s.textbookName ? [s.textbookName] : []), s.name, ...s.synonyms, ...extra];
}

function sideKind(answer: StatedSide | undefined, expected: NameVerdict["expectedSide"]) {
  if (expected === "left" || expected === "right")
    return answer === expected ? "ok" : answer ? "wrong-side" : "no-side";
  if (expected === "bilateral") return !answer || answer === "bilateral" ? "ok" : "one-side";
  return answer ? "sideless" : "ok";
}

/**
 * {@link matchName} on the cores, else on the cores with their spaces removed ("micro aneurysm"
 * for "microaneurysm", same typo tolerance) when neither has a short or numbered token (those must
 * match exactly: "structure b" is not "structure a") and both name the same qualifier words
 * ("temporal pole sup" is not "temporal pole mid" once the spaces are gone).
 */
const isPlain = (core: string) => core.split(" ").every((t) => t.length > 2 && !/[0-9]/.test(t));

function matchCore(answer: string, name: string) {
  const m = matchName(answer, [name]);
  if (m.matched || !isPlain(answer) || !isPlain(name)) return m;
  if (nameQualifiers(answer) !== nameQualifiers(name)) return m;
  return matchName(answer.replace(/ /g, ""), [name.replace(/ /g, "")]);
}

const RANK: Record<NameVerdictKind, number> = {
  ok: 0,
  "wrong-side": 1,
  "one-side": 2,
  "no-side": 3,
  sideless: 4,
  "no-match": 5,
};

/**
 * The verdict of `answer` for structure `s` (accepted names: {@link acceptedNames}). Among the
 * names whose name part matches, the best side verdict wins, then the fewest typos. An empty
 * answer is `no-match`.
 */
export function judgeName(
  answer: string,
  s: Structure,
  extra: readonly string[] = [],
): NameVerdict {
  const a = splitSide(answer);
  let best: NameVerdict = { kind: "no-match", distance: Infinity };
  if (!a.core) return best;
  for (const name of acceptedNames(s, extra)) {
    const n = splitSide(name);
    if (!n.core) continue;
    const m = matchCore(a.core, n.core);
    if (!m.matched) continue;
    const expectedSide = n.side ?? s.laterality;
    const kind = sideKind(a.side, expectedSide);
    const better =
      RANK[kind] < RANK[best.kind] || (kind === best.kind && m.distance < best.distance);
    if (better)
      best = { kind, accepted: name, distance: m.distance, answerSide: a.side, expectedSide };
  }
  return best;
}
