/** Dev/test page without a viewer: the heap test starts and ends its rounds here. */
import Link from "next/link";

export const dynamic = "force-dynamic";

export default function ViewerDevIndex() {
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">Viewer test pages</h1>
      <p data-testid="no-viewer-page">This page ships no viewer code.</p>
      <Link
        href="/dev/viewer/colin27?next=head-ct,skull-drr-frontal"
        className="underline"
        data-testid="start-round"
      >
        Colin27 MRI, then head CT, then the DRR radiograph
      </Link>
    </article>
  );
}
