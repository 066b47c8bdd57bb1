import Link from "next/link";
import { publishedLessons } from "@/lib/content/lessons";
import { allCases } from "@/lib/content/case-store";
import { MODALITY_LABELS } from "@/lib/content/labels";
import { modalitySchema } from "@/lib/domain/model/primitives";
import { LessonCard } from "@/components/lessons/lesson-card";

export default function Home() {
  const lessons = publishedLessons();
  const cases = [...allCases().values()];
  return (
    <div className="space-y-12">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight">An atlas that teaches by grading</h1>
        <p className="mt-4 text-lg text-slate-300">
          Read real, openly licensed images — MRI, CT, radiographs, ultrasound, pathology and fundus
          photos — the way radiologists do: scroll, window, zoom. Turn the annotations of expert
          atlases on and off structure by structure, then test yourself: click, box, mark or outline
          a structure and see how close you came to the experts, in numbers.
        </p>
        <p className="mt-4 flex gap-4">
          <Link
            href="/lessons"
            className="rounded bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-600"
          >
            Browse lessons
          </Link>
          <Link
            href="/cases"
            className="rounded border border-slate-600 px-4 py-2 font-medium hover:border-slate-400"
          >
            See the cases
          </Link>
        </p>
      </section>
      <section aria-labelledby="featured">
        <h2 id="featured" className="text-2xl font-semibold">
          Featured lessons
        </h2>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          {lessons.slice(0, 3).map((l) => (
            <LessonCard key={l.slug} lesson={l} />
          ))}
        </div>
      </section>
      <section aria-labelledby="modalities">
        <h2 id="modalities" className="text-2xl font-semibold">
          By modality
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {modalitySchema.options.map((m) => {
            const n = lessons.filter((l) => l.modalities.includes(m)).length;
            const c = cases.filter((x) => x.manifest.modality === m).length;
            return (
              <li key={m}>
                <Link
                  href={`/lessons?modality=${m}`}
                  data-testid="modality-tile"
                  className="block rounded-lg border border-slate-800 bg-slate-900 p-4 hover:border-sky-700"
                >
                  <span className="block font-semibold">{MODALITY_LABELS[m]}</span>
                  <span className="text-sm text-slate-400">
                    {n} lessons · {c} cases
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
