import Link from "next/link";
import type { LoadedCase } from "@/lib/content/case-store";
import { lessonsUsingCase } from "@/lib/content/lessons";
import { ANNOTATOR_KIND_LABELS, MODALITY_LABELS } from "@/lib/content/labels";
import { DetailList, DetailRow } from "./detail-list";
import { SetProtocol } from "./set-protocol";

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
        <DetailList className="mt-3">
          <DetailRow label="Modality">
            {MODALITY_LABELS[m.modality]}
            {m.imageNature ? ` — ${m.imageNature}` : ""}
          </DetailRow>
          <DetailRow label="Region">{m.bodyRegion}</DetailRow>
          <DetailRow label="Grid">
            {m.grid.dims.join(" × ")} voxels at{" "}
            {m.grid.spacing.map((s) => +s.toFixed(3)).join(" × ")} mm
          </DetailRow>
          <DetailRow label="Structures">{m.structures.length}</DetailRow>
          <DetailRow label="De-identification">{m.deidentification}</DetailRow>
        </DetailList>
      </section>
      <section aria-labelledby="provenance" data-testid="provenance">
        <h2 id="provenance" className="text-xl font-semibold">
          Source and licence
        </h2>
        <DetailList className="mt-2">
          <DetailRow label="Source">
            <LinkOrText href={m.provenance.url}>{m.provenance.source}</LinkOrText>
          </DetailRow>
          {m.provenance.citation ? (
            <DetailRow label="Citation">{m.provenance.citation}</DetailRow>
          ) : null}
          {m.provenance.derivation ? (
            <DetailRow label="Derivation">{m.provenance.derivation}</DetailRow>
          ) : null}
          <DetailRow label="Licence" testId="case-license">
            <LinkOrText href={m.license.url}>{m.license.name}</LinkOrText>
          </DetailRow>
          {m.license.attribution ? (
            <DetailRow label="Attribution">{m.license.attribution}</DetailRow>
          ) : null}
        </DetailList>
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
              {data.annotationSets
                .filter((s) => s.annotator === a.id)
                .map((s) => (
                  <SetProtocol key={s.id} set={s} />
                ))}
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

/**
 * A link when the source gives an http(s) URL, plain text otherwise. The manifest schema already
 * refuses other schemes; this is the second guard at the one place the URL becomes an `href`.
 */
function LinkOrText({ href, children }: { href?: string; children: string }) {
  return href && /^https?:\/\//i.test(href) ? (
    <a className="text-sky-300 underline" href={href}>
      {children}
    </a>
  ) : (
    children
  );
}
