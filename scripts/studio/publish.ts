/**
 * The publish check: the gates `npm run build` runs before publishing — the content check with its
 * calibration and annotation QC (as scripts/content-check.ts) and the privacy gate (as
 * scripts/privacy-gate.ts) — over the whole content, plus the list of what changed (`git status
 * --porcelain`, read only: the studio never stages or commits) and what a student would see.
 */
import { execFileSync } from "node:child_process";
import { checkContent } from "../../lib/content/check-content";
import { caseQc, qcIssues, qcLine } from "../../lib/content/case-qc";
import { formatIssues } from "../../lib/domain/parse-result";
import { runPrivacyGate, scannedLine } from "../privacy-gate/run";

export interface PublishReport {
  ok: boolean;
  /** One line per gate: "content check passed: …", "privacy gate passed: …". */
  summary: string[];
  /** Every problem, one line each (`file: field: message`). */
  problems: string[];
  qc: string[];
  /** `git status --porcelain` lines (empty when git is not available). */
  changed: string[];
  /** Pages a student would see: lesson and case paths. */
  pages: string[];
}

/** Runs every gate over `root` (see the file comment). */
export function publishCheck(root: string): PublishReport {
  const started = Date.now();
  const report = checkContent({ root });
  const issues = report.issues;
  const qc: string[] = [];
  for (const c of issues.length ? [] : report.cases) {
    const q = caseQc(c, root);
    issues.push(...qcIssues(c, q));
    qc.push(qcLine(q, c.manifest.id));
  }
  const privacy = runPrivacyGate(root, ["public", "content"]);
  const problems = [
    ...(issues.length ? formatIssues(issues).split("\n") : []),
    ...privacy.findings.map((f) => `${f.file}: ${f.where}: ${f.message}`),
  ];
  const summary = [
    issues.length
      ? `content check failed with ${issues.length} problem(s)`
      : `content check passed: ${report.lessons.length} lessons, ${report.cases.length} cases, ${report.quizItems} quiz items, ${report.calibratedItems} items calibrated (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    privacy.findings.length
      ? `privacy gate failed: ${privacy.findings.length} finding(s)`
      : `privacy gate passed: scanned ${scannedLine(privacy.scanned)}`,
  ];
  let changed: string[] = [];
  try {
    changed = execFileSync("git", ["status", "--porcelain", "--", "content", "public"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .split("\n")
      .filter(Boolean);
  } catch {
    changed = [];
  }
  const pages = [
    ...report.lessons.map((l) => `/lessons/${l.slug}`),
    ...report.cases.map((c) => `/cases/${c.manifest.id}`),
  ];
  return { ok: problems.length === 0, summary, problems, qc, changed, pages };
}
