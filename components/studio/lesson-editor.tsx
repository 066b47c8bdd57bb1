"use client";
/**
 * The lesson editor: frontmatter as a form, the MDX body beside a palette of the lesson components
 * (lib/content/mdx-components.ts), the content check's issues listed and marked at their line, and
 * Save (refused while the check finds problems). The check runs on the server on every pause in
 * typing, exactly as `npm run content:check` would check the saved file.
 */
import { useEffect, useMemo, useState } from "react";
import { MDX_COMPONENT_NAMES } from "@/lib/content/mdx-components";
import { frontmatterText, type FrontmatterForm } from "./lesson-frontmatter-text";
import { postJson } from "./post-json";

interface Issue {
  file: string;
  field: string;
  message: string;
}

/** A starting snippet per palette entry (the case id is the lesson's first case). */
function snippet(name: string, caseId: string): string {
  switch (name) {
    case "Callout":
      return '<Callout type="note">Text</Callout>';
    case "Figure":
      return '<Figure src="/images/…" alt="…" caption="…" />';
    case "KeyPoints":
      return "<KeyPoints>\n\n- First point\n\n</KeyPoints>";
    case "Term":
      return '<Term def="…">word</Term>';
    case "CaseViewer":
      return `<CaseViewer case="${caseId}" />`;
    case "Quiz":
      return '<Quiz item="…" />';
    default:
      return `<QuizSet case="${caseId}" seed="lesson" count={3} types="click" />`;
  }
}

const FIELDS: { key: keyof FrontmatterForm; label: string; multi?: boolean }[] = [
  { key: "title", label: "Title" },
  { key: "summary", label: "Summary" },
  { key: "modalities", label: "Modalities (comma-separated: MR, CT, XR, US…)" },
  { key: "regions", label: "Regions (comma-separated)" },
  { key: "difficulty", label: "Difficulty (intro, intermediate, advanced)" },
  { key: "objectives", label: "Objectives (one per line)", multi: true },
  { key: "cases", label: "Cases (ids, comma-separated)" },
  { key: "authorName", label: "Author" },
  { key: "authorRole", label: "Author role" },
  { key: "license", label: "Text licence (SPDX)" },
  { key: "date", label: "Date (YYYY-MM-DD)" },
];

export function LessonEditor({
  slug,
  initial,
}: {
  slug: string;
  initial: FrontmatterForm & { body: string };
}) {
  const [fm, setFm] = useState<FrontmatterForm>(initial);
  const [body, setBody] = useState(initial.body);
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [saved, setSaved] = useState("");
  const head = useMemo(() => frontmatterText(fm), [fm]);
  const text = `${head}\n${body}`;
  const offset = head.split("\n").length; // body line 1 is file line offset + 1
  useEffect(() => {
    const t = setTimeout(() => {
      void postJson<{ issues: Issue[] }>(`/studio/api/lessons/${slug}`, { text }).then((r) =>
        setIssues(r.body.issues),
      );
    }, 600);
    return () => clearTimeout(t);
  }, [slug, text]);
  async function save() {
    const r = await postJson<{ ok: boolean; file?: string; issues: Issue[] }>(
      `/studio/api/lessons/${slug}`,
      { text, save: true },
    );
    setIssues(r.body.issues);
    setSaved(r.body.ok ? `Saved ${r.body.file}` : "");
  }
  const bad = new Set(
    (issues ?? [])
      .map((i) => Number(/^line (\d+)/.exec(i.field)?.[1] ?? 0) - offset)
      .filter((n) => n > 0),
  );
  const lines = body.split("\n").length;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        aria-label="Frontmatter"
        className="space-y-2 text-sm"
        onSubmit={(e) => e.preventDefault()}
      >
        {FIELDS.map((f) => (
          <label key={f.key} className="block">
            {f.label}
            {f.multi ? (
              <textarea
                aria-label={f.label}
                value={fm[f.key]}
                onChange={(e) => setFm({ ...fm, [f.key]: e.target.value })}
                className="mt-1 w-full rounded bg-slate-900 px-2"
              />
            ) : (
              <input
                aria-label={f.label}
                value={fm[f.key]}
                onChange={(e) => setFm({ ...fm, [f.key]: e.target.value })}
                className="mt-1 w-full rounded bg-slate-900 px-2"
              />
            )}
          </label>
        ))}
      </form>
      <div className="space-y-2">
        <div role="toolbar" aria-label="Components" className="flex flex-wrap gap-1 text-xs">
          {MDX_COMPONENT_NAMES.map((n) => (
            <button
              key={n}
              type="button"
              onClick={() =>
                setBody(
                  (b) => `${b.trimEnd()}\n\n${snippet(n, fm.cases.split(",")[0]?.trim() ?? "")}\n`,
                )
              }
              className="rounded bg-slate-800 px-2 py-1"
            >
              {n}
            </button>
          ))}
        </div>
        <div className="flex font-mono text-xs">
          <pre aria-hidden className="select-none pr-2 text-right text-slate-500">
            {Array.from({ length: lines }, (_, i) => (
              <span
                key={i}
                className={bad.has(i + 1) ? "text-red-400" : ""}
              >{`${i + 1 + offset}\n`}</span>
            ))}
          </pre>
          <textarea
            aria-label="Lesson body (MDX)"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={Math.max(lines, 16)}
            wrap="off"
            className="w-full rounded bg-slate-900 px-2 leading-[1.3]"
          />
        </div>
        <section aria-label="Content check" className="text-sm">
          {issues === null ? (
            <p>Checking…</p>
          ) : issues.length === 0 ? (
            <p role="status" className="text-emerald-300">
              Content check: no problems.
            </p>
          ) : (
            issues.map((i) => (
              <p
                key={`${i.field}${i.message}`}
                role="alert"
                data-line={/^line (\d+)/.exec(i.field)?.[1] ?? ""}
                className="text-red-300"
              >
                {i.file}: {i.field}: {i.message}
              </p>
            ))
          )}
        </section>
        <button type="button" onClick={save} className="rounded bg-emerald-700 px-3 py-1 text-sm">
          Save lesson
        </button>
        {saved && (
          <p role="status" className="text-sm text-emerald-300">
            {saved}
          </p>
        )}
      </div>
    </div>
  );
}
