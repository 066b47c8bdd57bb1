/**
 * Reads a `--safe-private` file: a JSON array of `{ "creator": "ACME 1.0", "group": "0029",
 * "element": "01" }` (hex group odd, element byte 00–FF). Any problem is one line naming the file.
 */
import fs from "node:fs";
import type { SafePrivateTag } from "../../lib/deid/private-filter";

/** The safe list, or one line naming `file` and the problem. */
export function readSafePrivate(
  file: string,
): { ok: true; value: SafePrivateTag[] } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code ? `cannot be read (${err.code})` : `not valid JSON (${err.message})`;
    return { ok: false, error: `${file}: ${why}` };
  }
  if (!Array.isArray(raw))
    return { ok: false, error: `${file}: expected a JSON array of {creator, group, element}` };
  const out: SafePrivateTag[] = [];
  for (const [i, s] of raw.entries()) {
    const e = (s ?? {}) as Record<string, unknown>;
    const { creator, group, element } = e;
    const hex = (v: unknown, digits: number) =>
      typeof v === "string" && new RegExp(`^[0-9a-fA-F]{1,${digits}}$`).test(v)
        ? parseInt(v, 16)
        : NaN;
    const g = hex(group, 4);
    const el = hex(element, 2);
    if (typeof creator !== "string" || !creator.trim() || !(g % 2 === 1) || Number.isNaN(el))
      return {
        ok: false,
        error: `${file}: entry ${i} must be {"creator": non-empty text, "group": odd hex like "0029", "element": hex byte like "01"}`,
      };
    out.push({ creator: creator.trim(), group: g, element: el });
  }
  return { ok: true, value: out };
}
