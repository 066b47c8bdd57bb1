/**
 * /studio — the authoring studio's home (exists only under `npm run studio`, see next.config.mjs):
 * the cases and lessons of this checkout, a form for a new case, and links to the lesson editor
 * and the publish check.
 */
import fs from "node:fs";
import path from "node:path";
import Link from "next/link";
import { NewCaseForm } from "@/components/studio/new-case-form";

export const dynamic = "force-dynamic";

const names = (dir: string, ext = "") =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith("."))
        .map((f) => f.slice(0, f.length - ext.length))
        .sort()
    : [];

export default function StudioHome() {
  const root = process.cwd();
  const cases = names(path.join(root, "content", "cases"));
  const lessons = names(path.join(root, "content", "lessons"), ".mdx");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Studio</h1>
        <p className="text-slate-300">
          Make a case, author items by pointing, write a lesson, then run the publish check. The
          studio writes ordinary files under content/ and public/; commit them with git when the
          publish check passes (the studio never runs git for you).
        </p>
        <p className="mt-2">
          <Link href="/studio/publish" className="text-sky-300 underline">
            Publish check
          </Link>
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="new-case-h">
          <h2 id="new-case-h" className="mb-2 text-xl font-semibold">
            New case
          </h2>
          <NewCaseForm />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="cases-h">
            <h2 id="cases-h" className="text-xl font-semibold">
              Cases
            </h2>
            <ul className="text-sm">
              {cases.map((id) => (
                <li key={id}>
                  <Link href={`/studio/cases/${id}`} className="text-sky-300 underline">
                    {id}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="lessons-h">
            <h2 id="lessons-h" className="text-xl font-semibold">
              Lessons
            </h2>
            <form action="/studio/lessons/new" className="text-sm">
              <label>
                New lesson slug <input name="slug" className="rounded bg-slate-900 px-2" />
              </label>{" "}
              <button type="submit" className="rounded bg-sky-700 px-2">
                Open editor
              </button>
            </form>
            <ul className="text-sm">
              {lessons.map((s) => (
                <li key={s}>
                  <Link href={`/studio/lessons/${s}`} className="text-sky-300 underline">
                    {s}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
