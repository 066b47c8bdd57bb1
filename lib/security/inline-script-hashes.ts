/**
 * CSP hash sources of the inline scripts of an HTML document: `'sha256-<base64>'` of each
 * `<script>` element without `src`, over its text exactly as written between the tags (UTF-8),
 * which is what a browser hashes. Duplicates are listed once, in order of first appearance.
 * Edge rules: a `<script src=…>` is skipped (covered by `'self'`); an empty inline script is
 * hashed like any other; the scan is textual, so it must be given the HTML as served.
 */
import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Quoted `'sha256-…'` sources for every inline script in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT))
    out.add(`'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  return [...out];
}
