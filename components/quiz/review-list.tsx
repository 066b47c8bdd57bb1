import type { ReactNode } from "react";

/** A list of the review page, or a line saying why it is empty. */
export function ReviewList<T>({
  items,
  empty,
  className,
  testId,
  children,
}: {
  items: readonly T[];
  /** Shown instead of the list when there are no items. */
  empty: ReactNode;
  /** Classes of the `<ul>` besides its top margin. */
  className: string;
  testId?: string;
  /** Renders one item as a keyed `<li>`. */
  children: (item: T) => ReactNode;
}) {
  if (!items.length) return <p className="mt-2 text-slate-300">{empty}</p>;
  return (
    <ul className={`mt-2 ${className}`} data-testid={testId}>
      {items.map(children)}
    </ul>
  );
}
