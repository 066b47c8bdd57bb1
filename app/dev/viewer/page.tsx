/** Dev/test page without a viewer: the heap test navigates here to check the viewer was released. */
import Link from "next/link";

export const dynamic = "force-dynamic";

export default function ViewerDevIndex() {
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">Viewer test pages</h1>
      <p data-testid="no-viewer-page">This page ships no viewer code.</p>
      <Link href="/" className="underline">Home</Link>
    </article>
  );
}
