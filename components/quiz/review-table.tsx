import type { ReactNode } from "react";

export interface ReviewColumn {
  label: string;
  align: "left" | "right";
}

const ALIGN = { left: "text-left", right: "text-right" } as const;

/** A table of the review page: a header row of `columns`, then the body rows given as children. */
export function ReviewTable({
  columns,
  className,
  testId,
  children,
}: {
  columns: readonly ReviewColumn[];
  /** Classes besides the text size (e.g. the top margin). */
  className: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <table className={`${className} text-sm`} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th
              key={c.label}
              className={`${i < columns.length - 1 ? "pr-4 " : ""}${ALIGN[c.align]}`}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
