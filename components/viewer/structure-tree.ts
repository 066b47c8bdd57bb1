/** Hierarchy and search of the structure panel (pure helpers). */
import type { Structure } from "@/lib/domain/model";

export interface TreeNode {
  structure: Structure;
  children: TreeNode[];
}

/**
 * Structures as a forest by `parent`, keeping only those annotated (in `covered`) or with an
 * annotated descendant, and, when `query` is non-empty, only matches (name or synonym, case-
 * insensitive substring) and their ancestors. Order follows the manifest.
 */
export function structureForest(
  structures: readonly Structure[],
  covered: ReadonlySet<string>,
  query: string,
): TreeNode[] {
  const q = query.trim().toLowerCase();
  const ids = new Set(structures.map((s) => s.id));
  const kids = new Map<string, Structure[]>();
  for (const s of structures) {
    const p = s.parent && ids.has(s.parent) ? s.parent : "";
    kids.set(p, [...(kids.get(p) ?? []), s]);
  }
  const matches = (s: Structure) =>
    !q || s.name.toLowerCase().includes(q) || s.synonyms.some((y) => y.toLowerCase().includes(q));
  const build = (s: Structure, ancestorMatched: boolean): TreeNode | null => {
    const self = matches(s);
    const children = (kids.get(s.id) ?? [])
      .map((c) => build(c, ancestorMatched || (self && !!q)))
      .filter((n): n is TreeNode => !!n);
    const keep = children.length > 0 || (covered.has(s.id) && (self || ancestorMatched));
    return keep ? { structure: s, children } : null;
  };
  return (kids.get("") ?? []).map((s) => build(s, false)).filter((n): n is TreeNode => !!n);
}

/** Ids of a node and all its descendants. */
export function subtreeIds(n: TreeNode): string[] {
  return [n.structure.id, ...n.children.flatMap(subtreeIds)];
}
