"use client";
/**
 * Grading one quiz item in the browser: loads the reference labelmaps (lib/io readNifti), builds
 * the spatial context, grades with lib/quiz, records the attempt in local progress, and exposes
 * the last answer and result on `window.__quiz[itemId]` in e2e builds (NEXT_PUBLIC_E2E=1).
 */
import { useCallback, useState } from "react";
import type { LoadedCase } from "@/lib/content/case-store";
import type { GradeResult, QuizAnswer } from "@/lib/quiz/answer";
import { gradeItem } from "@/lib/quiz/grade-item";
import { isSpatialItem, type QuizItem } from "@/lib/quiz/item-schema";
import { itemLabelmapPaths, itemSpatialContext } from "@/lib/quiz/item-context";
import type { SpatialContext } from "@/lib/quiz/spatial-context";
import { notifyProgress, progressStore } from "./progress-client";
import { loadLabelmaps } from "./reference-data";

export interface QuizDebugEntry {
  answer: QuizAnswer;
  result: GradeResult & { errorMap?: Uint8Array; slice?: number };
}
declare global {
  interface Window {
    __quiz?: Record<string, QuizDebugEntry>;
  }
}

async function spatialContext(
  item: QuizItem,
  c: LoadedCase,
  targetSlice: number,
): Promise<SpatialContext | undefined> {
  const labelmaps = await loadLabelmaps(itemLabelmapPaths(item, c));
  return itemSpatialContext(item, c, targetSlice, labelmaps);
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
        const spatial = caseData ? await spatialContext(item, caseData, targetSlice) : undefined;
        const r = gradeItem(item, answer, { structures: caseData?.manifest.structures, spatial });
        setResult(r);
        if (process.env.NEXT_PUBLIC_E2E === "1")
          window.__quiz = { ...(window.__quiz ?? {}), [item.id]: { answer, result: r } };
        progressStore().record({
          itemId: item.id,
          type: item.type,
          prompt: item.prompt,
          structure: isSpatialItem(item) ? item.structure : undefined,
          modality: caseData?.manifest.modality,
          caseId: caseData?.manifest.id,
          lesson,
          score: r.score,
          correct: r.correct,
        });
        notifyProgress();
      } catch (e) {
        setError(`Could not grade this answer: ${(e as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
    [item, caseData, targetSlice, lesson],
  );

  const reset = useCallback(() => {
    setResult(null);
    setError(null);
  }, []);

  return { result, busy, error, submit, reset };
}
