import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { preload } from "react-dom";
import { allCases, getCase } from "@/lib/content/case-store";
import { CaseDetails } from "@/components/cases/case-details";
import { QcSummaryView } from "@/components/cases/qc-summary";
import { caseQc } from "@/lib/content/case-qc";
import { CaseViewerLazy } from "@/components/viewer/case-viewer-lazy";

export const dynamicParams = false;

export function generateStaticParams() {
  return [...allCases().keys()].map((id) => ({ id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const c = getCase((await params).id);
  return c ? { title: c.manifest.title, description: c.manifest.description } : {};
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const data = getCase((await params).id);
  if (!data) notFound();
  const image = data.manifest.image;
  // Start the image download with the HTML instead of after the viewer's code has loaded and set
  // up cornerstone (1.5–2 s later on 2 cores); the viewer's fetch() of the same URL (same-origin,
  // CORS mode, hence crossOrigin "anonymous") is served from this preload.
  if (image.kind === "nifti") preload(image.file, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{data.manifest.title}</h1>
      <CaseViewerLazy caseData={data} syncUrl />
      <CaseDetails data={data} />
      <QcSummaryView summary={caseQc(data)} structures={data.manifest.structures} />
    </div>
  );
}
