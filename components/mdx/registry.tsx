/**
 * The one MDX component registry. Lessons may use exactly the names in
 * lib/content/mdx-components.ts (checked at build); heavy widgets are referenced by id only.
 */
import type { MDXComponents } from "mdx/types";
import type { MdxComponentName } from "@/lib/content/mdx-components";
import { Callout } from "./callout";
import { Figure } from "./figure";
import { KeyPoints } from "./key-points";
import { Term } from "./term";
import { H2, H3 } from "./headings";
import { CaseViewerSlot } from "./case-viewer-slot";
import { QuizSlot, QuizSetSlot } from "./quiz-slot";

export const lessonComponents = {
  Callout,
  Figure,
  KeyPoints,
  Term,
  CaseViewer: CaseViewerSlot,
  Quiz: QuizSlot,
  QuizSet: QuizSetSlot,
} satisfies Record<MdxComponentName, unknown>;

/** Everything handed to `<MDXContent components={…}>`: the lesson components plus HTML overrides. */
export const mdxComponents: MDXComponents = { ...lessonComponents, h2: H2, h3: H3 };
