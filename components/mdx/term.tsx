import type { ReactNode } from "react";
import { useId } from "react";

/**
 * A glossary term with its definition on hover and on keyboard focus (CSS only, no JS):
 * `<Term def="Hounsfield unit: …">HU</Term>`. The definition is also the accessible description.
 */
export function Term({ def, children }: { def: string; children: ReactNode }) {
  const id = useId();
  return (
    <span className="group relative inline-block">
      <span
        tabIndex={0}
        aria-describedby={id}
        data-term
        className="cursor-help border-b border-dotted border-sky-400 text-sky-200 outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        {children}
      </span>
      <span
        id={id}
        role="tooltip"
        className="pointer-events-none invisible absolute bottom-full left-0 z-20 mb-1 w-64 rounded bg-slate-800 p-2 text-xs leading-snug text-slate-100 opacity-0 shadow-lg transition group-hover:visible group-hover:opacity-100 group-focus-within:visible group-focus-within:opacity-100"
      >
        {def}
      </span>
    </span>
  );
}
