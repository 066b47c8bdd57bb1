"use client";
/**
 * The studio's structure browser: search a case's structures by name, synonym or id; each row
 * gives its size, best slice, who annotated it (several annotators: a multi-rater structure) and
 * its QC findings. Choosing a row selects the structure for item authoring.
 */
import { useState } from "react";
import type { StructureRow } from "@/scripts/studio/case-data";

export function StructureBrowser({
  rows,
  selected,
  onSelect,
}: {
  rows: StructureRow[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const [q, setQ] = useState("");
  const needle = q.trim().toLowerCase();
  const shown = rows.filter(
    (r) => !needle || [r.id, r.name, ...r.synonyms].some((s) => s.toLowerCase().includes(needle)),
  );
  return (
    <section aria-labelledby="structures-h" className="space-y-2">
      <h2 id="structures-h" className="text-lg font-semibold">
        Structures
      </h2>
      <input
        type="search"
        aria-label="Search structures"
        placeholder="Name or synonym"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        className="w-full rounded border border-slate-700 bg-slate-900 px-2 py-1 text-sm"
      />
      <ul className="max-h-80 space-y-1 overflow-auto text-sm" aria-label="Structure list">
        {shown.map((r) => (
          <li key={r.id} data-structure={r.id}>
            <button
              type="button"
              onClick={() => onSelect(r.id)}
              aria-pressed={selected === r.id}
              className={`w-full rounded px-2 py-1 text-left ${selected === r.id ? "bg-sky-900" : "bg-slate-900"}`}
            >
              <span className="font-medium">{r.name}</span>{" "}
              {r.synonyms.length > 0 && (
                <span className="text-slate-400">({r.synonyms.join(", ")})</span>
              )}
              <span className="block text-xs text-slate-400">
                {r.size} {r.sizeUnit}
                {r.bestSlice !== undefined ? ` · best slice ${r.bestSlice}` : ""} ·{" "}
                {r.annotators.length > 1
                  ? `${r.annotators.length} raters (${r.annotators.join(", ")})`
                  : `annotated by ${r.annotators[0] ?? "nobody"}`}
              </span>
              {r.qc.map((f) => (
                <span key={f.message} className="block text-xs text-amber-300">
                  QC {f.level}: {f.message}
                </span>
              ))}
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="text-slate-400">No structure matches “{q}”.</li>}
      </ul>
    </section>
  );
}
