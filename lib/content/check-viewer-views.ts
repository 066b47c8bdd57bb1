/**
 * `<CaseViewer case="…" view="…"/>` in a lesson: the view text must parse
 * (`lib/domain/model/case-view.ts`) and fit the case (planes of volumes only, slices on the grid,
 * presets, annotators and structures that exist). Issues name the lesson file and `line N`.
 */
import { caseViewProblems, parseCaseView } from "../domain/model/case-view";
import type { CaseManifest } from "../domain/model/case-manifest";
import type { LessonFile } from "./lesson-files";
import { scanJsxTags } from "./mdx-scan";
import type { ContentIssue } from "../domain/parse-result";

export function checkViewerViews(
  lesson: LessonFile,
  manifests: ReadonlyMap<string, CaseManifest>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const tag of scanJsxTags(lesson.body)) {
    if (tag.name !== "CaseViewer" || !("view" in tag.props)) continue;
    const field = `line ${tag.line + lesson.bodyLineOffset}`;
    const text = tag.props.view;
    const m = tag.props.case ? manifests.get(tag.props.case) : undefined;
    if (text === undefined) {
      issues.push({ file: lesson.file, field, message: `<CaseViewer view="…"> must be a string` });
      continue;
    }
    if (!m) continue; // an unknown case is reported by checkLessonBody
    const { view, problems } = parseCaseView(text);
    for (const p of [...problems, ...caseViewProblems(view, m)])
      issues.push({ file: lesson.file, field, message: `<CaseViewer case="${m.id}" view>: ${p}` });
  }
  return issues;
}
