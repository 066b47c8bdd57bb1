/**
 * Dev/test page for the case viewer (used by tests/e2e/viewer*.spec.ts): renders a case from
 * content/cases, or a test fixture case from tests/fixtures/viewer-cases/<id> (e.g. one whose image
 * file is missing), between two paragraphs of "lesson" text, with links to walk between viewers.
 * Not linked from the site; `noindex`.
 */
import path from "node:path";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCase, loadCaseFolder, type LoadedCase } from "@/lib/content/case-store";
import { CaseViewerLazy } from "@/components/viewer/case-viewer-lazy";
import { formatIssues } from "@/lib/domain/parse-result";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Viewer test page", robots: { index: false } };

function findCase(id: string): LoadedCase | string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  const content = getCase(id);
  if (content) return content;
  const r = loadCaseFolder(path.join(process.cwd(), "tests", "fixtures", "viewer-cases", id));
  return r.ok ? r.value : formatIssues(r.issues);
}

export default async function ViewerDevPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { id } = await params;
  const { next } = await searchParams;
  const found = findCase(id);
  if (!found) notFound();
  if (typeof found === "string") return <pre role="alert">{found}</pre>;
  const chain = (next ?? "").split(",").filter(Boolean);
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">Viewer test: {found.manifest.title}</h1>
      <p data-testid="lesson-text">
        This paragraph stands for the lesson text around a viewer; it must stay readable whatever
        the viewer does.
      </p>
      <CaseViewerLazy caseData={found} />
      <p>Text after the viewer.</p>
      <nav className="flex gap-4 underline">
        {chain.length > 0 && (
          <Link
            href={`/dev/viewer/${chain[0]}${chain.length > 1 ? `?next=${chain.slice(1).join(",")}` : ""}`}
            data-testid="next-viewer"
          >
            Next viewer
          </Link>
        )}
        <Link href="/dev/viewer" data-testid="no-viewer">
          Page without a viewer
        </Link>
      </nav>
    </article>
  );
}
