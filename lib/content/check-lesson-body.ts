/**
 * Checks the MDX body of one lesson: nothing unsafe (mdx-safety.ts: no import/export, no HTML such
 * as <script>, no handlers, no javascript:/data: URLs, no expressions outside literal props), known
 * components, ids that exist, figure files that exist.
 */
import fs from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../domain/parse-result";
import type { LessonFile } from "./lesson-files";
import { checkMdxSafety } from "./mdx-safety";
import { scanJsxTags } from "./mdx-scan";
import { ID_PROPS, MDX_COMPONENT_NAMES } from "./mdx-components";

const KNOWN = new Set<string>(MDX_COMPONENT_NAMES);

export interface BodyCheckContext {
  root: string;
  caseIds: ReadonlySet<string>;
  quizIds?: ReadonlySet<string>;
}

/** Issues name the lesson file and `line N` (1-based, in the whole file). */
export function checkLessonBody(lesson: LessonFile, ctx: BodyCheckContext): ContentIssue[] {
  const issues: ContentIssue[] = checkMdxSafety(lesson.body).map(({ line, message }) => ({
    file: lesson.file,
    field: `line ${line + lesson.bodyLineOffset}`,
    message,
  }));
  for (const tag of scanJsxTags(lesson.body)) {
    const field = `line ${tag.line + lesson.bodyLineOffset}`;
    if (!KNOWN.has(tag.name)) {
      issues.push({
        file: lesson.file,
        field,
        message: `unknown MDX component <${tag.name}> (known: ${MDX_COMPONENT_NAMES.join(", ")})`,
      });
      continue;
    }
    for (const { prop, kind } of ID_PROPS[tag.name] ?? []) {
      const id = tag.props[prop];
      if (id === undefined) {
        issues.push({
          file: lesson.file,
          field,
          message: `<${tag.name}> needs a string prop ${prop}="…"`,
        });
      } else if (kind === "case" && !ctx.caseIds.has(id)) {
        issues.push({
          file: lesson.file,
          field,
          message: `<${tag.name} ${prop}="${id}">: unknown case id "${id}"`,
        });
      } else if (kind === "quiz" && ctx.quizIds && !ctx.quizIds.has(id)) {
        issues.push({
          file: lesson.file,
          field,
          message: `<${tag.name} ${prop}="${id}">: unknown quiz item id "${id}"`,
        });
      }
    }
    const src = tag.name === "Figure" ? tag.props.src : undefined;
    if (tag.name === "Figure" && src === undefined) {
      issues.push({ file: lesson.file, field, message: `<Figure> needs src="/…" and alt="…"` });
    } else if (src !== undefined && !fs.existsSync(path.join(ctx.root, "public", src))) {
      issues.push({
        file: lesson.file,
        field,
        message: `<Figure src="${src}">: file public${src} does not exist`,
      });
    }
  }
  return issues;
}
