/**
 * Server-side: everything a quiz item needs to render — its case and the slice it targets (the
 * item's `slice`, else where the structure is largest in its reference labelmap, else the middle).
 */
import { worldToIndex } from "@/lib/domain/geometry/grid";
import { allCases, getCase, type LoadedCase } from "@/lib/content/case-store";
import { getQuizItem } from "@/lib/content/quiz-store";
import { parsePracticeItemId, practiceItem } from "@/lib/quiz/practice-set";
import { largestSlices } from "@/lib/content/quiz-slices";
import { isSpatialItem, type QuizItem } from "@/lib/quiz/item-schema";
import { referenceFor } from "@/lib/quiz/reference-check";

export interface ResolvedItem {
  item: QuizItem;
  caseData?: LoadedCase;
  targetSlice: number;
}

export function resolveItem(item: QuizItem): ResolvedItem {
  const caseData = item.case ? getCase(item.case) : undefined;
  if (!caseData) return { item, targetSlice: 0 };
  const middle = Math.floor(caseData.manifest.grid.dims[2] / 2);
  if (!isSpatialItem(item)) return { item, caseData, targetSlice: middle };
  if (item.slice !== undefined) return { item, caseData, targetSlice: item.slice };
  const ref = referenceFor(item, caseData);
  const fromLandmark = ref?.annotations.find((a) => a.type === "landmark");
  if (fromLandmark?.type === "landmark") {
    const g = caseData.manifest.grid;
    const k = Math.round(worldToIndex(g, fromLandmark.point)[2]);
    return { item, caseData, targetSlice: Math.min(g.dims[2] - 1, Math.max(0, k)) };
  }
  const slice = ref ? largestSlices([ref.set]).get(item.structure) : undefined;
  return { item, caseData, targetSlice: slice ?? middle };
}

/** A quiz item by id: a stored item, else a generated practice item (`gen-<type>-<case>-<structure>`). */
export function findItem(id: string): QuizItem | undefined {
  const stored = getQuizItem(id);
  if (stored) return stored;
  const p = parsePracticeItemId(id, allCases().keys());
  const c = p && getCase(p.caseId);
  const s = p && c?.manifest.structures.find((x) => x.id === p.structure);
  if (!p || !c || !s) return undefined;
  const slice = largestSlices(c.annotationSets).get(s.id);
  return slice === undefined ? undefined : practiceItem(c.manifest.id, p.type, s, slice);
}
