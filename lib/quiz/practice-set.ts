/**
 * Practice sets generated from a case's structures vocabulary: one item per structure (click it,
 * name it, or outline it) on the slice where the structure is largest, in a seeded order so that a
 * shared link (`/practice/<case>?seed=…`) gives exactly the same set.
 */
import type { Structure } from "../domain/model/case-manifest";
import { displayName } from "../domain/names/vocabulary";
import type { QuizItem } from "./item-schema";
import { mulberry32, seededShuffle } from "./seeded-random";
import type { ReferenceShape } from "./practice-shape";
import type { ViewPlane } from "../domain/model/case-view";

export type PracticeItemType = "click" | "name" | "outline";

export interface PracticeOptions {
  caseId: string;
  structures: readonly Structure[];
  /** Largest slice per structure id in `plane`; structures missing here are skipped. */
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
  /**
   * Whether a structure can carry an item of a type (e.g. a click needs a segmentation; polygons
   * allow outlines only). Default: every type. Structures that allow none of `types` are skipped.
   */
  supports?: (structure: string, type: PracticeItemType) => boolean;
  /** Shape of each structure on its slice; outline prompts then say "both sides" or "parts". */
  shapes?: ReadonlyMap<string, ReferenceShape>;
  /** The plane the items are asked in (default axial); `largestSlice` must be of this plane. */
  plane?: ViewPlane;
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

/**
 * Stable id of a generated item (so progress and "review my mistakes" can find it again); a
 * coronal or sagittal item carries its plane after the type (`gen-click-coronal-<case>-<id>`).
 */
export function practiceItemId(
  caseId: string,
  type: PracticeItemType,
  structure: string,
  plane: ViewPlane = "axial",
): string {
  const p = plane === "axial" ? "" : `${plane}-`;
  return `gen-${type}-${p}${caseId}-${structure}`.slice(0, 80);
}

/**
 * The practice set for `opts`: eligible structures (present in `largestSlice`, under `under` when
 * given, supporting one of `types`) shuffled with the seed, the first `count` taken, each turned
 * into an item of a seeded type among those it supports.
 * Same options → same items in the same order. No eligible structure → empty list.
 */
export function generatePracticeSet(opts: PracticeOptions): QuizItem[] {
  const byId = new Map(opts.structures.map((s) => [s.id, s]));
  const types = opts.types?.length ? opts.types : (["click"] as const);
  const allowed = (s: Structure) =>
    opts.supports ? types.filter((t) => opts.supports?.(s.id, t)) : types;
  const eligible = opts.structures
    .filter((s) => opts.largestSlice.has(s.id) && allowed(s).length > 0)
    .filter((s) => !opts.under || (s.id !== opts.under && isUnder(s, opts.under, byId)))
    .sort((a, b) => a.id.localeCompare(b.id));
  const random = mulberry32(`${opts.caseId}:${opts.seed}`);
  const chosen = seededShuffle(eligible, random).slice(0, opts.count ?? eligible.length);
  const lateralised = opts.structures.some(
    (s) => s.laterality === "left" || s.laterality === "right",
  );
  return chosen.map((s) => {
    const a = allowed(s);
    return practiceItem(
      opts.caseId,
      a[Math.floor(random() * a.length)],
      s,
      opts.largestSlice.get(s.id),
      opts.annotationSet,
      opts.shapes?.get(s.id),
      lateralised,
      opts.plane,
    );
  });
}

/**
 * The outline prompt: "on both sides" when the reference lies in parts on both sides of the
 * midline of a case whose vocabulary has sides (and the structure names none), else the number of
 * separate parts when there are several (item calibration: the prompt must match the reference).
 */
export function outlinePrompt(s: Structure, shape?: ReferenceShape, lateralised = false): string {
  const sided = s.laterality === "left" || s.laterality === "right" || s.laterality === "midline";
  if (shape?.bothSides && lateralised && !sided)
    return `Draw the outline of the ${s.textbookName ?? s.name} on both sides on this slice.`;
  if (shape && shape.parts > 1)
    return `Draw the outline of the ${displayName(s)} on this slice: it shows as ${shape.parts} separate parts here; include them all.`;
  return `Draw the outline of the ${displayName(s)} on this slice.`;
}

/**
 * The generated item of one type about one structure on slice `slice` (id: {@link practiceItemId});
 * `shape` and `lateralised` (the case vocabulary has left/right structures) word outline prompts;
 * `plane` is the plane it is asked in (default axial; `slice` is along that plane's normal).
 */
export function practiceItem(
  caseId: string,
  type: PracticeItemType,
  s: Structure,
  slice: number | undefined,
  annotationSet?: string,
  shape?: ReferenceShape,
  lateralised = false,
  plane: ViewPlane = "axial",
): QuizItem {
  const common = {
    id: practiceItemId(caseId, type, s.id, plane),
    case: caseId,
    structure: s.id,
    annotationSet,
    plane,
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
      prompt: outlinePrompt(s, shape, lateralised),
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
): { type: PracticeItemType; caseId: string; structure: string; plane: ViewPlane } | null {
  const m = /^gen-(click|name|outline)-(?:(coronal|sagittal)-)?(.+)$/.exec(id);
  if (!m) return null;
  const rest = m[3];
  const caseId = [...caseIds]
    .filter((c) => rest.startsWith(`${c}-`))
    .sort((a, b) => b.length - a.length)[0];
  const plane = (m[2] ?? "axial") as ViewPlane;
  return caseId
    ? { type: m[1] as PracticeItemType, caseId, structure: rest.slice(caseId.length + 1), plane }
    : null;
}
