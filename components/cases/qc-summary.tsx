import type { QcSummary } from "@/lib/domain/qc/annotation-qc";
import { qcLine } from "@/lib/content/case-qc-line";
import { displayName } from "@/lib/domain/names/vocabulary";
import type { Structure } from "@/lib/domain/model";

/**
 * The annotation QC of a case, computed at build time (server component): one summary line
 * ("116 structures, 0 errors, 3 warnings") that opens into the list of findings. No client code:
 * the list folds with a native <details>.
 */
export function QcSummaryView({
  summary,
  structures,
}: {
  summary: QcSummary;
  structures: readonly Structure[];
}) {
  const byId = new Map(structures.map((s) => [s.id, s]));
  const name = (id: string) => {
    const s = byId.get(id);
    return s ? displayName(s) : id;
  };
  return (
    <section aria-labelledby="annotation-qc" data-testid="annotation-qc">
      <h2 id="annotation-qc" className="text-xl font-semibold">
        Annotation quality control
      </h2>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer" data-testid="qc-summary">
          {qcLine(summary)}
        </summary>
        <p className="mt-2 text-slate-400">
          Checked when the site is built: empty structures, islands, holes, masks outside the imaged
          body, left/right labels on the wrong side of the midline, landmarks outside the image,
          zero-area boxes and self-intersecting outlines.
        </p>
        {summary.findings.length ? (
          <ul className="mt-2 space-y-1" data-testid="qc-findings">
            {summary.findings.map((f, i) => (
              <li key={i} data-level={f.level}>
                <span
                  className={`rounded px-1.5 text-xs ${f.level === "error" ? "bg-red-900" : "bg-amber-900"}`}
                >
                  {f.level}
                </span>{" "}
                <span className="font-medium">{name(f.structure)}</span>{" "}
                <span className="text-slate-400">({f.set})</span>: {f.message}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">No findings.</p>
        )}
      </details>
    </section>
  );
}
