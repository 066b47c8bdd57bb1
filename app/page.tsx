import Link from "next/link";
import { publishedLessons } from "@/lib/content/lessons";
import { allCases } from "@/lib/content/case-store";
import { MODALITY_LABELS } from "@/lib/content/labels";
import { modalitySchema, type Modality } from "@/lib/domain/model/primitives";
import { LessonCard } from "@/components/lessons/lesson-card";

/** Lower-case plural phrases for the home page sentence, per modality code. */
const MODALITY_PHRASE: Record<Modality, string> = {
  MR: "MRI",
  CT: "CT",
  XR: "radiographs",
  US: "ultrasound",
  PATH: "pathology",
  PHOTO: "fundus photos",
  MICRO: "cell microscopy",
};

/**
 * The modalities the built-in cases really have, in plain words: "MRI, CT, … and fundus photos".
 * A modality whose every case states an `imageNature` (the radiographs here are computed from CT) is
 * called synthetic, so the page never promises real images of a kind it does not hold.
 */
function modalityList(cases: { manifest: { modality: Modality; imageNature?: string } }[]): string {
  const words = modalitySchema.options.flatMap((m) => {
    const of = cases.filter((c) => c.manifest.modality === m);
    if (of.length === 0) return [];
    const synthetic = of.every((c) => c.manifest.imageNature);
    return [synthetic ? `synthetic ${MODALITY_PHRASE[m]}` : MODALITY_PHRASE[m]];
  });
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export default function Home() {
  const lessons = publishedLessons();
  const cases = [...allCases().values()];
  return (
    <div className="space-y-12">
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight">An atlas that teaches by grading</h1>
        <p className="mt-4 text-lg text-slate-300">
          Read openly licensed images — {modalityList(cases)} — the way radiologists do: scroll,
          window, zoom. Turn the annotations on and off structure by structure, then test yourself:
          click, box, mark or outline a structure and see how close you came to the reference
          annotation, in numbers. Every case names who made its reference: an expert atlas, an
          algorithm or an illustration.
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
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7">
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
