/**
 * Server-side loader of `content/cases/<id>/`: the manifest and its annotation sets, validated.
 * Reads from disk (Node only). Results are cached per process.
 */
import fs from "node:fs";
import path from "node:path";
import {
  annotationSetSchema,
  caseManifestSchema,
  vocabularySchema,
  type AnnotationSet,
  type CaseManifest,
} from "../domain/model";
import { applyVocabulary } from "../domain/names/vocabulary";
import {
  type ContentIssue,
  formatIssues,
  parseJsonWith,
  type ParseResult,
} from "../domain/parse-result";

export interface LoadedCase {
  manifest: CaseManifest;
  annotationSets: AnnotationSet[];
}

/** Folder holding one folder per case. Overridable for tests (CONTENT_DIR points at a content/ copy). */
export function casesDir(
  root = process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"),
): string {
  return path.join(root, "cases");
}

/** Loads and validates one case folder; every problem is returned with its file and field. */
export function loadCaseFolder(dir: string, repoRoot = process.cwd()): ParseResult<LoadedCase> {
  const rel = (p: string) => path.relative(repoRoot, p);
  const manifestPath = path.join(dir, "case.json");
  if (!fs.existsSync(manifestPath)) {
    return {
      ok: false,
      issues: [{ file: rel(manifestPath), field: "", message: "case.json is missing" }],
    };
  }
  const m = parseJsonWith(
    caseManifestSchema,
    fs.readFileSync(manifestPath, "utf8"),
    rel(manifestPath),
  );
  if (!m.ok) return m;
  const issues: ContentIssue[] = [];
  if (m.value.id !== path.basename(dir)) {
    issues.push({
      file: rel(manifestPath),
      field: "id",
      message: `id "${m.value.id}" differs from folder name "${path.basename(dir)}"`,
    });
  }
  issues.push(...mergeVocabulary(dir, m.value, rel));
  const sets: AnnotationSet[] = [];
  m.value.annotationSets.forEach((f, i) => {
    const p = path.join(dir, f);
    if (!fs.existsSync(p)) {
      issues.push({
        file: rel(manifestPath),
        field: `annotationSets.${i}`,
        message: `file ${f} does not exist`,
      });
      return;
    }
    const s = parseJsonWith(annotationSetSchema, fs.readFileSync(p, "utf8"), rel(p));
    if (!s.ok) return void issues.push(...s.issues);
    issues.push(...crossReferenceIssues(m.value, s.value, rel(p)));
    sets.push(s.value);
  });
  return issues.length
    ? { ok: false, issues }
    : { ok: true, value: { manifest: m.value, annotationSets: sets } };
}

/**
 * Reads `vocabulary.json` beside the manifest (optional) and merges it into `manifest.structures`
 * in place (see {@link applyVocabulary}); returns its problems with file and field.
 */
function mergeVocabulary(
  dir: string,
  manifest: CaseManifest,
  rel: (p: string) => string,
): ContentIssue[] {
  const p = path.join(dir, "vocabulary.json");
  if (!fs.existsSync(p)) return [];
  const v = parseJsonWith(vocabularySchema, fs.readFileSync(p, "utf8"), rel(p));
  if (!v.ok) return v.issues;
  const r = applyVocabulary(manifest, v.value);
  manifest.structures = r.structures;
  return r.problems.map((x) => ({ file: rel(p), field: x.field, message: x.message }));
}

/** An annotation set must name an annotator and structures that the manifest declares. */
function crossReferenceIssues(m: CaseManifest, set: AnnotationSet, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!m.annotators.some((a) => a.id === set.annotator)) {
    issues.push({
      file,
      field: "annotator",
      message: `unknown annotator "${set.annotator}" (not in case.json annotators)`,
    });
  }
  const structures = new Set(m.structures.map((s) => s.id));
  set.annotations.forEach((a, i) => {
    if (!structures.has(a.structure)) {
      issues.push({
        file,
        field: `annotations.${i}.structure`,
        message: `unknown structure "${a.structure}" (not in case.json structures)`,
      });
    }
  });
  return issues;
}

let cache: Map<string, LoadedCase> | undefined;

/** All valid cases by id. Throws with every issue listed if any case is invalid (build must fail). */
export function allCases(): Map<string, LoadedCase> {
  // The studio (STUDIO=1) edits content while it runs: read it afresh on every call there.
  if (cache && process.env.STUDIO !== "1") return cache;
  const dir = casesDir();
  const out = new Map<string, LoadedCase>();
  const issues: ContentIssue[] = [];
  const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
  for (const e of entries
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const r = loadCaseFolder(path.join(dir, e.name));
    if (r.ok) out.set(r.value.manifest.id, r.value);
    else issues.push(...r.issues);
  }
  if (issues.length) throw new Error(`Invalid case content:\n${formatIssues(issues)}`);
  cache = out;
  return out;
}

export function getCase(id: string): LoadedCase | undefined {
  return allCases().get(id);
}
