"use client";
/**
 * The structures panel: search, show all / hide all, a checkbox per structure (accessible name =
 * structure name) grouped by hierarchy, and a "go to" button that jumps to the structure's largest
 * slice. Names are replaced by numbers when `hideNames` is set (quizzes).
 */
import { useMemo, useState } from "react";
import type { Structure } from "@/lib/domain/model";
import { structureForest, subtreeIds, type TreeNode } from "./structure-tree";
import { Button } from "@/components/ui/button";

export interface StructurePanelProps {
  structures: Structure[];
  covered: ReadonlySet<string>;
  colors: Map<string, string>;
  hidden: ReadonlySet<string>;
  setVisible: (ids: string[], visible: boolean) => void;
  onJump: (id: string) => void;
  onFocusStructure: (name: string) => void;
  hideNames: boolean;
  disabled: boolean;
}

export function StructurePanel(p: StructurePanelProps) {
  const [query, setQuery] = useState("");
  const forest = useMemo(
    () => structureForest(p.structures, p.covered, query),
    [p.structures, p.covered, query],
  );
  const numbering = useMemo(
    () => new Map(p.structures.map((s, n) => [s.id, `Structure ${n + 1}`])),
    [p.structures],
  );
  const name = (s: Structure) => (p.hideNames ? (numbering.get(s.id) ?? "?") : s.name);
  const allIds = useMemo(() => p.structures.map((s) => s.id), [p.structures]);

  const row = (n: TreeNode, depth: number) => {
    const ids = subtreeIds(n).filter((id) => p.covered.has(id));
    const visible = ids.some((id) => !p.hidden.has(id));
    const s = n.structure;
    return (
      <li key={s.id}>
        <div className="flex items-center gap-1.5 py-0.5" style={{ paddingLeft: depth * 12 }}>
          <input
            type="checkbox"
            aria-label={name(s)}
            checked={visible}
            disabled={p.disabled || ids.length === 0}
            onChange={(e) => p.setVisible(ids, e.target.checked)}
            onFocus={() => p.onFocusStructure(name(s))}
            className="h-4 w-4 accent-sky-500 focus-visible:outline-2 focus-visible:outline-sky-300"
          />
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 shrink-0 rounded-sm"
            style={{ background: p.colors.get(s.id) }}
          />
          <button
            type="button"
            aria-label={`Go to ${name(s)}`}
            disabled={!p.covered.has(s.id)}
            onClick={() => p.onJump(s.id)}
            className="truncate text-left text-sm hover:underline focus-visible:outline-2 focus-visible:outline-sky-300 disabled:cursor-default disabled:no-underline"
          >
            {name(s)}
          </button>
        </div>
        {n.children.length > 0 && <ul>{n.children.map((c) => row(c, depth + 1))}</ul>}
      </li>
    );
  };

  return (
    <section aria-label="Structures" className="flex flex-col gap-2">
      <div className="flex gap-2">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search structures"
          aria-label="Search structures"
          className="min-w-0 flex-1 rounded border border-slate-600 bg-slate-800 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-300"
        />
      </div>
      <div className="flex gap-2 text-sm">
        <Button size="xs" disabled={p.disabled} onClick={() => p.setVisible(allIds, true)}>
          Show all
        </Button>
        <Button size="xs" disabled={p.disabled} onClick={() => p.setVisible(allIds, false)}>
          Hide all
        </Button>
      </div>
      <ul data-testid="structure-list">
        {forest.map((n) => row(n, 0))}
        {forest.length === 0 && (
          <li className="text-sm text-slate-400">
            {query.trim() ? "No structure matches." : "This case has no annotated structures."}
          </li>
        )}
      </ul>
    </section>
  );
}
