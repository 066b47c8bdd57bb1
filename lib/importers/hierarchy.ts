/**
 * Parent–child hierarchies for imported structures (e.g. lobe > gyrus), read from a two-column
 * table: `parent<TAB>child` per line, `#` comments and blank lines ignored. A child is matched by
 * its structure name or any synonym (so atlas spellings like `Frontal_Sup_L` work); a parent that
 * is not a structure yet is created (no colour given: the CLI picks one), and may itself have a parent.
 */
import type { ContentIssue, ParseResult } from "../domain/parse-result";
import type { ImportedAnnotations, ImportedStructure } from "./types";

export interface HierarchyLink {
  parent: string;
  child: string;
  line: number;
}

/** Parses the table; a line without exactly two non-empty tab-separated columns is an issue. */
export function parseHierarchy(text: string, file: string): ParseResult<HierarchyLink[]> {
  const issues: ContentIssue[] = [];
  const links: HierarchyLink[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const cols = raw.split("\t").map((c) => c.trim());
    if (cols.length !== 2 || !cols[0] || !cols[1]) {
      issues.push({ file, field: `line ${i + 1}`, message: "expected `parent<TAB>child`" });
      return;
    }
    links.push({ parent: cols[0], child: cols[1], line: i + 1 });
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: links };
}

/**
 * Returns a copy of `imp` with parents set and missing parents added (after the existing structures,
 * in order of first mention). Refuses children that match no structure, a child given two parents,
 * and cycles.
 */
export function applyHierarchy(
  imp: ImportedAnnotations,
  links: HierarchyLink[],
  file: string,
): ParseResult<ImportedAnnotations> {
  const structures: ImportedStructure[] = imp.structures.map((s) => ({ ...s }));
  const byName = new Map<string, ImportedStructure>();
  for (const s of structures)
    for (const n of [s.name, ...(s.synonyms ?? [])]) if (!byName.has(n)) byName.set(n, s);
  const issues: ContentIssue[] = [];
  for (const l of links)
    if (!byName.has(l.parent)) {
      const p: ImportedStructure = { name: l.parent };
      structures.push(p);
      byName.set(l.parent, p);
    }
  for (const l of links) {
    const child = byName.get(l.child);
    const field = `line ${l.line}`;
    if (!child)
      issues.push({
        file,
        field,
        message: `child "${l.child}" is not a structure of ${imp.source}`,
      });
    else if (child.parent && child.parent !== l.parent)
      issues.push({ file, field, message: `"${l.child}" already has parent "${child.parent}"` });
    else child.parent = byName.get(l.parent)!.name;
  }
  const parentOf = new Map(structures.map((s) => [s.name, s.parent]));
  for (const s of structures) {
    const seen = new Set<string>();
    for (let n: string | undefined = s.name; n; n = parentOf.get(n)) {
      if (seen.has(n)) {
        issues.push({ file, field: "", message: `cycle through "${n}"` });
        break;
      }
      seen.add(n);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: { ...imp, structures } };
}
