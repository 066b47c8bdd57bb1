import type { ReactNode } from "react";

/** A boxed list of the lesson's key points; children are a Markdown list. */
export function KeyPoints({
  title = "Key points",
  children,
}: {
  title?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={title}
      data-keypoints
      className="my-6 rounded-lg border border-violet-500/50 bg-violet-950/30 px-5 py-3"
    >
      <h2 className="!mt-2 !mb-1 text-base font-semibold text-violet-200">{title}</h2>
      <div className="[&_li]:my-1">{children}</div>
    </section>
  );
}
