/** Computed fields of a lesson (pure functions; used by contentlayer.config.ts and tests). */

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** URL-safe id of a heading, matching the ids the lesson page renders (`## Deep grey` → `deep-grey`). */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^a-z0-9\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-");
}

/** Slug of a lesson: its file name without folders (`lessons/ct/ct-windowing` → `ct-windowing`); unique across lessons (checked). */
function slug(flattenedPath: string): string {
  return flattenedPath.split("/").pop() ?? flattenedPath;
}

/** Words of prose at 200 words per minute, rounded up; JSX tags and code fences do not count. */
function readingMinutes(raw: string): number {
  const prose = raw.replace(/```[\s\S]*?```/g, " ").replace(/<[^>]+>/g, " ");
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return Math.max(1, Math.ceil(words / 200));
}

/** `##` and `###` headings outside code fences, in order. */
function toc(raw: string): TocEntry[] {
  const out: TocEntry[] = [];
  let inFence = false;
  for (const line of raw.split("\n")) {
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    if (inFence) continue;
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) out.push({ depth: m[1].length as 2 | 3, text: m[2], id: headingId(m[2]) });
  }
  return out;
}

export const lessonComputed = { slug, readingMinutes, toc, headingId };
