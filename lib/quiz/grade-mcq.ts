/** Grading of multiple-choice items (one or several correct options). */
import type { GradeResult, McqAnswer } from "./answer";
import type { McqItem } from "./item-schema";

/**
 * Correct iff the selected set equals the set of correct options. Score 0–100: for one correct
 * option 100 or 0; for several, (right picks − wrong picks) / number of correct options, floored
 * at 0 (so ticking everything scores 0). Indices outside the option list are ignored; duplicates
 * count once. Feedback: the author's explanation of each selected option, then of each missed one.
 */
export function gradeMcq(item: McqItem, answer: McqAnswer): GradeResult {
  const n = item.options.length;
  const selected = [
    ...new Set(answer.selected.filter((i) => Number.isInteger(i) && i >= 0 && i < n)),
  ].sort((a, b) => a - b);
  const correctIdx = item.options.flatMap((o, i) => (o.correct ? [i] : []));
  const hits = selected.filter((i) => item.options[i].correct).length;
  const wrong = selected.length - hits;
  const correct = wrong === 0 && hits === correctIdx.length;
  const score = correct ? 100 : Math.max(0, Math.round((100 * (hits - wrong)) / correctIdx.length));
  const feedback: string[] = [];
  if (correctIdx.length > 1) {
    feedback.push(
      `You chose ${hits} of the ${correctIdx.length} correct options${wrong ? ` and ${wrong} wrong one${wrong > 1 ? "s" : ""}` : ""}.`,
    );
  }
  for (const i of selected) {
    const o = item.options[i];
    feedback.push(
      `“${o.text}” is ${o.correct ? "correct" : "not correct"}.${o.explanation ? ` ${o.explanation}` : ""}`,
    );
  }
  for (const i of correctIdx.filter((i) => !selected.includes(i))) {
    const o = item.options[i];
    feedback.push(`You missed “${o.text}”.${o.explanation ? ` ${o.explanation}` : ""}`);
  }
  return { correct, score, feedback, metrics: { hits, wrong, correctOptions: correctIdx.length } };
}
