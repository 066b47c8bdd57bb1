import type { Metadata } from "next";
import Link from "next/link";
import { allCases } from "@/lib/content/case-store";
import { publishedLessons } from "@/lib/content/lessons";
import { GradingExplainer } from "@/components/site/grading-explainer";

export const metadata: Metadata = { title: "About, licences and grading" };

export default function AboutPage() {
  const cases = [...allCases().values()].map((c) => c.manifest);
  const lessonLicences = [...new Set(publishedLessons().map((l) => l.license))];
  return (
    <div className="prose prose-invert max-w-none prose-a:text-sky-300">
      <h1>About this atlas</h1>
      <p>
        An open-source atlas of annotated medical images that teaches by grading. Lessons are
        written by educators; every spatial answer a student gives — a click, a box, a landmark, an
        outline — is graded against the annotations of the case, with the metric and the number
        shown and the reference named for what it is (an expert atlas, an algorithm or an
        illustration). Progress stays in your browser: no account, nothing sent anywhere.
      </p>
      <h2 id="licences">Licences of all content</h2>
      <p>
        The code is MIT-licensed (see <code>LICENSE</code> in the repository). Lesson texts:{" "}
        {lessonLicences.join(", ") || "—"}. Each case keeps the licence of its source:
      </p>
      <div className="not-prose overflow-x-auto [overflow-wrap:anywhere]">
        <table data-testid="licence-table" className="w-full text-left text-sm">
          <caption className="sr-only">Case sources and licences</caption>
          <thead className="border-b border-slate-700 text-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                Case
              </th>
              <th scope="col" className="pr-3">
                Source
              </th>
              <th scope="col" className="pr-3">
                Licence
              </th>
              <th scope="col">Annotators</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((m) => (
              <tr key={m.id} className="border-b border-slate-800 align-top">
                <td className="py-2 pr-3">
                  <Link className="text-sky-300 underline" href={`/cases/${m.id}`}>
                    {m.title}
                  </Link>
                </td>
                <td className="pr-3">{m.provenance.source}</td>
                <td className="pr-3">
                  {m.license.name}
                  {m.license.attribution ? (
                    <span className="block text-xs text-slate-400">{m.license.attribution}</span>
                  ) : null}
                </td>
                <td>{m.annotators.map((a) => `${a.name} (${a.kind})`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GradingExplainer />
    </div>
  );
}
