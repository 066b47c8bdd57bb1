/**
 * Server-side: everything a quiz item needs to render — its case and the slice it targets (the
 * item's `slice`, else where the structure is largest in its reference labelmap, else the middle).
 */
import { allCases, getCase, type LoadedCase } from "@/lib/content/case-store";
import { getQuizItem } from "@/lib/content/quiz-store";
import { parsePracticeItemId } from "@/lib/quiz/practice-set";
import { generatedItem } from "@/lib/content/generated-sets";
import { largestSlices } from "@/lib/content/quiz-slices";
import type { QuizItem } from "@/lib/quiz/item-schema";
import { itemTargetSlice } from "@/lib/quiz/item-context";

export interface ResolvedItem {
  item: QuizItem;
  caseData?: LoadedCase;
  targetSlice: number;
}

export function resolveItem(item: QuizItem): ResolvedItem {
  const caseData = item.case ? getCase(item.case) : undefined;
  if (!caseData) return { item, targetSlice: 0 };
  const targetSlice = itemTargetSlice(item, caseData, (set, plane) =>
    largestSlices([set], undefined, plane),
  );
  return { item, caseData, targetSlice };
}

/** A quiz item by id: a stored item, else a generated practice item (`gen-<type>-<case>-<structure>`). */
export function findItem(id: string): QuizItem | undefined {
  const stored = getQuizItem(id);
  if (stored) return stored;
  const p = parsePracticeItemId(id, allCases().keys());
  const c = p && getCase(p.caseId);
  return p && c ? generatedItem(c, p.type, p.structure, undefined, p.plane) : undefined;
}
