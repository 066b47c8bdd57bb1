"use client";
/**
 * One quiz item, any type: prompt, answer widget, "Check answer", feedback (`data-testid=
 * "quiz-feedback"` with `data-correct` and `data-score`), retry and show-answer.
 */
import { useState } from "react";
import type { ViewerAnswer } from "@/components/viewer/viewer-api";
import type { LoadedCase } from "@/lib/content/case-store";
import type { Structure } from "@/lib/domain/model";
import type { QuizAnswer } from "@/lib/quiz/answer";
import type { QuizItem } from "@/lib/quiz/item-schema";
import { structureName } from "@/lib/quiz/spatial-context";
import { McqOptions } from "./mcq-options";
import { NameAnswer } from "./name-answer";
import { QuizFeedback } from "./quiz-feedback";
import { SpatialStage } from "./spatial-stage";
import { useItemGrading } from "./use-item-grading";
import { Button } from "@/components/ui/button";

export interface QuizItemViewProps {
  item: QuizItem;
  caseData?: LoadedCase;
  /** Zero-based k the item targets (resolved on the server). */
  targetSlice: number;
  lesson?: string;
  /** Position in a set, e.g. "3 / 10". */
  position?: string;
}

/** What is missing while a drawn item holds no answer (nothing drawn, or not finished). */
const MISSING: Record<string, string> = {
  click: "No answer yet: place a point on the image.",
  landmark: "No answer yet: place a point on the image.",
  box: "No answer yet: drag a box on the image.",
  outline: "No answer yet: close an outline of at least 3 vertices, or paint with the brush.",
  measure: "No answer yet: draw the measurement on the image.",
};

export function QuizItemView({ item, caseData, targetSlice, lesson, position }: QuizItemViewProps) {
  const { result, busy, error, submit, reset } = useItemGrading(
    item,
    caseData,
    targetSlice,
    lesson,
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [text, setText] = useState("");
  const [drawn, setDrawn] = useState<ViewerAnswer | null>(null);
  const [shown, setShown] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const answer = answerOf(item, selected, text, drawn);
  const done = result !== null || shown;
  const check = () => answer && !busy && !done && void submit(answer);
  const retry = () => {
    reset();
    setShown(false);
    setSelected([]);
    setText("");
    setDrawn(null);
    setAttempt((a) => a + 1);
  };
  const errorMap =
    result?.errorMap && result.slice !== undefined
      ? { slice: result.slice, data: result.errorMap }
      : undefined;

  return (
    <section
      data-testid="quiz-item"
      data-item-id={item.id}
      data-item-type={item.type}
      className="not-prose my-6 rounded-lg border border-slate-700 bg-slate-900/60 p-4"
      aria-labelledby={`q-${item.id}`}
    >
      <h3 id={`q-${item.id}`} className="font-semibold">
        {position && <span className="mr-2 text-xs text-slate-400">{position}</span>}
        {item.prompt}
      </h3>
      {item.type === "mcq" ? (
        <McqOptions
          item={item}
          selected={selected}
          onChange={setSelected}
          revealed={done}
          disabled={done}
        />
      ) : caseData ? (
        <>
          <SpatialStage
            item={item}
            caseData={caseData}
            targetSlice={targetSlice}
            revealed={done}
            errorMap={errorMap}
            onAnswer={setDrawn}
            attempt={attempt}
            keepMounted={drawn !== null && result === null}
          />
          {item.type === "name" && (
            <NameAnswer
              item={item}
              structures={caseData.manifest.structures}
              value={text}
              onChange={setText}
              onSubmit={check}
              disabled={done}
            />
          )}
        </>
      ) : (
        <p role="alert">This item&apos;s case is missing.</p>
      )}
      <QuizActions
        canCheck={!!answer && !busy && !done}
        busy={busy}
        done={done}
        status={
          item.type !== "mcq" && item.type !== "name" && !done
            ? drawn
              ? "Answer drawn — check it or draw again."
              : MISSING[item.type]
            : null
        }
        onCheck={check}
        onRetry={retry}
        onShow={() => setShown(true)}
      />
      {error && (
        <p role="alert" className="mt-2 text-sm text-rose-300">
          {error}
        </p>
      )}
      {result && <QuizFeedback result={result} explanation={item.explanation} />}
      {shown && !result && (
        <ShownAnswer item={item} structures={caseData?.manifest.structures ?? []} />
      )}
    </section>
  );
}

/** Check / Try again / Show answer, and what a drawn item still misses (`status`). */
function QuizActions(p: {
  canCheck: boolean;
  busy: boolean;
  done: boolean;
  status: string | null;
  onCheck: () => void;
  onRetry: () => void;
  onShow: () => void;
}) {
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      <Button tone="primary" onClick={p.onCheck} disabled={!p.canCheck} data-testid="quiz-check">
        {p.busy ? "Checking…" : "Check answer"}
      </Button>
      {p.done && (
        <Button onClick={p.onRetry} data-testid="quiz-retry">
          Try again
        </Button>
      )}
      {!p.done && (
        <Button onClick={p.onShow} data-testid="quiz-show-answer">
          Show answer
        </Button>
      )}
      {p.status !== null && (
        <span
          className="self-center text-xs text-slate-400"
          aria-live="polite"
          data-testid="quiz-answer-status"
        >
          {p.status}
        </span>
      )}
    </div>
  );
}

/** The answer the student has given so far, or null (nothing selected, typed or drawn). */
function answerOf(
  item: QuizItem,
  selected: number[],
  text: string,
  drawn: ViewerAnswer | null,
): QuizAnswer | null {
  if (item.type === "mcq") return selected.length ? { kind: "mcq", selected } : null;
  if (item.type === "name") return text.trim() ? { kind: "name", text } : null;
  return drawn;
}

/** "Show answer": where the answer is, and the item's explanation. */
function ShownAnswer({ item, structures }: { item: QuizItem; structures: Structure[] }) {
  return (
    <div data-testid="quiz-answer" className="mt-3 rounded border border-slate-600 p-3 text-sm">
      {item.type === "mcq"
        ? "The correct options are marked."
        : `The answer: the ${structureName(structures, item.structure)}, shown on the image.`}
      {item.explanation && <p className="mt-1">{item.explanation}</p>}
    </div>
  );
}
