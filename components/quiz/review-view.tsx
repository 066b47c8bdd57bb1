"use client";
/**
 * "Review my mistakes": items whose latest answer was wrong, structures due for spaced review
 * (ts-fsrs), mastery per structure × modality and per lesson (over the lesson's full item list:
 * unanswered items count 0), and progress export / import / clear.
 */
import Link from "next/link";
import { lessonMastery, mistakes, structureMastery } from "@/lib/progress/mastery";
import { dueCards } from "@/lib/progress/scheduler";
import type { LessonItemList } from "./lesson-item-lists";
import { ProgressControls } from "./progress-controls";
import { progressPersistent, progressStore, useProgressVersion } from "./progress-client";

interface Props {
  structureNames: Record<string, string>;
  /** Every lesson with quiz items and its full item list (computed on the server). */
  lessons: readonly LessonItemList[];
}

export function ReviewView({ structureNames, lessons }: Props) {
  const version = useProgressVersion();
  // -1 during server rendering and hydration: progress lives in the browser only.
  if (version < 0) return <p>Loading your progress…</p>;
  const store = progressStore();
  const items = [...store.items.values()];
  const wrong = mistakes(items);
  const due = dueCards([...store.cards.values()], new Date());
  const mastery = structureMastery(items);
  const name = (id: string) => structureNames[id] ?? id;
  return (
    <div className="space-y-8" data-testid="review" data-version={version}>
      {!progressPersistent() && (
        <p role="alert">
          Your browser blocks local storage: progress lasts only until you leave this page.
        </p>
      )}
      {store.saveFailed && (
        <p role="alert">Storage is full: recent progress is not saved. Export it to keep it.</p>
      )}
      {store.issues.length > 0 && (
        <p role="status">
          {store.issues.length} damaged progress record(s) were skipped; the rest is intact.
        </p>
      )}
      <section aria-labelledby="mistakes">
        <h2 id="mistakes" className="text-xl font-semibold">
          Your mistakes
        </h2>
        {wrong.length ? (
          <ul className="mt-2 space-y-1">
            {wrong.map((r) => (
              <li key={r.itemId} data-testid="review-mistake" data-item-id={r.itemId}>
                <Link className="underline" href={`/quiz/${r.itemId}`}>
                  {r.prompt || r.itemId}
                </Link>{" "}
                <span className="text-xs text-slate-400">
                  last score {r.attempts.at(-1)?.score} · {r.attempts.length} attempt
                  {r.attempts.length > 1 ? "s" : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-300">
            No mistakes to review
            {items.length ? " — well done." : " yet: answer some quizzes first."}
          </p>
        )}
      </section>
      <section aria-labelledby="due">
        <h2 id="due" className="text-xl font-semibold">
          Due for review
        </h2>
        {due.length ? (
          <ul className="mt-2 list-disc pl-5" data-testid="review-due">
            {due.map((c) => (
              <li key={c.key}>
                {name(c.structure)} ({c.modality}) — due {new Date(c.card.due).toLocaleString()}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-300">Nothing due now.</p>
        )}
      </section>
      <section aria-labelledby="mastery">
        <h2 id="mastery" className="text-xl font-semibold">
          Mastery
        </h2>
        <table className="mt-2 text-sm" data-testid="review-mastery">
          <thead>
            <tr>
              <th className="pr-4 text-left">Structure</th>
              <th className="pr-4 text-left">Modality</th>
              <th className="text-right">Mastery</th>
            </tr>
          </thead>
          <tbody>
            {mastery.map((m) => (
              <tr key={`${m.structure}|${m.modality}`}>
                <td className="pr-4">{name(m.structure)}</td>
                <td className="pr-4">{m.modality}</td>
                <td className="text-right">{m.mastery} %</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="mt-4 text-sm" data-testid="review-lesson-mastery">
          <thead>
            <tr>
              <th className="pr-4 text-left">Lesson</th>
              <th className="pr-4 text-right">Answered</th>
              <th className="pr-4 text-right">Correct</th>
              <th className="text-right">Mastery</th>
            </tr>
          </thead>
          <tbody>
            {lessons.map((l) => {
              const m = lessonMastery(store.items, l.itemIds);
              return (
                <tr key={l.slug} data-lesson={l.slug} data-mastery={m.mastery}>
                  <td className="pr-4">
                    <Link className="underline" href={`/lessons/${l.slug}`}>
                      {l.title}
                    </Link>
                  </td>
                  <td className="pr-4 text-right">
                    {m.answered} of {m.total}
                  </td>
                  <td className="pr-4 text-right">{m.mastered}</td>
                  <td className="text-right">{m.mastery} %</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="data">
        <h2 id="data" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="mb-2 text-sm text-slate-300">
          Progress stays on this device, with no account. Export it to move it to another browser.
        </p>
        <ProgressControls />
      </section>
    </div>
  );
}
