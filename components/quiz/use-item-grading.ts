"use client";
/**
 * Grading one quiz item in the browser: on submit, loads grade-and-record.ts (reference labelmaps,
 * spatial context, lib/quiz grading, local progress) and runs it, and exposes the last answer and
 * result on `window.__quiz[itemId]` in e2e builds (NEXT_PUBLIC_E2E=1).
 */
import { useCallback, useEffect, useState } from "react";
import type { LoadedCase } from "@/lib/content/case-store";
import type { GradeResult, QuizAnswer } from "@/lib/quiz/answer";
import type { QuizItem } from "@/lib/quiz/item-schema";

export interface QuizDebugEntry {
  answer: QuizAnswer;
  result: GradeResult & { errorMap?: Uint8Array; slice?: number };
}
declare global {
  interface Window {
    __quiz?: Record<string, QuizDebugEntry>;
  }
}

export function useItemGrading(
  item: QuizItem,
  caseData: LoadedCase | undefined,
  targetSlice: number,
  lesson?: string,
) {
  const [result, setResult] = useState<QuizDebugEntry["result"] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = useCallback(
    async (answer: QuizAnswer) => {
      setBusy(true);
      setError(null);
      try {
        // Loaded on the first answer, not with the page (see grade-and-record.ts).
        const { gradeAndRecord } = await import("./grade-and-record");
        const r = await gradeAndRecord(item, answer, caseData, targetSlice, lesson);
        setResult(r);
        if (process.env.NEXT_PUBLIC_E2E === "1")
          window.__quiz = { ...(window.__quiz ?? {}), [item.id]: { answer, result: r } };
      } catch (e) {
        setError(`Could not grade this answer: ${(e as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
    [item, caseData, targetSlice, lesson],
  );

  // With the offline service worker active, fetch the grading chunk once the page is idle, so the
  // worker caches it and answers can be graded offline later (the page itself still waits).
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.ready.then(() =>
      window.setTimeout(() => void import("./grade-and-record").catch(() => undefined), 1000),
    );
  }, []);

  const reset = useCallback(() => {
    setResult(null);
    setError(null);
  }, []);

  return { result, busy, error, submit, reset };
}
