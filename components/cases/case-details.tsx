import Link from "next/link";
import type { LoadedCase } from "@/lib/content/case-store";
import { lessonsUsingCase } from "@/lib/content/lessons";
import { ANNOTATOR_KIND_LABELS, MODALITY_LABELS } from "@/lib/content/labels";

/** Case metadata, provenance, licence, annotators and the lessons that use it. */
export function CaseDetails({ data }: { data: LoadedCase }) {
  const m = data.manifest;
  const lessons = lessonsUsingCase(m.id);
  const counts = new Map<string, number>();
  for (const s of data.annotationSets)
    counts.set(s.annotator, (counts.get(s.annotator) ?? 0) + s.annotations.length);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section aria-labelledby="about-case">
        <h2 id="about-case" className="text-xl font-semibold">
          About this case
        </h2>
        <p className="mt-2 text-slate-300">{m.description}</p>
        <dl className="mt-3 grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
          <dt className="text-slate-400">Modality</dt>
          <dd>
            {MODALITY_LABELS[m.modality]}
            {m.imageNature ? ` — ${m.imageNature}` : ""}
          </dd>
          <dt className="text-slate-400">Region</dt>
          <dd>{m.bodyRegion}</dd>
          <dt className="text-slate-400">Grid</dt>
          <dd>
            {m.grid.dims.join(" × ")} voxels at{" "}
            {m.grid.spacing.map((s) => +s.toFixed(3)).join(" × ")} mm
          </dd>
          <dt className="text-slate-400">Structures</dt>
          <dd>{m.structures.length}</dd>
          <dt className="text-slate-400">De-identification</dt>
          <dd>{m.deidentification}</dd>
        </dl>
      </section>
      <section aria-labelledby="provenance" data-testid="provenance">
        <h2 id="provenance" className="text-xl font-semibold">
          Source and licence
        </h2>
        <dl className="mt-2 grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]">
          <dt className="text-slate-400">Source</dt>
          <dd>
            {m.provenance.url ? (
              <a className="text-sky-300 underline" href={m.provenance.url}>
                {m.provenance.source}
              </a>
            ) : (
              m.provenance.source
            )}
          </dd>
          {m.provenance.citation ? (
            <>
              <dt className="text-slate-400">Citation</dt>
              <dd>{m.provenance.citation}</dd>
            </>
          ) : null}
          {m.provenance.derivation ? (
            <>
              <dt className="text-slate-400">Derivation</dt>
              <dd>{m.provenance.derivation}</dd>
            </>
          ) : null}
          <dt className="text-slate-400">Licence</dt>
          <dd data-testid="case-license">
            {m.license.url ? (
              <a className="text-sky-300 underline" href={m.license.url}>
                {m.license.name}
              </a>
            ) : (
              m.license.name
            )}
          </dd>
          {m.license.attribution ? (
            <>
              <dt className="text-slate-400">Attribution</dt>
              <dd>{m.license.attribution}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="annotators" data-testid="annotators">
        <h2 id="annotators" className="text-xl font-semibold">
          Who annotated it
        </h2>
        <ul className="mt-2 space-y-2 text-sm">
          {m.annotators.map((a) => (
            <li key={a.id} className="rounded border border-slate-800 p-2">
              <span className="font-medium">{a.name}</span>{" "}
              <span className="rounded bg-slate-800 px-1.5 text-xs" data-kind={a.kind}>
                {ANNOTATOR_KIND_LABELS[a.kind]}
              </span>
              <span className="block text-slate-400">
                {a.role}
                {a.method ? ` — ${a.method}` : ""}
              </span>
              {a.citation ? (
                <span className="block text-xs text-slate-400">{a.citation}</span>
              ) : null}
              <span className="block text-xs text-slate-400">
                {counts.get(a.id) ?? 0} annotations
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="used-in">
        <h2 id="used-in" className="text-xl font-semibold">
          Lessons using this case
        </h2>
        {lessons.length ? (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {lessons.map((l) => (
              <li key={l.slug}>
                <Link className="text-sky-300 underline" href={`/lessons/${l.slug}`}>
                  {l.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-400">No lesson uses this case yet.</p>
        )}
      </section>
    </div>
  );
}
