import { getCase } from "@/lib/content/case-store";
import { CaseViewerLazy } from "@/components/viewer/case-viewer-lazy";
import Link from "next/link";
import { parseCaseView } from "@/lib/domain/model";

/**
 * `<CaseViewer case="ID" view="plane=coronal&slice=101&window=Brain" />` in MDX: loads the case on
 * the server (validated at build, so an unknown id or a view that does not fit the case has
 * already failed the content check) and renders the client-only viewer behind a skeleton, opened
 * on `view` (the same query text as the case page's URL, `lib/domain/model/case-view.ts`).
 */
export function CaseViewerSlot({
  case: id,
  height,
  view,
}: {
  case: string;
  height?: number;
  view?: string;
}) {
  const data = getCase(id);
  if (!data) {
    return (
      <p role="alert" className="not-prose rounded border border-rose-600 p-3 text-rose-200">
        Unknown case “{id}”.
      </p>
    );
  }
  return (
    <figure className="not-prose my-6">
      <CaseViewerLazy
        caseData={data}
        height={height}
        view={view ? parseCaseView(view).view : undefined}
      />
      <figcaption className="mt-1 text-xs text-slate-400">
        {data.manifest.title} —{" "}
        <Link className="underline" href={`/cases/${id}`}>
          source, licence and annotators
        </Link>
      </figcaption>
    </figure>
  );
}
