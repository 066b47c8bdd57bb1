/** Grading of "name the highlighted structure" items. */
import type { Structure } from "../domain/model/case-manifest";
import type { GradeResult, NameAnswer } from "./answer";
import type { NameItem } from "./item-schema";
import { matchName } from "./text-match";

/** Accepted names of a structure: its name, its synonyms, then the item's extra `accept` list. */
export function acceptedNames(structure: Structure, extra: readonly string[] = []): string[] {
  return [structure.name, ...structure.synonyms, ...extra];
}

/**
 * Correct (100) when the answer matches the target's name, a synonym or an `accept` entry
 * (see {@link matchName}: typo-tolerant, laterality strict); otherwise 0. When wrong and the text
 * names another structure of the vocabulary, the feedback says which one that is.
 * `structures` is the case's vocabulary; an unknown target structure id grades as incorrect.
 */
export function gradeName(
  item: NameItem,
  answer: NameAnswer,
  structures: readonly Structure[],
): GradeResult {
  const target = structures.find((s) => s.id === item.structure);
  const feedback: string[] = [];
  if (!target) {
    return {
      correct: false,
      score: 0,
      feedback: [`This item refers to an unknown structure “${item.structure}”.`],
      metrics: {},
    };
  }
  const m = matchName(answer.text, acceptedNames(target, item.accept));
  if (m.matched) {
    feedback.push(`Correct: this is the ${target.name}.`);
    if (m.distance > 0)
      feedback.push(`(Accepted despite a typo; the usual spelling is “${m.accepted}”.)`);
    return { correct: true, score: 100, feedback, metrics: { typos: m.distance } };
  }
  const other = structures
    .filter((s) => s.id !== target.id)
    .map((s) => ({ s, m: matchName(answer.text, acceptedNames(s)) }))
    .filter((x) => x.m.matched)
    .sort((a, b) => a.m.distance - b.m.distance)[0];
  if (!answer.text.trim()) feedback.push(`No answer given. This is the ${target.name}.`);
  else if (other)
    feedback.push(
      `“${answer.text.trim()}” is the ${other.s.name}, a different structure. This is the ${target.name}.`,
    );
  else
    feedback.push(
      `“${answer.text.trim()}” is not a name of this structure. This is the ${target.name}.`,
    );
  if (target.synonyms.length) feedback.push(`Also called: ${target.synonyms.join(", ")}.`);
  return { correct: false, score: 0, feedback, metrics: {} };
}
