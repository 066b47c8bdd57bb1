/**
 * A light scanner of MDX lesson bodies: finds capitalised JSX tags (components) and their string
 * props, with 1-based line numbers, ignoring fenced code blocks and inline code. It does not parse
 * JavaScript expressions; props written as `{...}` are reported with value `undefined`.
 */

export interface JsxTagUse {
  name: string;
  /** 1-based line of the tag in the scanned text. */
  line: number;
  /** String-literal props (`case="x"` or `case='x'`); expression props map to `undefined`. */
  props: Record<string, string | undefined>;
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*?)\/?>/g;
const PROP = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{[^{}]*\})/g;

/** Blanks fenced code blocks and inline code spans, keeping line breaks so line numbers stay right. */
function maskCode(text: string): string {
  const fenced = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) =>
    m.replace(/[^\n]/g, " "),
  );
  return fenced.replace(/`[^`\n]*`/g, (m) => " ".repeat(m.length));
}

/** Every capitalised JSX tag in `body`, in order of appearance. */
export function scanJsxTags(body: string): JsxTagUse[] {
  const text = maskCode(body);
  const out: JsxTagUse[] = [];
  for (const m of text.matchAll(TAG)) {
    const props: Record<string, string | undefined> = {};
    for (const p of m[2].matchAll(PROP)) props[p[1]] = p[2] ?? p[3];
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ name: m[1], line, props });
  }
  return out;
}
