import type { Metadata } from "next";
import { publishedLessons } from "@/lib/content/lessons";
import { filterLessons, parseLessonFilter } from "@/lib/content/lesson-filter";
import { LessonCard } from "@/components/lessons/lesson-card";
import { LessonFilters } from "@/components/lessons/lesson-filters";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = parseLessonFilter(await searchParams);
  const all = publishedLessons();
  const shown = filterLessons(all, filter);
  const regions = [...new Set(all.flatMap((l) => l.regions.map((r) => r.toLowerCase())))].sort();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Lessons</h1>
      <LessonFilters filter={filter} regions={regions} />
      <p data-testid="lesson-count" aria-live="polite" className="text-sm text-slate-400">
        {shown.length} of {all.length} lessons
      </p>
      {shown.length ? (
        <div className="grid gap-4 md:grid-cols-2">
          {shown.map((l) => (
            <LessonCard key={l.slug} lesson={l} />
          ))}
        </div>
      ) : (
        <p className="rounded border border-slate-800 p-6 text-slate-300">
          No lesson matches these filters. Try fewer filters or another word.
        </p>
      )}
    </div>
  );
}
