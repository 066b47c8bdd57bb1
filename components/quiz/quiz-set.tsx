/**
 * `<QuizSet case="ID" … />` (server component): a practice set, either the listed hand-written
 * items (`items="id1,id2"`) or generated from the case's structures vocabulary with a seed (same
 * seed → same set): `seed`, `count`, `types="click,name,outline"`, `under="<structure id>"`.
 * Shown one item at a time (one viewer per page).
 */
import { getCase } from "@/lib/content/case-store";
import { largestSlices } from "@/lib/content/quiz-slices";
import { getQuizItem } from "@/lib/content/quiz-store";
import { generatePracticeSet, type PracticeItemType } from "@/lib/quiz/practice-set";
import type { QuizItem } from "@/lib/quiz/item-schema";
import type { LoadedCase } from "@/lib/content/case-store";
import { QuizSetPager, type PagerEntry } from "./quiz-set-pager";
import { resolveItem } from "./resolve-item";

export interface QuizSetProps {
  case: string;
  items?: string;
  seed?: string;
  count?: number;
  types?: string;
  under?: string;
  lesson?: string;
}

const TYPES: PracticeItemType[] = ["click", "name", "outline"];

/** The items of a set (generated or listed); unknown ids and types are ignored. */
export function quizSetItems(p: QuizSetProps): QuizItem[] {
  if (p.items)
    return p.items
      .split(",")
      .map((s) => getQuizItem(s.trim()))
      .filter((i): i is QuizItem => !!i);
  const c = getCase(p.case);
  if (!c) return [];
  const types = (p.types ?? "click")
    .split(",")
    .map((t) => t.trim())
    .filter((t): t is PracticeItemType => TYPES.includes(t as PracticeItemType));
  return generatePracticeSet({
    caseId: c.manifest.id,
    structures: c.manifest.structures,
    largestSlice: largestSlices(c.annotationSets),
    seed: p.seed ?? "default",
    count: p.count,
    types,
    under: p.under,
  });
}

export function QuizSet(props: QuizSetProps) {
  const items = quizSetItems(props);
  if (!items.length) {
    return (
      <p role="alert" className="not-prose rounded border border-rose-600 p-3 text-rose-200">
        No quiz items for case “{props.case}”.
      </p>
    );
  }
  const cases: Record<string, LoadedCase> = {};
  const entries: PagerEntry[] = items.map((it) => {
    const r = resolveItem(it);
    if (r.caseData) cases[r.caseData.manifest.id] = r.caseData;
    return { item: r.item, caseId: r.caseData?.manifest.id, targetSlice: r.targetSlice };
  });
  return <QuizSetPager entries={entries} cases={cases} lesson={props.lesson} />;
}
