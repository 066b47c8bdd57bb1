/**
 * The content gate run before every build (`npm run content:check`): every problem is reported with
 * the file, the field (or line) and the reason. Node only (reads the content folder).
 *
 * Checks: lesson frontmatter; unknown MDX components; ids named by lessons (frontmatter `cases`,
 * `<CaseViewer case>`, `<Quiz item>`) exist; duplicate lesson slugs; case manifests and annotation
 * sets validate; quiz files validate against their cases; every file they reference (and every
 * `<Figure src>`) exists under `public/`; the raters' spread files of multi-rater cases are not stale;
 * every quiz item, hand-written or generated, passes the item calibration (lib/content/calibrate-content).
 */
import fs from "node:fs";
import path from "node:path";
import type { ContentIssue } from "../domain/parse-result";
import { loadCaseFolder, type LoadedCase } from "./case-store";
import { listMdx, readLessonFile, type LessonFile } from "./lesson-files";
import { checkLessonBody } from "./check-lesson-body";
import { checkViewerViews } from "./check-viewer-views";
import { referencedPublicFiles } from "./referenced-files";
import { loadQuizItems } from "./quiz-store";
import { checkRaterSpread } from "./rater-spread-file";
import { calibrateContent } from "./calibrate-content";

export interface CheckOptions {
  /** Folder with `content/` and `public/` (the repository root or a throw-away copy). */
  root: string;
  /** Run the item calibration (default true; lib/content/calibrate-content). */
  calibrate?: boolean;
}

export interface CheckReport {
  issues: ContentIssue[];
  lessons: LessonFile[];
  cases: LoadedCase[];
  quizItems: number;
  /** Items run through the calibration (hand-written and generated). */
  calibratedItems: number;
}

function checkCases(root: string, issues: ContentIssue[]): LoadedCase[] {
  const dir = path.join(root, "content", "cases");
  const cases: LoadedCase[] = [];
  if (!fs.existsSync(dir)) return cases;
  for (const name of fs.readdirSync(dir).sort()) {
    const caseDir = path.join(dir, name);
    if (!fs.statSync(caseDir).isDirectory()) continue;
    const r = loadCaseFolder(caseDir, root);
    if (!r.ok) {
      issues.push(...r.issues);
      continue;
    }
    cases.push(r.value);
    issues.push(...checkRaterSpread(root, r.value));
    r.value.annotationSets.forEach((set, i) => {
      if (!set.protocol)
        issues.push({
          file: path.relative(root, path.join(caseDir, r.value.manifest.annotationSets[i])),
          field: "protocol",
          message: `annotation set "${set.id}" has no protocol (guideline, tool, training; write "not stated by the source" where the source is silent)`,
        });
    });
    for (const ref of referencedPublicFiles(r.value)) {
      if (!fs.existsSync(path.join(root, "public", ref.path))) {
        issues.push({
          file: ref.file,
          field: ref.field,
          message: `referenced file public${ref.path} does not exist`,
        });
      }
    }
  }
  return cases;
}

/** Runs every check over `root`; returns all issues (empty when the content is valid). */
export function checkContent(opts: CheckOptions): CheckReport {
  const issues: ContentIssue[] = [];
  const cases = checkCases(opts.root, issues);
  const caseIds = new Set(cases.map((c) => c.manifest.id));
  const quiz = loadQuizItems(
    path.join(opts.root, "content"),
    new Map(cases.map((c) => [c.manifest.id, c])),
    opts.root,
  );
  if (!quiz.ok) issues.push(...quiz.issues);
  const quizIds = quiz.ok ? new Set(quiz.value.keys()) : undefined;
  const manifests = new Map(cases.map((c) => [c.manifest.id, c.manifest]));
  const lessons: LessonFile[] = [];
  const slugs = new Map<string, string>();
  for (const abs of listMdx(path.join(opts.root, "content", "lessons"))) {
    const r = readLessonFile(abs, opts.root);
    issues.push(...r.issues);
    if (!r.lesson) continue;
    const l = r.lesson;
    const seen = slugs.get(l.slug);
    if (seen)
      issues.push({
        file: l.file,
        field: "slug",
        message: `duplicate slug "${l.slug}" (also ${seen})`,
      });
    slugs.set(l.slug, l.file);
    l.frontmatter.cases.forEach((id, i) => {
      if (!caseIds.has(id))
        issues.push({
          file: l.file,
          field: `frontmatter.cases.${i}`,
          message: `unknown case id "${id}"`,
        });
    });
    issues.push(...checkLessonBody(l, { root: opts.root, caseIds, quizIds }));
    issues.push(...checkViewerViews(l, manifests));
    lessons.push(l);
  }
  const calibrated = opts.calibrate === false ? 0 : calibrate(opts.root, cases, lessons, issues);
  return { issues, lessons, cases, quizItems: quizIds?.size ?? 0, calibratedItems: calibrated };
}

/** Adds the calibration problems of every item to `issues`; returns how many items were calibrated. */
function calibrate(
  root: string,
  cases: LoadedCase[],
  lessons: LessonFile[],
  issues: ContentIssue[],
): number {
  const run = calibrateContent({ root, cases, lessons });
  issues.push(...run.issues);
  return run.items.length;
}
