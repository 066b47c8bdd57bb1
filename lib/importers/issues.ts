/** Small helpers shared by the annotation readers for returning issues. */
import type { ContentIssue, ParseResult } from "../domain/parse-result";

/** A failed result with one issue naming `file`, the `field` at fault ("" for the whole file) and why. */
export function importFail(file: string, message: string, field = ""): ParseResult<never> {
  return { ok: false, issues: [{ file, field, message }] };
}

/** A failed result with several issues. */
export function importFailMany(issues: ContentIssue[]): ParseResult<never> {
  return { ok: false, issues };
}

/** The message of anything thrown (parsers of third-party formats may throw). */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
