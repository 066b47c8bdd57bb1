/**
 * Practice sets generated from a case's structures vocabulary: one item per structure (click it,
 * name it, or outline it) on the slice where the structure is largest, in a seeded order so that a
 * shared link (`/practice/<case>?seed=…`) gives exactly the same set.
 */
import type { Structure } from "../domain/model/case-manifest";
import { displayName } from "../cases/vocabulary";
import type { QuizItem } from "./item-schema";
import { mulberry32, seededShuffle } from "./seeded-random";

export type PracticeItemType = "click" | "name" | "outline";

export interface PracticeOptions {
  caseId: string;
  structures: readonly Structure[];
  /** Largest axial slice (zero-based k) per structure id; structures missing here are skipped. */
  largestSlice: ReadonlyMap<string, number>;
  seed: string;
  /** Number of items (default: every eligible structure). */
  count?: number;
  /** Item types to draw from (default `["click"]`); each item gets one, chosen by the seed. */
  types?: readonly PracticeItemType[];
  /** Keep only structures under this parent id (any depth), e.g. a lobe or "cortex". */
  under?: string;
  /** Annotation set holding the labelmap. */
  annotationSet?: string;
}

/** True when `s` is `ancestor` or below it in the parent hierarchy (cycles are cut). */
function isUnder(s: Structure, ancestor: string, byId: ReadonlyMap<string, Structure>): boolean {
  const seen = new Set<string>();
  for (
    let cur: Structure | undefined = s;
    cur && !seen.has(cur.id);
    cur = cur.parent ? byId.get(cur.parent) : undefined
  ) {
    if (cur.id === ancestor) return true;
    seen.add(cur.id);
  }
  return false;
}

/** Stable id of a generated item (so progress and "review my mistakes" can find it again). */
export function practiceItemId(caseId: string, type: PracticeItemType, structure: string): string {
  return `gen-${type}-${caseId}-${structure}`.slice(0, 80);
}

/**
 * The practice set for `opts`: eligible structures (present in `largestSlice`, under `under` when
 * given) shuffled with the seed, the first `count` taken, each turned into an item of a seeded type.
 * Same options → same items in the same order. No eligible structure → empty list.
 */
export function generatePracticeSet(opts: PracticeOptions): QuizItem[] {
  const byId = new Map(opts.structures.map((s) => [s.id, s]));
  const eligible = opts.structures
    .filter((s) => opts.largestSlice.has(s.id))
    .filter((s) => !opts.under || (s.id !== opts.under && isUnder(s, opts.under, byId)))
    .sort((a, b) => a.id.localeCompare(b.id));
  const random = mulberry32(`${opts.caseId}:${opts.seed}`);
  const chosen = seededShuffle(eligible, random).slice(0, opts.count ?? eligible.length);
  const types = opts.types?.length ? opts.types : (["click"] as const);
  return chosen.map((s) =>
    practiceItem(
      opts.caseId,
      types[Math.floor(random() * types.length)],
      s,
      opts.largestSlice.get(s.id),
      opts.annotationSet,
    ),
  );
}

/** The generated item of one type about one structure on slice `slice` (id: {@link practiceItemId}). */
export function practiceItem(
  caseId: string,
  type: PracticeItemType,
  s: Structure,
  slice: number | undefined,
  annotationSet?: string,
): QuizItem {
  const common = {
    id: practiceItemId(caseId, type, s.id),
    case: caseId,
    structure: s.id,
    annotationSet,
    slice,
    findSlice: false,
    sliceToleranceMm: 2,
    tags: ["generated"],
  };
  if (type === "name")
    return {
      ...common,
      type,
      mode: "type",
      choices: [],
      accept: [],
      prompt: "Name the highlighted structure.",
    };
  if (type === "outline")
    return {
      ...common,
      type,
      nsdToleranceMm: 2,
      prompt: `Draw the outline of the ${displayName(s)} on this slice.`,
    };
  return { ...common, type: "click", toleranceMm: 0, prompt: `Click the ${displayName(s)}.` };
}

/**
 * Parses a generated item id back into its parts, given the known case ids (ids may contain
 * hyphens, so the longest matching case id wins). Null when the id is not a generated one.
 */
export function parsePracticeItemId(
  id: string,
  caseIds: Iterable<string>,
): { type: PracticeItemType; caseId: string; structure: string } | null {
  const m = /^gen-(click|name|outline)-(.+)$/.exec(id);
  if (!m) return null;
  const caseId = [...caseIds]
    .filter((c) => m[2].startsWith(`${c}-`))
    .sort((a, b) => b.length - a.length)[0];
  return caseId
    ? { type: m[1] as PracticeItemType, caseId, structure: m[2].slice(caseId.length + 1) }
    : null;
}
