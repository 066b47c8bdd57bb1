/**
 * The structures a calibration probes as "clearly wrong": the contralateral partner (the same
 * structure on the other side, found by name pairing) and the nearest other structure on the slice
 * (smallest distance between centroids). Pure.
 */
import type { Structure } from "../../domain/model/case-manifest";

/**
 * `text` with its side swapped, or null when it names no side. Sides are read as whole words
 * `left`/`right` (any case), an `_L`/`_R` (or `-L`/`-R`, ` L`/` R`) suffix or infix as atlases write
 * them (`Precentral_L`, `Cingulum_Ant_R`), and a trailing `-left`/`-right` id part.
 */
export function swapSide(text: string): string | null {
  let changed = false;
  const swapped = text
    .replace(/\b(left|right)\b/gi, (w) => {
      changed = true;
      const to = w.toLowerCase() === "left" ? "right" : "left";
      if (w === w.toUpperCase()) return to.toUpperCase();
      return w[0] === w[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
    })
    .replace(/([_\- ])([LR])(?=$|[_\- .])/g, (_m, sep: string, s: string) => {
      changed = true;
      return sep + (s === "L" ? "R" : "L");
    });
  return changed ? swapped : null;
}

/**
 * The contralateral partner of `id` in `structures`: the structure whose id, name or one of whose
 * synonyms equals the side-swapped id, name or a side-swapped synonym of the target. Undefined when
 * the target names no side or no partner exists (midline and bilateral labels have none).
 */
export function contralateralPartner(
  structures: readonly Structure[],
  id: string,
): Structure | undefined {
  const s = structures.find((x) => x.id === id);
  if (!s || s.laterality === "midline" || s.laterality === "bilateral") return undefined;
  const wanted = new Set(
    [s.id, s.name, ...s.synonyms].map(swapSide).filter((t): t is string => t !== null),
  );
  if (!wanted.size) return undefined;
  return structures.find(
    (x) =>
      x.id !== s.id &&
      (wanted.has(x.id) || wanted.has(x.name) || x.synonyms.some((y) => wanted.has(y))),
  );
}

/** True when `a` is `b` or one is an ancestor of the other in the parent hierarchy. */
export function related(structures: readonly Structure[], a: string, b: string): boolean {
  const byId = new Map(structures.map((s) => [s.id, s]));
  const isAncestor = (anc: string, of: string) => {
    const seen = new Set<string>();
    for (let cur = byId.get(of); cur && !seen.has(cur.id); cur = byId.get(cur.parent ?? "")) {
      if (cur.id === anc) return true;
      seen.add(cur.id);
    }
    return false;
  };
  return a === b || isAncestor(a, b) || isAncestor(b, a);
}

/**
 * Of `candidates` (structure id → centroid, any one unit), the id nearest to `target` by Euclidean
 * distance between centroids; ties go to the id first in `candidates` order. Undefined when empty.
 */
export function nearestByCentroid(
  target: readonly number[],
  candidates: ReadonlyMap<string, readonly number[]>,
): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const [id, c] of candidates) {
    let d = 0;
    for (let a = 0; a < target.length; a++) d += (c[a] - target[a]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best;
}
