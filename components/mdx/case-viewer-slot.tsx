import { getCase } from "@/lib/content/case-store";
import { CaseViewerLazy } from "@/components/viewer/case-viewer-lazy";
import Link from "next/link";

/**
 * `<CaseViewer case="ID" />` in MDX: loads the case on the server (validated at build, so an unknown
 * id has already failed the content check) and renders the client-only viewer behind a skeleton.
 */
export function CaseViewerSlot({ case: id, height }: { case: string; height?: number }) {
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
      <CaseViewerLazy caseData={data} height={height} />
      <figcaption className="mt-1 text-xs text-slate-400">
        {data.manifest.title} —{" "}
        <Link className="underline" href={`/cases/${id}`}>
          source, licence and annotators
        </Link>
      </figcaption>
    </figure>
  );
}
