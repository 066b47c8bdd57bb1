import type { ReactNode } from "react";

const STYLES = {
  note: { label: "Note", box: "border-sky-500/60 bg-sky-950/40", title: "text-sky-300" },
  warning: {
    label: "Warning",
    box: "border-amber-500/60 bg-amber-950/40",
    title: "text-amber-300",
  },
  pearl: {
    label: "Pearl",
    box: "border-emerald-500/60 bg-emerald-950/40",
    title: "text-emerald-300",
  },
  pitfall: { label: "Pitfall", box: "border-rose-500/60 bg-rose-950/40", title: "text-rose-300" },
} as const;

export type CalloutType = keyof typeof STYLES;

/** A highlighted aside in a lesson: `<Callout type="pearl" title="…">…</Callout>`. */
export function Callout({
  type = "note",
  title,
  children,
}: {
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const s = STYLES[type] ?? STYLES.note;
  return (
    <aside
      role="note"
      aria-label={`${s.label}${title ? `: ${title}` : ""}`}
      data-callout={type}
      className={`not-prose my-6 rounded-lg border-l-4 p-4 ${s.box}`}
    >
      <p className={`mb-1 text-sm font-semibold uppercase tracking-wide ${s.title}`}>
        {s.label}
        {title ? ` — ${title}` : ""}
      </p>
      <div className="text-slate-200 [&_p]:my-2">{children}</div>
    </aside>
  );
}
