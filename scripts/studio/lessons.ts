/**
 * The lesson editor's check and save: a draft `content/lessons/<slug>.mdx` is checked exactly as
 * `npm run content:check` checks a lesson (frontmatter schema, MDX safety and component props,
 * case ids, quiz ids, viewer views, slug clash, and the calibration of every `<QuizSet>` it
 * generates) without touching the repository; issues carry `line N` of the whole file. Saving
 * refuses a draft with issues and writes the file all at once.
 */
import fs from "node:fs";
import path from "node:path";
import { checkContent } from "../../lib/content/check-content";
import { readLessonFile } from "../../lib/content/lesson-files";
import { checkLessonBody } from "../../lib/content/check-lesson-body";
import { checkViewerViews } from "../../lib/content/check-viewer-views";
import { calibrateOne, itemsToCalibrate } from "../../lib/content/calibrate-content";
import type { ContentIssue } from "../../lib/domain/parse-result";
import { commitFiles } from "../case-import/commit-files";
import { MAX_TEXT_BYTES } from "./guard";

/** A lesson slug as a file name: lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const lessonFile = (slug: string) => `content/lessons/${slug}.mdx`;

/** The content check's issues for `text` as lesson `slug` (empty: it would pass). */
export function checkLessonDraft(root: string, slug: string, text: string): ContentIssue[] {
  const file = lessonFile(slug);
  if (!SLUG.test(slug))
    return [{ file, field: "slug", message: "lower-case words joined by hyphens" }];
  if (Buffer.byteLength(text) > MAX_TEXT_BYTES)
    return [{ file, field: "", message: `larger than the limit of ${MAX_TEXT_BYTES / 1024} KB` }];
  const stage = fs.mkdtempSync(path.join(root, ".case-import-studio-"));
  try {
    const abs = path.join(stage, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    const r = readLessonFile(abs, stage);
    if (!r.lesson) return r.issues;
    const l = r.lesson;
    const report = checkContent({ root, calibrate: false });
    const caseIds = new Set(report.cases.map((c) => c.manifest.id));
    const quizIds = new Set<string>();
    for (const item of itemsToCalibrate({ root, cases: report.cases, lessons: [] }))
      quizIds.add(item.item.id);
    const issues: ContentIssue[] = [...r.issues];
    const clash = report.lessons.find((o) => o.slug === l.slug && o.file !== file);
    if (clash) issues.push({ file, field: "slug", message: `duplicate slug (also ${clash.file})` });
    l.frontmatter.cases.forEach((id, i) => {
      if (!caseIds.has(id))
        issues.push({ file, field: `frontmatter.cases.${i}`, message: `unknown case id "${id}"` });
    });
    issues.push(...checkLessonBody(l, { root, caseIds, quizIds }));
    issues.push(
      ...checkViewerViews(l, new Map(report.cases.map((c) => [c.manifest.id, c.manifest]))),
    );
    const byId = new Map(report.cases.map((c) => [c.manifest.id, c]));
    const cache = new Map<string, Map<string, ArrayLike<number>>>();
    for (const { item, source } of itemsToCalibrate({ root, cases: report.cases, lessons: [l] })) {
      if (source.file !== file) continue;
      const cal = calibrateOne(
        item,
        item.case ? byId.get(item.case) : undefined,
        path.join(root, "public"),
        cache,
      );
      for (const p of cal.problems)
        issues.push({
          file,
          field: `${source.field} item "${item.id}"`,
          message: `calibration: ${p}`,
        });
    }
    return issues;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Checks then writes the lesson; the issues when it would fail the content check. */
export function saveLesson(
  root: string,
  slug: string,
  text: string,
): { ok: true; file: string } | { ok: false; issues: ContentIssue[] } {
  const issues = checkLessonDraft(root, slug, text);
  if (issues.length) return { ok: false, issues };
  const file = lessonFile(slug);
  commitFiles(root, new Map([[file, new TextEncoder().encode(text)]]), []);
  return { ok: true, file };
}
