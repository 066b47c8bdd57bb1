/**
 * Reads lesson files (`content/lessons/**\/*.mdx`) and validates their frontmatter. Node only.
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { type ContentIssue, parseWith } from "../domain/parse-result";
import { type LessonFrontmatter, lessonFrontmatterSchema } from "./lesson-frontmatter";

export interface LessonFile {
  /** Repository-relative path. */
  file: string;
  slug: string;
  frontmatter: LessonFrontmatter;
  body: string;
  /** Lines taken by the frontmatter block, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
}

/** All `.mdx` files below `dir`, sorted, as absolute paths. */
export function listMdx(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".mdx"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Parses one lesson; a YAML error or an invalid field becomes an issue naming the file. */
export function readLessonFile(
  abs: string,
  repoRoot: string,
): { lesson?: LessonFile; issues: ContentIssue[] } {
  const file = path.relative(repoRoot, abs);
  const raw = fs.readFileSync(abs, "utf8");
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (e) {
    return {
      issues: [
        {
          file,
          field: "frontmatter",
          message: `invalid YAML: ${(e as Error).message.split("\n")[0]}`,
        },
      ],
    };
  }
  if (!raw.startsWith("---"))
    return {
      issues: [{ file, field: "frontmatter", message: "missing frontmatter block (--- … ---)" }],
    };
  const fm = parseWith(lessonFrontmatterSchema, parsed.data, file);
  if (!fm.ok)
    return {
      issues: fm.issues.map((i) => ({
        ...i,
        field: i.field ? `frontmatter.${i.field}` : "frontmatter",
      })),
    };
  const bodyLineOffset = raw.slice(0, raw.length - parsed.content.length).split("\n").length - 1;
  const slug = path.basename(abs, ".mdx");
  return {
    lesson: { file, slug, frontmatter: fm.value, body: parsed.content, bodyLineOffset },
    issues: [],
  };
}
