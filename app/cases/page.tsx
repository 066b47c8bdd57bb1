/* eslint-disable @next/next/no-img-element -- small static thumbnails */
import type { Metadata } from "next";
import Link from "next/link";
import { allCases } from "@/lib/content/case-store";
import { MODALITY_LABELS } from "@/lib/content/labels";

export const metadata: Metadata = { title: "Cases" };

export default function CasesPage() {
  const cases = [...allCases().values()];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Cases</h1>
      <p className="max-w-3xl text-slate-300">
        Every case is real, openly licensed data. Each page states its source, licence and who made
        each annotation.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cases.map(({ manifest: m, annotationSets }) => (
          <li
            key={m.id}
            data-testid="case-card"
            className="overflow-hidden rounded-lg border border-slate-800 bg-slate-900"
          >
            {m.thumbnail ? (
              <img
                src={m.thumbnail}
                alt=""
                width={320}
                height={200}
                className="h-40 w-full bg-black object-contain"
              />
            ) : null}
            <div className="p-4">
              <h2 className="font-semibold">
                <Link href={`/cases/${m.id}`} className="text-sky-300 hover:underline">
                  {m.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-400">
                {MODALITY_LABELS[m.modality]} · {m.bodyRegion} · {m.structures.length} structures ·{" "}
                {annotationSets.length} annotation sets
              </p>
              <p className="mt-1 text-xs text-slate-400">Licence: {m.license.name}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
