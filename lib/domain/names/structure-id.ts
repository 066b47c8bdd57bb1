/** Stable, URL-safe ids for structures, annotation sets and annotators, derived from names. */

/**
 * Kebab-case id of a name: ASCII-folded, lower-case, runs of other characters become one hyphen.
 * Ids longer than 80 characters keep their start and their last word (often the side:
 * "…-fasciculus-right"), joined by a hyphen, 80 characters in all. Names with fewer than 2 usable characters get `fallback`-prefixed
 * ("x" → "structure-x"); an empty name yields `fallback`.
 */
export function kebabId(name: string, fallback = "structure"): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/'/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const id = base.length >= 2 ? base : base ? `${fallback}-${base}` : fallback;
  if (id.length <= 80) return id;
  const last = id.slice(id.lastIndexOf("-") + 1).slice(0, 20);
  return `${id.slice(0, 79 - last.length).replace(/-+$/, "")}-${last}`;
}

/**
 * Ids for a list of names, unique within the list and against `taken`: a repeated id gets `-2`,
 * `-3`… in order of appearance. `taken` is not modified.
 */
export function uniqueIds(
  names: readonly string[],
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const used = new Set(taken);
  return names.map((n) => {
    const base = kebabId(n);
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base.slice(0, 76)}-${i}`;
    used.add(id);
    return id;
  });
}
