/**
 * /studio/lessons/<slug> — the lesson editor for content/lessons/<slug>.mdx (a new lesson when the
 * file does not exist; `/studio/lessons/new?slug=…` opens one by name).
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { redirect } from "next/navigation";
import { LessonEditor } from "@/components/studio/lesson-editor";
import type { FrontmatterForm } from "@/components/studio/lesson-frontmatter-text";
import { SLUG } from "@/scripts/studio/lessons";

export const dynamic = "force-dynamic";

const joined = (v: unknown, sep: string) => (Array.isArray(v) ? v.map(String).join(sep) : "");

export default async function StudioLesson({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ slug?: string }>;
}) {
  let { slug } = await params;
  if (slug === "new") {
    const wanted = (await searchParams).slug?.trim() ?? "";
    if (wanted) redirect(`/studio/lessons/${encodeURIComponent(wanted)}`);
  }
  slug = decodeURIComponent(slug);
  if (!SLUG.test(slug))
    return <p role="alert">“{slug}” is not a lesson slug (lower-case words joined by hyphens).</p>;
  const file = path.join(process.cwd(), "content", "lessons", `${slug}.mdx`);
  const today = new Date().toISOString().slice(0, 10);
  let initial: FrontmatterForm & { body: string } = {
    title: "",
    summary: "",
    modalities: "",
    regions: "",
    difficulty: "intro",
    objectives: "",
    cases: "",
    authorName: "",
    authorRole: "author",
    license: "CC-BY-4.0",
    date: today,
    body: "## First section\n\nText.\n",
  };
  if (fs.existsSync(file)) {
    const { data, content } = matter(fs.readFileSync(file, "utf8"));
    const a = (Array.isArray(data.authors) ? data.authors[0] : undefined) as
      { name?: string; role?: string } | undefined;
    initial = {
      title: String(data.title ?? ""),
      summary: String(data.summary ?? ""),
      modalities: joined(data.modalities, ", "),
      regions: joined(data.regions, ", "),
      difficulty: String(data.difficulty ?? "intro"),
      objectives: joined(data.objectives, "\n"),
      cases: joined(data.cases, ", "),
      authorName: a?.name ?? "",
      authorRole: a?.role ?? "author",
      license: String(data.license ?? ""),
      date:
        data.date instanceof Date
          ? data.date.toISOString().slice(0, 10)
          : String(data.date ?? today),
      body: content.replace(/^\n/, ""),
    };
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Lesson {slug}</h1>
      <LessonEditor slug={slug} initial={initial} />
    </div>
  );
}
