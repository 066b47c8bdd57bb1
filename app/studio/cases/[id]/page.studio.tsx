/** /studio/cases/<id> — structure browser, pointing, landmarks and items of one case. */
import { notFound } from "next/navigation";
import Link from "next/link";
import { loadStudioCase, structureRows } from "@/scripts/studio/case-data";
import { CaseWorkbench } from "@/components/studio/case-workbench";

export const dynamic = "force-dynamic";

export default async function StudioCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const root = process.cwd();
  const c = loadStudioCase(root, id);
  if (!c.ok) {
    if (c.errors.some((e) => e.includes("missing") || e.includes("not a case id"))) notFound();
    return (
      <div role="alert">
        <h1 className="text-2xl font-bold">Case {id} does not validate</h1>
        <pre className="text-sm text-red-300">{c.errors.join("\n")}</pre>
      </div>
    );
  }
  const m = c.value.manifest;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/studio" className="text-sky-300 underline">
          Studio
        </Link>{" "}
        / {id}
      </p>
      <h1 className="text-2xl font-bold">{m.title}</h1>
      <CaseWorkbench
        caseId={id}
        imageUrl={m.image.kind === "raster" ? m.image.file : undefined}
        grid={m.grid}
        rows={structureRows(root, c.value)}
      />
    </div>
  );
}
