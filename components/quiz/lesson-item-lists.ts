/**
 * Server-side: the full quiz item list of every published lesson (its `<Quiz>` items and the
 * listed or generated items of its `<QuizSet>`s, as the lesson page renders them), for lesson
 * mastery on the review page. Lessons without quiz items are left out.
 */
import { publishedLessons } from "@/lib/content/lessons";
import { lessonItemIds } from "@/lib/content/lesson-items";
import { quizSetItems } from "./quiz-set-items";

export interface LessonItemList {
  slug: string;
  title: string;
  itemIds: string[];
}

export function lessonItemLists(): LessonItemList[] {
  return publishedLessons()
    .map((l) => ({
      slug: l.slug,
      title: l.title,
      itemIds: lessonItemIds(l.body.raw, (p) => quizSetItems(p).map((i) => i.id)),
    }))
    .filter((l) => l.itemIds.length > 0);
}
