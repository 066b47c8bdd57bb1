"use client";
/**
 * A quiz set shown one item at a time (one image viewer on the page, however long the set), with
 * previous / next and a running tally of this visit's answers.
 */
import { useState } from "react";
import type { LoadedCase } from "@/lib/content/case-store";
import type { QuizItem } from "@/lib/quiz/item-schema";
import { QuizItemView } from "./quiz-item-view";
import { Button } from "@/components/ui/button";

export interface PagerEntry {
  item: QuizItem;
  caseId?: string;
  targetSlice: number;
}

interface Props {
  entries: PagerEntry[];
  cases: Record<string, LoadedCase>;
  lesson?: string;
}

export function QuizSetPager({ entries, cases, lesson }: Props) {
  const [index, setIndex] = useState(0);
  const e = entries[index];
  return (
    <div
      data-testid="quiz-set"
      data-count={entries.length}
      data-index={index}
      data-items={entries.map((x) => x.item.id).join(",")}
    >
      <QuizItemView
        key={e.item.id}
        item={e.item}
        caseData={e.caseId ? cases[e.caseId] : undefined}
        targetSlice={e.targetSlice}
        lesson={lesson}
        position={`${index + 1} / ${entries.length}`}
      />
      <nav aria-label="Quiz set" className="flex items-center gap-2">
        <Button
          onClick={() => setIndex((i) => i - 1)}
          disabled={index === 0}
          data-testid="quiz-set-prev"
        >
          Previous
        </Button>
        <span className="text-sm text-slate-300">
          Question {index + 1} of {entries.length}
        </span>
        <Button
          onClick={() => setIndex((i) => i + 1)}
          disabled={index === entries.length - 1}
          data-testid="quiz-set-next"
        >
          Next
        </Button>
      </nav>
    </div>
  );
}
