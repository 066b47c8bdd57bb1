/**
 * Names of the components MDX lessons may use. The registry in components/mdx/registry.tsx must
 * provide exactly these (a unit test checks), and the content check rejects any other capitalised
 * JSX tag in a lesson.
 */
export const MDX_COMPONENT_NAMES = [
  "Callout",
  "Figure",
  "KeyPoints",
  "Term",
  "CaseViewer",
  "Quiz",
  "QuizSet",
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Props of MDX components that name content by id (checked at build: the id must exist). */
export const ID_PROPS: Record<string, { prop: string; kind: "case" | "quiz" }[]> = {
  CaseViewer: [{ prop: "case", kind: "case" }],
  Quiz: [{ prop: "item", kind: "quiz" }],
  QuizSet: [{ prop: "case", kind: "case" }],
};
