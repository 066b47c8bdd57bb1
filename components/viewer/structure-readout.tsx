"use client";
/** What is under the pointer (mouse hover or touch tap): structure names with their annotators. */
import type { Structure } from "@/lib/domain/model";
import type { OverlayModel } from "@/lib/imaging/overlay-model";
import type { StructureHit } from "@/lib/imaging/structures-at";

export function StructureReadout({
  hits,
  model,
  structures,
  hideNames,
}: {
  hits: StructureHit[] | null;
  model: OverlayModel;
  structures: Structure[];
  hideNames: boolean;
}) {
  const byId = new Map(structures.map((s) => [s.id, s]));
  const grouped = new Map<string, string[]>();
  for (const h of hits ?? [])
    grouped.set(h.structureId, [
      ...(grouped.get(h.structureId) ?? []),
      model.annotators.get(h.annotatorId)?.name ?? h.annotatorId,
    ]);
  return (
    <div data-testid="structure-readout" className="mt-1 min-h-6 text-sm text-slate-200">
      {hits === null ? (
        <span className="text-slate-400">Point at the image to name a structure.</span>
      ) : grouped.size === 0 ? (
        <span className="text-slate-400">No annotated structure here.</span>
      ) : (
        [...grouped].map(([id, who]) => (
          <span key={id} className="mr-3 inline-block">
            <strong>{hideNames ? "?" : (byId.get(id)?.name ?? id)}</strong>{" "}
            <span className="text-slate-400">({who.join(", ")})</span>
          </span>
        ))
      )}
    </div>
  );
}
