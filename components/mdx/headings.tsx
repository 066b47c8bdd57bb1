import type { ReactNode } from "react";
import { headingId } from "@/lib/content/lesson-computed";

function text(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(text).join("");
  if (node && typeof node === "object" && "props" in node) {
    return text((node.props as { children?: ReactNode }).children);
  }
  return "";
}

/** `##` headings with the same ids as the computed table of contents. */
export function H2({ children }: { children?: ReactNode }) {
  return (
    <h2 id={headingId(text(children))} className="scroll-mt-20">
      {children}
    </h2>
  );
}

export function H3({ children }: { children?: ReactNode }) {
  return (
    <h3 id={headingId(text(children))} className="scroll-mt-20">
      {children}
    </h3>
  );
}
