import Link from "next/link";
import type { Lesson } from "@/lib/content/lessons";
import { DIFFICULTY_LABELS, MODALITY_LABELS } from "@/lib/content/labels";

/** A lesson in a list: title, summary, modalities, regions, difficulty, reading time. */
export function LessonCard({ lesson }: { lesson: Lesson }) {
  return (
    <article
      data-testid="lesson-card"
      className="rounded-lg border border-slate-800 bg-slate-900 p-4 hover:border-sky-700"
    >
      <h3 className="text-lg font-semibold">
        <Link href={`/lessons/${lesson.slug}`} className="text-sky-300 hover:underline">
          {lesson.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-300">{lesson.summary}</p>
      <p className="mt-3 flex flex-wrap gap-2 text-xs text-slate-300">
        {lesson.modalities.map((m) => (
          <span key={m} className="rounded bg-slate-800 px-2 py-0.5">
            {MODALITY_LABELS[m]}
          </span>
        ))}
        {lesson.regions.map((r) => (
          <span key={r} className="rounded bg-slate-800 px-2 py-0.5">
            {r}
          </span>
        ))}
        <span className="rounded bg-slate-800 px-2 py-0.5">
          {DIFFICULTY_LABELS[lesson.difficulty]}
        </span>
        <span className="px-1 py-0.5 text-slate-400">{lesson.readingMinutes} min read</span>
      </p>
    </article>
  );
}
