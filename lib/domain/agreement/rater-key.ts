/**
 * Which structures of a case count as the same thing for the raters' spread: two annotators
 * "rate" one structure when their structures share the vocabulary's concept id and side
 * (e.g. AAL's `precentral-left` and the split Harvard-Oxford `precentral-gyrus-left`, both concept
 * `precentral-gyrus`, left). A structure without a concept is only itself. Laterality is part of
 * the key, so a bilateral label never pairs with a one-sided one, and a side-less concept (no
 * laterality) pairs only with side-less ones. Which concepts are shared is decided by the
 * vocabulary: concepts whose definitions differ (Brodmann areas vs gyri) have different ids.
 */
import type { Structure } from "../model/case-manifest";

type Keyed = Pick<Structure, "id" | "concept" | "laterality">;

/** The rater key of a structure: `concept@side` (side `none` when unset), or `#id` without a concept. */
export function raterKey(s: Keyed): string {
  return s.concept ? `${s.concept}@${s.laterality ?? "none"}` : `#${s.id}`;
}

/**
 * Structure id → the ids sharing its rater key (itself included, in manifest order). Ids not in
 * `structures` are absent; callers treat them as a group of one.
 */
export function raterPeers(structures: readonly Keyed[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const s of structures) {
    const k = raterKey(s);
    byKey.set(k, [...(byKey.get(k) ?? []), s.id]);
  }
  return new Map(structures.map((s) => [s.id, byKey.get(raterKey(s))!]));
}

/** The ids rated together with `id` (just `[id]` when the structure is unknown). */
export function peersOf(peers: ReadonlyMap<string, readonly string[]>, id: string): string[] {
  return [...(peers.get(id) ?? [id])];
}
