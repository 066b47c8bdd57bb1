import type { ReactNode } from "react";

/** A two-column definition list of the case page (labels left, values right, long values wrap). */
export function DetailList({ className, children }: { className: string; children: ReactNode }) {
  return (
    <dl
      className={`${className} grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [overflow-wrap:anywhere]`}
    >
      {children}
    </dl>
  );
}

/** One row of a {@link DetailList}: the label and its value. */
export function DetailRow({
  label,
  testId,
  children,
}: {
  label: string;
  /** `data-testid` of the value. */
  testId?: string;
  children: ReactNode;
}) {
  return (
    <>
      <dt className="text-slate-400">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}
