/**
 * Content gate: validates every lesson, case manifest, annotation set and quiz file, and that every
 * referenced file exists. Prints one line per problem (`file: field: reason`) and exits 1 on any.
 * Usage: tsx scripts/content-check.ts [ROOT]   (ROOT defaults to the repository root)
 */
import path from "node:path";
import { checkContent } from "../lib/content/check-content";
import { formatIssues } from "../lib/content/parse-result";

const root = path.resolve(process.argv[2] ?? process.cwd());
const started = Date.now();
const report = checkContent({ root });
const issues = report.issues;
if (issues.length) {
  console.error(`Content check failed with ${issues.length} problem(s):\n${formatIssues(issues)}`);
  process.exit(1);
}
console.log(
  `Content check passed: ${report.lessons.length} lessons, ${report.cases.length} cases, ${report.quizItems} quiz items, ${report.calibratedItems} items calibrated (${((Date.now() - started) / 1000).toFixed(1)} s).`,
);
