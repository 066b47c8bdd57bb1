/**
 * The lesson editor's frontmatter form values as the YAML block of a lesson file (the fields of
 * lib/content/lesson-frontmatter.ts). Strings are written as JSON strings, which YAML reads
 * unchanged, so a colon or quote in a title cannot break the block.
 */
export interface FrontmatterForm {
  title: string;
  summary: string;
  modalities: string;
  regions: string;
  difficulty: string;
  /** One objective per line. */
  objectives: string;
  cases: string;
  authorName: string;
  authorRole: string;
  license: string;
  date: string;
}

const list = (s: string) =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The `---` … `---` block, ending with a newline. */
export function frontmatterText(f: FrontmatterForm): string {
  const q = (s: string) => JSON.stringify(s.trim());
  const arr = (s: string) => `[${list(s).map(q).join(", ")}]`;
  return [
    "---",
    `title: ${q(f.title)}`,
    `summary: ${q(f.summary)}`,
    `modalities: ${arr(f.modalities)}`,
    `regions: ${arr(f.regions)}`,
    `difficulty: ${f.difficulty}`,
    "objectives:",
    ...f.objectives
      .split("\n")
      .map((o) => o.trim())
      .filter(Boolean)
      .map((o) => `  - ${q(o)}`),
    `cases: ${arr(f.cases)}`,
    "authors:",
    `  - { name: ${q(f.authorName)}, role: ${q(f.authorRole)} }`,
    `license: ${f.license.trim()}`,
    `date: ${f.date.trim()}`,
    "---",
    "",
  ].join("\n");
}
