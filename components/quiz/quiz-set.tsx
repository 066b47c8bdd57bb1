/**
 * `<QuizSet case="ID" … />` (server component): a practice set, either the listed hand-written
 * items (`items="id1,id2"`) or generated from the case's structures vocabulary with a seed (same
 * seed → same set): `seed`, `count`, `types="click,name,outline"`, `under="<structure id>"`.
 * Shown one item at a time (one viewer per page).
 */
import type { LoadedCase } from "@/lib/content/case-store";
import { QuizSetPager, type PagerEntry } from "./quiz-set-pager";
import { quizSetItems, type QuizSetProps } from "./quiz-set-items";
import { resolveItem } from "./resolve-item";

export type { QuizSetProps } from "./quiz-set-items";

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
