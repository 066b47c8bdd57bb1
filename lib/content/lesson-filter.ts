/**
 * Lesson index filtering from URL query parameters, so a filtered view can be shared as a link.
 * Query: `?modality=CT&region=head&difficulty=intro&q=window` (each optional; unknown values ignored).
 */
import { modalitySchema, type Modality } from "../domain/model/primitives";
import { difficultySchema, type Difficulty } from "./lesson-frontmatter";

export interface LessonSummary {
  slug: string;
  title: string;
  summary: string;
  modalities: Modality[];
  regions: string[];
  difficulty: Difficulty;
  objectives: string[];
}

export interface LessonFilter {
  modality?: Modality;
  region?: string;
  difficulty?: Difficulty;
  /** Free text, matched case-insensitively against title, summary, objectives and regions (all words must match). */
  q?: string;
}

type Query = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim() : undefined;
}

/** Reads a filter from URL search params; invalid enum values are dropped, not errors. */
export function parseLessonFilter(query: Query): LessonFilter {
  const m = modalitySchema.safeParse(first(query.modality));
  const d = difficultySchema.safeParse(first(query.difficulty));
  return {
    modality: m.success ? m.data : undefined,
    region: first(query.region)?.toLowerCase(),
    difficulty: d.success ? d.data : undefined,
    q: first(query.q),
  };
}

/** Lessons matching every set criterion, in the given order. */
export function filterLessons<T extends LessonSummary>(
  lessons: readonly T[],
  f: LessonFilter,
): T[] {
  const words = (f.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return lessons.filter((l) => {
    if (f.modality && !l.modalities.includes(f.modality)) return false;
    if (f.region && !l.regions.some((r) => r.toLowerCase() === f.region)) return false;
    if (f.difficulty && l.difficulty !== f.difficulty) return false;
    if (!words.length) return true;
    const hay = [l.title, l.summary, ...l.objectives, ...l.regions, ...l.modalities]
      .join(" ")
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The query string of a filter (stable key order), without the leading `?`; empty when no filter. */
export function lessonFilterQuery(f: LessonFilter): string {
  const p = new URLSearchParams();
  if (f.modality) p.set("modality", f.modality);
  if (f.region) p.set("region", f.region);
  if (f.difficulty) p.set("difficulty", f.difficulty);
  if (f.q) p.set("q", f.q);
  return p.toString();
}
