/**
 * `<Quiz item="ID" />` for MDX and pages (server component): loads the item and its case on the
 * server and renders the client item view. Unknown ids fail the content check at build; at run
 * time they render an alert instead of breaking the page.
 */
import { QuizItemView } from "./quiz-item-view";
import { findItem, resolveItem } from "./resolve-item";

export function Quiz({ item: id, lesson }: { item: string; lesson?: string }) {
  const item = findItem(id);
  if (!item) {
    return (
      <p role="alert" className="not-prose rounded border border-rose-600 p-3 text-rose-200">
        Unknown quiz item “{id}”.
      </p>
    );
  }
  const r = resolveItem(item);
  return (
    <QuizItemView item={r.item} caseData={r.caseData} targetSlice={r.targetSlice} lesson={lesson} />
  );
}
