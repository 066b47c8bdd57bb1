import Link from "next/link";
import { useMDXComponent } from "next-contentlayer2/hooks";
import { mdxComponents } from "@/components/mdx/registry";
import { type Lesson, neighbours } from "@/lib/content/lessons";
import { DIFFICULTY_LABELS, MODALITY_LABELS } from "@/lib/content/labels";
import type { TocEntry } from "@/lib/content/lesson-computed";
import { getCase } from "@/lib/content/case-store";

interface Author {
  name: string;
  role: string;
}

/** A whole lesson page: header, objectives, table of contents, MDX body, cases, prev/next. */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const MDX = useMDXComponent(lesson.body.code);
  const { prev, next } = neighbours(lesson.slug);
  const toc = lesson.toc as TocEntry[];
  const authors = lesson.authors as Author[];
  return (
    <div className="lg:grid lg:grid-cols-[1fr_14rem] lg:gap-10">
      <article className="prose prose-invert max-w-none prose-headings:scroll-mt-20 prose-a:text-sky-300">
        <header className="not-prose mb-6">
          <p className="text-sm text-slate-400">
            {lesson.modalities.map((m) => MODALITY_LABELS[m]).join(" · ")} ·{" "}
            {DIFFICULTY_LABELS[lesson.difficulty]} · {lesson.readingMinutes} min read
          </p>
          <h1 className="mt-1 text-3xl font-bold">{lesson.title}</h1>
          <p className="mt-2 text-lg text-slate-300">{lesson.summary}</p>
          <p className="mt-2 text-xs text-slate-400">
            By {authors.map((a) => `${a.name} (${a.role})`).join(", ")} ·{" "}
            {new Date(lesson.date).toISOString().slice(0, 10)} · Text licence {lesson.license}
          </p>
        </header>
        <section
          aria-labelledby="objectives"
          data-testid="objectives"
          className="not-prose mb-8 rounded-lg border border-slate-800 bg-slate-900 p-4"
        >
          <h2 id="objectives" className="text-base font-semibold">
            After this lesson you can
          </h2>
          <ul className="mt-2 list-disc pl-5 text-slate-200">
            {lesson.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
        <MDX components={mdxComponents} />
        <section
          aria-labelledby="cases-used"
          className="not-prose mt-10 border-t border-slate-800 pt-4"
        >
          <h2 id="cases-used" className="text-base font-semibold">
            Cases in this lesson
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {lesson.cases.map((id) => (
              <li key={id}>
                <Link href={`/cases/${id}`} className="text-sky-300 underline">
                  {getCase(id)?.manifest.title ?? id}
                </Link>{" "}
                <span className="text-slate-400">— {getCase(id)?.manifest.license.name}</span>
              </li>
            ))}
          </ul>
        </section>
        <nav
          aria-label="Lesson sequence"
          className="not-prose mt-8 flex justify-between gap-4 text-sm"
        >
          {prev ? (
            <Link rel="prev" href={`/lessons/${prev.slug}`} className="text-sky-300 underline">
              ← {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link rel="next" href={`/lessons/${next.slug}`} className="text-sky-300 underline">
              {next.title} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </article>
      <aside className="hidden lg:block">
        <nav aria-label="On this page" data-testid="toc" className="sticky top-6 text-sm">
          <p className="font-semibold text-slate-300">On this page</p>
          <ul className="mt-2 space-y-1">
            {toc.map((t) => (
              <li key={t.id} className={t.depth === 3 ? "pl-3" : ""}>
                <a href={`#${t.id}`} className="text-slate-400 hover:text-slate-100">
                  {t.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
    </div>
  );
}
