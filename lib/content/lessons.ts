/**
 * Published lessons from the content layer, in reading order (frontmatter `order`, then title).
 * Drafts are excluded from production builds and listed in development.
 */
import { allLessons, type Lesson } from "contentlayer/generated";

const showDrafts = process.env.NODE_ENV === "development";

export function publishedLessons(): Lesson[] {
  return allLessons
    .filter((l) => showDrafts || !l.draft)
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9) || a.title.localeCompare(b.title));
}

export function lessonBySlug(slug: string): Lesson | undefined {
  return publishedLessons().find((l) => l.slug === slug);
}

/** Lessons that name `caseId` in their frontmatter `cases`. */
export function lessonsUsingCase(caseId: string): Lesson[] {
  return publishedLessons().filter((l) => l.cases.includes(caseId));
}

/** The previous and next lesson in reading order. */
export function neighbours(slug: string): { prev?: Lesson; next?: Lesson } {
  const all = publishedLessons();
  const i = all.findIndex((l) => l.slug === slug);
  return { prev: i > 0 ? all[i - 1] : undefined, next: i >= 0 ? all[i + 1] : undefined };
}

export type { Lesson };
