/**
 * What a lesson body must never contain, checked on the tree the MDX compiler itself parses
 * (remark-parse + remark-mdx + remark-gfm: the parser of @mdx-js/mdx, which contentlayer compiles
 * lessons with), so nothing can hide from a regex:
 *
 * - `import` / `export` statements (ESM in MDX runs on the server at build and in the browser);
 * - JavaScript expressions in prose (`{…}`), except comments `{/* … *\/}`;
 * - HTML elements (lowercase JSX such as `<script>`, `<iframe>`, `<img onerror>`), except a few
 *   inline text elements without attributes (SAFE_HTML: `<sub>`, `<sup>`, `<br>`, …), and fragments;
 * - on component tags: spread attributes `{...x}`, event handlers (`on…=`), expression values
 *   other than plain literals (`count={5}`, `flag={true}`, `["a", 1]`), URL props (`src`, `href`
 *   …) whose scheme is not http/https/mailto, and any string value starting `javascript:`,
 *   `vbscript:` or `data:`;
 * - Markdown links, images and link definitions whose URL has a scheme other than http, https or
 *   mailto (`javascript:`, `data:`, `vbscript:`, `file:` …); relative URLs and `#anchors` pass.
 *
 * Component names and their ids are checked separately (check-lesson-body.ts).
 */
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface SafetyIssue {
  /** 1-based line in the scanned text. */
  line: number;
  message: string;
}

/** Inline HTML text elements a lesson may use, without attributes. */
export const SAFE_HTML: ReadonlySet<string> = new Set(["sub", "sup", "br", "kbd", "abbr", "small"]);
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);
/** Props that hold a URL: http, https, mailto or relative only. */
const URL_PROPS = new Set([
  "src",
  "href",
  "url",
  "link",
  "poster",
  "action",
  "formaction",
  "srcset",
]);
/** Schemes refused in any other string prop (prose such as alt="Left: …" passes). */
const SCRIPT_SCHEMES = new Set(["javascript", "vbscript", "data"]);

/** The minimal shape of the mdast / estree nodes walked here. */
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: Node[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: { body: EsNode[] } };
}
interface EsNode {
  type: string;
  expression?: EsNode;
  elements?: (EsNode | null)[];
  argument?: EsNode;
  operator?: string;
  value?: unknown;
  regex?: unknown;
  expressions?: EsNode[];
}

/**
 * The scheme of a URL as a browser would see it (control characters and spaces stripped,
 * lowercased), or undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m?.[1];
}

/** True when `url` is relative or uses http, https or mailto. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** A literal expression: string, number, boolean, null, `-n`, template without `${}`, or an array of those. */
function isLiteral(e: EsNode | null | undefined): boolean {
  if (!e) return false;
  if (e.type === "Literal") return e.regex === undefined;
  if (e.type === "UnaryExpression") return e.operator === "-" && isLiteral(e.argument);
  if (e.type === "TemplateLiteral") return (e.expressions ?? []).length === 0;
  if (e.type === "ArrayExpression") return (e.elements ?? []).every((x) => isLiteral(x));
  return false;
}

/** Issues of one JSX attribute of component `tag`. */
function attributeIssues(tag: string, a: Node): string[] {
  if (a.type === "mdxJsxExpressionAttribute")
    return [`<${tag}>: spread attributes {...} are not allowed`];
  const name = a.name ?? "";
  if (/^on/i.test(name)) return [`<${tag} ${name}=…>: event handler attributes are not allowed`];
  const v = a.value as Node | string | null | undefined;
  if (typeof v === "string")
    return (
      URL_PROPS.has(name.toLowerCase()) ? isSafeUrl(v) : !SCRIPT_SCHEMES.has(urlScheme(v) ?? "")
    )
      ? []
      : [`<${tag} ${name}="…">: URL scheme "${urlScheme(v)}:" is not allowed`];
  if (v && typeof v === "object" && v.type === "mdxJsxAttributeValueExpression") {
    const body = v.data?.estree?.body ?? [];
    const ok =
      body.length === 1 && body[0].type === "ExpressionStatement" && isLiteral(body[0].expression);
    if (!ok)
      return [
        `<${tag} ${name}={…}>: only literal values (numbers, strings, true/false) are allowed`,
      ];
  }
  return [];
}

/** Issues of one node (not its children). */
function nodeIssues(n: Node): string[] {
  switch (n.type) {
    case "mdxjsEsm":
      return ["import/export statements are not allowed in lessons"];
    case "mdxFlowExpression":
    case "mdxTextExpression":
      return (n.data?.estree?.body ?? []).length === 0
        ? []
        : ["JavaScript expressions {…} are not allowed in lesson text"];
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement": {
      const tag = n.name ?? "";
      if (tag === "") return ["fragments <>…</> are not allowed"];
      if (!/^[A-Z]/.test(tag)) {
        if (!SAFE_HTML.has(tag))
          return [`HTML element <${tag}> is not allowed (allowed: ${[...SAFE_HTML].join(", ")})`];
        if ((n.attributes ?? []).length) return [`<${tag}> takes no attributes in lessons`];
        return [];
      }
      return (n.attributes ?? []).flatMap((a) => attributeIssues(tag, a));
    }
    case "link":
    case "image":
    case "definition":
      return n.url !== undefined && !isSafeUrl(n.url)
        ? [
            `link URL scheme "${urlScheme(n.url)}:" is not allowed (http, https, mailto or relative)`,
          ]
        : [];
    default:
      return [];
  }
}

/** Every unsafe construct in an MDX lesson body, in document order; a parse error is one issue. */
export function checkMdxSafety(body: string): SafetyIssue[] {
  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as unknown as Node;
  } catch (e) {
    const line = (e as { line?: number }).line ?? 1;
    const reason = (e as { reason?: string }).reason ?? String(e);
    return [{ line, message: `MDX does not parse: ${reason}` }];
  }
  const issues: SafetyIssue[] = [];
  const walk = (n: Node): void => {
    for (const message of nodeIssues(n))
      issues.push({ line: n.position?.start.line ?? 1, message });
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return issues;
}
