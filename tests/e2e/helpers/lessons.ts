/** Reads lesson frontmatter straight from content/lessons (an independent view of what the site lists). */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";

export interface LessonOnDisk {
  slug: string;
  title: string;
  summary: string;
  modalities: string[];
  regions: string[];
  difficulty: string;
  objectives: string[];
  cases: string[];
  draft: boolean;
  body: string;
}

export function readLessons(dir = path.join(process.cwd(), "content/lessons")): LessonOnDisk[] {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".mdx"));
  return files.map((e) => {
    const { data, content } = matter(fs.readFileSync(path.join(e.parentPath, e.name), "utf8"));
    return {
      slug: e.name.replace(/\.mdx$/, ""),
      draft: Boolean(data.draft),
      body: content,
      ...data,
    } as LessonOnDisk;
  });
}
