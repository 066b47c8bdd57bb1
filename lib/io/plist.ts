/**
 * Minimal XML property-list parser (the format InVesalius `.inv3` projects use): dict, array,
 * string, integer, real, true, false (named and numeric character entities decoded). Data and date
 * elements are returned as strings. Never throws.
 */
import type { ParseResult } from "../domain/parse-result";

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&quot;": '"',
  "&apos;": "'",
};

/** Parses the text of an XML plist; the result is the top-level value. */
export function parsePlist(text: string, file: string): ParseResult<PlistValue> {
  const tokens = [
    ...text
      .replace(/<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, "")
      .matchAll(/<(\/?)([A-Za-z]+)(?:\s+[^>]*?)?(\/)?>|([^<]+)/g),
  ];
  let pos = 0;
  const fail = (message: string): ParseResult<PlistValue> => ({
    ok: false,
    issues: [{ file, field: "", message }],
  });
  const nextTag = () => {
    while (pos < tokens.length && tokens[pos][4] !== undefined && !tokens[pos][4].trim()) pos++;
    return tokens[pos];
  };
  const readText = (tag: string): string | undefined => {
    let s = "";
    while (pos < tokens.length && tokens[pos][4] !== undefined) s += tokens[pos++][4];
    const close = tokens[pos++];
    if (!close || close[1] !== "/" || close[2] !== tag) return undefined;
    return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e, body: string) =>
      body[0] === "#"
        ? String.fromCodePoint(
            parseInt(
              body.slice(body[1].toLowerCase() === "x" ? 2 : 1),
              body[1].toLowerCase() === "x" ? 16 : 10,
            ),
          )
        : (ENTITIES[e] ?? e),
    );
  };
  const value = (): PlistValue | Error => {
    const t = nextTag();
    if (!t || t[2] === undefined || t[1])
      return new Error(`unexpected ${t ? t[0].trim() : "end of file"}`);
    pos++;
    const tag = t[2];
    const selfClosing = Boolean(t[3]);
    if (tag === "true" || tag === "false") {
      if (!selfClosing) pos++;
      return tag === "true";
    }
    if (tag === "dict" || tag === "array") {
      if (selfClosing) return tag === "dict" ? {} : [];
      const arr: PlistValue[] = [];
      const obj: Record<string, PlistValue> = {};
      for (;;) {
        const n = nextTag();
        if (!n) return new Error(`unclosed <${tag}>`);
        if (n[1] === "/" && n[2] === tag) {
          pos++;
          return tag === "dict" ? obj : arr;
        }
        let key = "";
        if (tag === "dict") {
          if (n[2] !== "key") return new Error(`expected <key> in <dict>, got ${n[0].trim()}`);
          pos++;
          const k = readText("key");
          if (k === undefined) return new Error("bad <key>");
          key = k;
        }
        const v = value();
        if (v instanceof Error) return v;
        if (tag === "dict") obj[key] = v;
        else arr.push(v);
      }
    }
    const txt = selfClosing ? "" : readText(tag);
    if (txt === undefined) return new Error(`bad <${tag}>`);
    if (tag === "integer" || tag === "real") {
      const num = Number(txt.trim());
      return Number.isFinite(num) ? num : new Error(`<${tag}> "${txt}" is not a number`);
    }
    if (tag === "string" || tag === "date" || tag === "data") return txt;
    return new Error(`unsupported element <${tag}>`);
  };
  const start = nextTag();
  if (!start || start[2] !== "plist") return fail("not an XML plist (no <plist> element)");
  pos++;
  const v = value();
  return v instanceof Error ? fail(v.message) : { ok: true, value: v };
}
