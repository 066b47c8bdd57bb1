import type { AnnotationSet } from "@/lib/domain/model";

/**
 * One annotation set's protocol beside its annotator on the case page: the guideline the rater
 * followed, the tool and the rater's training (text from the set's source), and whether the set is
 * an adjudicated (senior-review) reference.
 */
export function SetProtocol({ set }: { set: AnnotationSet }) {
  const p = set.protocol;
  return (
    <div
      className="mt-1 border-l border-slate-700 pl-2 text-xs text-slate-400"
      data-testid="set-protocol"
    >
      <span className="font-medium text-slate-300">Set {set.id}</span>
      {set.adjudicated ? (
        <span className="ml-1 rounded bg-amber-900 px-1.5 text-amber-100">
          adjudicated reference (senior review)
        </span>
      ) : null}
      {p ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2">
          <dt>Guideline</dt>
          <dd>{p.guideline}</dd>
          <dt>Tool</dt>
          <dd>{p.tool}</dd>
          <dt>Training</dt>
          <dd>{p.training}</dd>
        </dl>
      ) : null}
    </div>
  );
}
