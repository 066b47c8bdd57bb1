"use client";
/**
 * Grading one quiz item in the browser: loads the reference labelmaps (lib/io readNifti), builds
 * the spatial context, grades with lib/quiz, records the attempt in local progress, and exposes
 * the last answer and result on `window.__quiz[itemId]` for end-to-end tests.
 */
import { useCallback, useState } from "react";
import type { LoadedCase } from "@/lib/content/case-store";
import type { GradeResult, QuizAnswer } from "@/lib/quiz/answer";
import { gradeItem } from "@/lib/quiz/grade-item";
import { isSpatialItem, type QuizItem } from "@/lib/quiz/item-schema";
import { allReferences, referenceFor } from "@/lib/quiz/reference-check";
import { labelmapPaths, type SpatialContext } from "@/lib/quiz/spatial-context";
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
  if (!isSpatialItem(item) || item.type === "name") return undefined;
  const reference = referenceFor(item, c);
  if (!reference) return undefined;
  const others = allReferences(item, c).filter((r) => r.set.id !== reference.set.id);
  const paths = [
    ...labelmapPaths([reference, ...others]),
    ...(item.type === "click" ? labelmapPaths([reference], true) : []),
  ];
  const labelmaps = await loadLabelmaps(paths);
  const kindOf = (set: { annotator: string }) =>
    c.manifest.annotators.find((a) => a.id === set.annotator)?.kind;
  const img = c.manifest.image;
  return {
    grid: c.manifest.grid,
    structures: c.manifest.structures,
    reference,
    others,
    labelmaps,
    targetSlice,
    referenceKind: kindOf(reference.set),
    otherKinds: others.map((r) => kindOf(r.set)),
    unit: img.kind === "raster" && !img.pixelSpacingMm ? "px" : "mm",
  };
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
