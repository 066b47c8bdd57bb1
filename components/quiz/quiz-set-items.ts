/**
 * Server-side: the items of a `<QuizSet>` (the listed hand-written items or a generated practice
 * set). Kept apart from quiz-set.tsx, which imports the client pager: a server module that only
 * needs the item list (e.g. the review page's lesson mastery) must not pull that client component,
 * and the viewer chunks it brings, into its route's first-load JS.
 */
import { getCase } from "@/lib/content/case-store";
import { generatedSet } from "@/lib/content/generated-sets";
import { getQuizItem } from "@/lib/content/quiz-store";
import type { QuizItem } from "@/lib/quiz/item-schema";
import type { QuizSetTagProps } from "@/lib/content/lesson-items";

/** A `<QuizSet>`'s props: those written in MDX, plus the lesson slug its page passes. */
export type QuizSetProps = QuizSetTagProps & { lesson?: string };

/** The items of a set (generated or listed); unknown ids and types are ignored. */
export function quizSetItems(p: QuizSetProps): QuizItem[] {
  if (p.items)
    return p.items
      .split(",")
      .map((s) => getQuizItem(s.trim()))
      .filter((i): i is QuizItem => !!i);
  const c = getCase(p.case);
  return c ? generatedSet(c, p) : [];
}
