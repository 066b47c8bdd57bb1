import type { ReactNode } from "react";

/** A section of the review page, labelled by its heading. */
export function ReviewSection({
  id,
  title,
  children,
}: {
  /** The heading's id (the section's `aria-labelledby`). */
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
