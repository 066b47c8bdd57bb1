/**
 * Content gate: validates every lesson, case manifest, annotation set and quiz file, and that every
 * referenced file exists; then runs the annotation QC of every case (lib/domain/qc). Prints one
 * line per problem (`file: field: reason`) and exits 1 on any; QC warnings print as counts.
 * Usage: tsx scripts/content-check.ts [ROOT]   (ROOT defaults to the repository root)
 */
import path from "node:path";
import { checkContent } from "../lib/content/check-content";
import { formatIssues } from "../lib/domain/parse-result";
import { caseQc, qcIssues, qcLine } from "../lib/content/case-qc";

const root = path.resolve(process.argv[2] ?? process.cwd());
const started = Date.now();
const report = checkContent({ root });
const issues = report.issues;
// Annotation QC (npm run content:qc lists every finding): errors fail, warnings print. It needs
// valid manifests and annotation sets, so it runs only when everything above passed.
for (const c of issues.length ? [] : report.cases) {
  const q = caseQc(c, root);
  issues.push(...qcIssues(c, q));
  console.log(`QC ${qcLine(q, c.manifest.id)}`);
}
if (issues.length) {
  console.error(`Content check failed with ${issues.length} problem(s):\n${formatIssues(issues)}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${report.lessons.length} lessons, ${report.cases.length} cases, ${report.quizItems} quiz items, ${report.calibratedItems} items calibrated (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
