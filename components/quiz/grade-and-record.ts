/**
 * The heavy half of grading an item in the browser, loaded on the first "Check answer" (a dynamic
 * import from use-item-grading.ts) so that the grading code, the item schemas (zod) and the
 * progress store are not part of a lesson page's first load: loads the reference labelmaps,
 * builds the spatial context, grades with lib/quiz and records the attempt in local progress.
 */
import type { LoadedCase } from "@/lib/content/case-store";
import type { GradeResult, QuizAnswer } from "@/lib/quiz/answer";
import { gradeItem } from "@/lib/quiz/grade-item";
import { isSpatialItem, type QuizItem } from "@/lib/quiz/item-schema";
import { itemLabelmapPaths, itemSpatialContext } from "@/lib/quiz/item-context";
import type { SpatialContext } from "@/lib/quiz/spatial-context";
import { notifyProgress, progressStore } from "./progress-client";
import { loadLabelmaps } from "./reference-data";

async function spatialContext(
  item: QuizItem,
  c: LoadedCase,
  targetSlice: number,
): Promise<SpatialContext | undefined> {
  const labelmaps = await loadLabelmaps(itemLabelmapPaths(item, c));
  return itemSpatialContext(item, c, targetSlice, labelmaps);
}

/** Grades `answer` to `item` and records the attempt; throws when the reference cannot load. */
export async function gradeAndRecord(
  item: QuizItem,
  answer: QuizAnswer,
  caseData: LoadedCase | undefined,
  targetSlice: number,
  lesson: string | undefined,
): Promise<GradeResult & { errorMap?: Uint8Array; slice?: number }> {
  const spatial = caseData ? await spatialContext(item, caseData, targetSlice) : undefined;
  const r = gradeItem(item, answer, { structures: caseData?.manifest.structures, spatial });
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
  return r;
}
