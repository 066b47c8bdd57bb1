"use client";
/**
 * "Review my mistakes" (browser only, see review-view.tsx): items whose latest answer was wrong,
 * structures due for spaced review (ts-fsrs), mastery per structure × modality and per lesson, and
 * progress export / import / clear.
 */
import Link from "next/link";
import { mistakes } from "@/lib/progress/mastery";
import { dueCards } from "@/lib/progress/scheduler";
import type { LessonItemList } from "./lesson-item-lists";
import { ProgressControls } from "./progress-controls";
import { progressPersistent, progressStore, useProgressVersion } from "./progress-client";
import { ReviewList } from "./review-list";
import { ReviewLoading } from "./review-loading";
import { ReviewMastery } from "./review-mastery";
import { ReviewSection } from "./review-section";

export interface ReviewProgressProps {
  structureNames: Record<string, string>;
  /** Every lesson with quiz items and its full item list (computed on the server). */
  lessons: readonly LessonItemList[];
}

export function ReviewProgress({ structureNames, lessons }: ReviewProgressProps) {
  const version = useProgressVersion();
  // -1 during server rendering and hydration: progress lives in the browser only.
  if (version < 0) return <ReviewLoading />;
  const store = progressStore();
  const items = [...store.items.values()];
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
      <ReviewSection id="mistakes" title="Your mistakes">
        <ReviewList
          items={mistakes(items)}
          className="space-y-1"
          empty={`No mistakes to review${items.length ? " — well done." : " yet: answer some quizzes first."}`}
        >
          {(r) => (
            <li key={r.itemId} data-testid="review-mistake" data-item-id={r.itemId}>
              <Link className="underline" href={`/quiz/${r.itemId}`}>
                {r.prompt || r.itemId}
              </Link>{" "}
              <span className="text-xs text-slate-400">
                last score {r.attempts.at(-1)?.score} · {r.attempts.length} attempt
                {r.attempts.length > 1 ? "s" : ""}
              </span>
            </li>
          )}
        </ReviewList>
      </ReviewSection>
      <ReviewSection id="due" title="Due for review">
        <ReviewList
          items={dueCards([...store.cards.values()], new Date())}
          className="list-disc pl-5"
          testId="review-due"
          empty="Nothing due now."
        >
          {(c) => (
            <li key={c.key}>
              {name(c.structure)} ({c.modality}) — due {new Date(c.card.due).toLocaleString()}
            </li>
          )}
        </ReviewList>
      </ReviewSection>
      <ReviewSection id="mastery" title="Mastery">
        <ReviewMastery items={store.items} lessons={lessons} name={name} />
      </ReviewSection>
      <ReviewSection id="data" title="Your data">
        <p className="mb-2 text-sm text-slate-300">
          Progress stays on this device, with no account. Export it to move it to another browser.
        </p>
        <ProgressControls />
      </ReviewSection>
    </div>
  );
}
