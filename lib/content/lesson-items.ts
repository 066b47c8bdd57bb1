/**
 * The full quiz item list of a lesson, read from its MDX body: every `<Quiz item="…"/>` and every
 * item of every `<QuizSet …/>` (listed with `items="a,b"` or generated from the case vocabulary),
 * in order of appearance, each id once. Lesson mastery is computed over this list, so an item the
 * student never answered counts as not mastered.
 */
import { scanJsxTags } from "./mdx-scan";

/** The props of a `<QuizSet>` tag as written in MDX (`count={8}` read as the number 8). */
export interface QuizSetTagProps {
  case: string;
  items?: string;
  seed?: string;
  count?: number;
  types?: string;
  under?: string;
  /** `coronal` or `sagittal`: a generated set asked in that plane (default axial). */
  plane?: string;
}

/**
 * Item ids of a lesson body. `expandSet` turns a `<QuizSet>` tag's props into its item ids (the
 * server resolves listed ids and runs the seeded generator for generated sets). Quiz tags inside
 * code fences or inline code are ignored; a `<QuizSet>` without `case` is skipped.
 */
export function lessonItemIds(
  body: string,
  expandSet: (props: QuizSetTagProps) => readonly string[],
): string[] {
  // The scanner reads string props only: turn numeric expression props (`count={8}`) into strings.
  const text = body.replace(/([A-Za-z][\w-]*)\s*=\s*\{\s*(\d+)\s*\}/g, '$1="$2"');
  const out = new Set<string>();
  for (const tag of scanJsxTags(text)) {
    const p = tag.props;
    if (tag.name === "Quiz" && p.item) out.add(p.item);
    if (tag.name !== "QuizSet" || !p.case) continue;
    const count = p.count !== undefined ? Number(p.count) : undefined;
    const ids = expandSet({
      case: p.case,
      items: p.items,
      seed: p.seed,
      count: Number.isFinite(count) ? count : undefined,
      types: p.types,
      under: p.under,
      plane: p.plane,
    });
    for (const id of ids) out.add(id);
  }
  return [...out];
}
