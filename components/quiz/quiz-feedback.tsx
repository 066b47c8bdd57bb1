"use client";
/** Feedback after an answer: verdict, score, plain-words sentences, the author's explanation. */
import type { GradeResult } from "@/lib/quiz/answer";

export function QuizFeedback({
  result,
  explanation,
}: {
  result: GradeResult;
  explanation?: string;
}) {
  return (
    <div
      data-testid="quiz-feedback"
      data-correct={String(result.correct)}
      data-score={String(result.score)}
      role="status"
      aria-live="polite"
      className={`mt-3 rounded border p-3 text-sm ${result.correct ? "border-emerald-600 bg-emerald-950/40" : "border-rose-600 bg-rose-950/40"}`}
    >
      <p className="font-semibold">
        {result.correct ? "Correct" : "Not correct"} · score {result.score} / 100
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {result.feedback.map((f, i) => (
          <li key={i}>{f}</li>
        ))}
      </ul>
      {explanation && (
        <p className="mt-2 border-t border-slate-700 pt-2 text-slate-200">{explanation}</p>
      )}
    </div>
  );
}
