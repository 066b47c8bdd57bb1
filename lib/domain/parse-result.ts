/**
 * Parsers of content files return results, never throw. A failure lists every problem with the file
 * path, the field (dotted path) and the reason, so a build can print "file: field: reason".
 */
import type { ZodType } from "zod";

export interface ContentIssue {
  /** Repository-relative file path, e.g. `content/cases/colin27/case.json`. */
  file: string;
  /** Dotted field path inside the file (`structures.3.color`), or `""` for the whole file. */
  field: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** Validates `data` read from `file` against `schema`. */
export function parseWith<T>(schema: ZodType<T>, data: unknown, file: string): ParseResult<T> {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      file,
      field: i.path.map(String).join("."),
      message: i.message,
    })),
  };
}

/** Parses JSON text then validates it; a syntax error becomes an issue naming the file. */
export function parseJsonWith<T>(schema: ZodType<T>, text: string, file: string): ParseResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      issues: [{ file, field: "", message: `invalid JSON: ${(e as Error).message}` }],
    };
  }
  return parseWith(schema, data, file);
}

/** One line per issue: `file: field: message` (field omitted when empty). */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.field ? `${i.field}: ` : ""}${i.message}`).join("\n");
}
