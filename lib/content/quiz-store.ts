/**
 * Server-side loader of quiz items: `content/cases/<case>/quizzes/*.json` and `content/quizzes/*.json`
 * (format: docs/quiz-items.md). Validates every item with the zod schema and cross-checks it against
 * the cases (case, structure, annotation set and the kind of reference the item type needs).
 * Node only. Parsers return issues naming file and field; `allQuizItems` throws them all at once.
 */
import fs from "node:fs";
import path from "node:path";
import "../zod-jitless";
import { z } from "zod";
import { quizItemSchema, type QuizItem } from "../quiz/item-schema";
import { referenceIssue } from "../quiz/reference-check";
import { allCases, casesDir, type LoadedCase } from "./case-store";
import {
  formatIssues,
  parseJsonWith,
  parseWith,
  type ContentIssue,
  type ParseResult,
} from "../domain/parse-result";

const quizFileSchema = z.object({ items: z.array(z.unknown()) });

/** Quiz files of the content folder `root` (= the `content/` directory), sorted, with their case. */
export function listQuizFiles(root: string): { file: string; caseId?: string }[] {
  const out: { file: string; caseId?: string }[] = [];
  const json = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".json"))
          .sort()
          .map((f) => path.join(dir, f))
      : [];
  const cdir = path.join(root, "cases");
  if (fs.existsSync(cdir)) {
    for (const c of fs
      .readdirSync(cdir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .sort((a, b) => a.name.localeCompare(b.name)))
      for (const f of json(path.join(cdir, c.name, "quizzes")))
        out.push({ file: f, caseId: c.name });
  }
  for (const f of json(path.join(root, "quizzes"))) out.push({ file: f });
  return out;
}

/**
 * Loads and validates every quiz file under `contentRoot` against `cases`. Duplicate ids, unknown
 * cases/structures/annotation sets and items whose type needs a reference the case lacks are issues.
 */
export function loadQuizItems(
  contentRoot: string,
  cases: ReadonlyMap<string, LoadedCase>,
  repoRoot = process.cwd(),
): ParseResult<Map<string, QuizItem>> {
  const issues: ContentIssue[] = [];
  const items = new Map<string, QuizItem>();
  const where = new Map<string, string>();
  for (const { file, caseId } of listQuizFiles(contentRoot)) {
    const rel = path.relative(repoRoot, file);
    const f = parseJsonWith(quizFileSchema, fs.readFileSync(file, "utf8"), rel);
    if (!f.ok) {
      issues.push(...f.issues);
      continue;
    }
    f.value.items.forEach((raw, i) => {
      const withCase =
        caseId && raw && typeof raw === "object" && !("case" in raw)
          ? { ...(raw as object), case: caseId }
          : raw;
      const p = parseWith(quizItemSchema, withCase, rel);
      if (!p.ok) {
        issues.push(
          ...p.issues.map((x) => ({
            ...x,
            field: x.field ? `items.${i}.${x.field}` : `items.${i}`,
          })),
        );
        return;
      }
      const item = p.value;
      const at = (field: string, message: string) =>
        issues.push({ file: rel, field: `items.${i}.${field}`, message });
      if (where.has(item.id))
        return at("id", `duplicate quiz item id "${item.id}" (also in ${where.get(item.id)})`);
      if (caseId && item.case && item.case !== caseId)
        return at("case", `item in case folder "${caseId}" names case "${item.case}"`);
      if (item.case) {
        const c = cases.get(item.case);
        if (!c) return at("case", `unknown case "${item.case}"`);
        const problem = referenceIssue(item, c);
        if (problem) return at(problem.field, problem.message);
      }
      where.set(item.id, rel);
      items.set(item.id, item);
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: items };
}

let cache: Map<string, QuizItem> | undefined;

/** Every quiz item by id. Throws with every issue listed if any file is invalid (the build must fail). */
export function allQuizItems(): Map<string, QuizItem> {
  // The studio (STUDIO=1) edits content while it runs: read it afresh on every call there.
  if (cache && process.env.STUDIO !== "1") return cache;
  const root = path.dirname(casesDir());
  const r = loadQuizItems(root, allCases());
  if (!r.ok) throw new Error(`Invalid quiz content:\n${formatIssues(r.issues)}`);
  cache = r.value;
  return cache;
}

export function getQuizItem(id: string): QuizItem | undefined {
  return allQuizItems().get(id);
}
