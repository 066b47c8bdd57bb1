/** Grading of "name the highlighted structure" items. */
import type { Structure } from "../domain/model/case-manifest";
import { displayName } from "../domain/names/vocabulary";
import type { GradeResult, NameAnswer } from "./answer";
import type { NameItem } from "./item-schema";
import { judgeName, type NameVerdict } from "./name-verdict";

export { acceptedNames } from "./name-verdict";

/** The sentence saying what is wrong with the side of an answer whose name part is right. */
function sideSentence(v: NameVerdict, target: Structure): string {
  const name = displayName(target);
  const textbook = target.textbookName ?? target.name;
  switch (v.kind) {
    case "wrong-side":
      return v.answerSide === "bilateral"
        ? `Right structure, but only one side is highlighted: this is the ${name}.`
        : `Right structure, wrong side: ${v.expectedSide} side, not ${v.answerSide}. This is the ${name}.`;
    case "no-side":
      return `Right structure, but say which side: this is the ${name}.`;
    case "one-side":
      return `Right structure, but this label covers both sides, not only the ${v.answerSide}: it is the ${name}.`;
    default:
      return `Right structure, but the ${textbook} is ${v.expectedSide === "midline" ? "a midline structure" : "named without a side here"}, so “${v.answerSide}” is wrong. This is the ${name}.`;
  }
}

/**
 * Correct (100) when the answer names the target (its textbook name, manifest name, a synonym or
 * an `accept` entry; typo-tolerant, see {@link judgeName}) on the right side; otherwise 0. The
 * side is strict: the other side, a missing side on a left/right structure, one side of a label
 * covering both, or a side on a midline structure is wrong, and the feedback says which. When the
 * name is another structure's, the feedback names that one. `structures` is the case's
 * vocabulary; an unknown target structure id grades as incorrect.
 */
export function gradeName(
  item: NameItem,
  answer: NameAnswer,
  structures: readonly Structure[],
): GradeResult {
  const target = structures.find((s) => s.id === item.structure);
  if (!target) {
    return {
      correct: false,
      score: 0,
      feedback: [`This item refers to an unknown structure “${item.structure}”.`],
      metrics: {},
    };
  }
  const name = displayName(target);
  const text = answer.text.trim();
  const v = judgeName(text, target, item.accept);
  if (v.kind === "ok") {
    const feedback = [`Correct: this is the ${name}.`];
    if (v.distance > 0)
      feedback.push(`(Accepted despite a typo; the usual spelling is “${v.accepted}”.)`);
    return { correct: true, score: 100, feedback, metrics: { typos: v.distance } };
  }
  const feedback: string[] = [];
  if (!text) feedback.push(`No answer given. This is the ${name}.`);
  else if (v.kind !== "no-match") feedback.push(sideSentence(v, target));
  else {
    const other = structures
      .filter((s) => s.id !== target.id)
      .map((s) => ({ s, v: judgeName(text, s) }))
      .filter((x) => x.v.kind === "ok")
      .sort((a, b) => a.v.distance - b.v.distance)[0];
    feedback.push(
      other
        ? `“${text}” is the ${displayName(other.s)}, a different structure. This is the ${name}.`
        : `“${text}” is not a name of this structure. This is the ${name}.`,
    );
  }
  // Textbook synonyms, not atlas spellings ("Precentral_L"), and not the name itself.
  const also = target.synonyms
    .filter((n) => !n.includes("_") && n !== target.textbookName && n !== target.name)
    .slice(0, 4);
  if (also.length) feedback.push(`Also called: ${also.join(", ")}.`);
  return { correct: false, score: 0, feedback, metrics: {} };
}
