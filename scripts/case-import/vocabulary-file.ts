/**
 * The case vocabulary written by case import: a new case gets an entry per structure from what
 * the source carries (label names, sides, SEG / .seg.nrrd codes; lib/domain/names/vocabulary-from-label);
 * an existing vocabulary.json keeps its (possibly hand-curated) entries for structures that still
 * exist, gains entries for new structures and loses those of structures that are gone. Reruns
 * that change nothing leave the file byte-identical.
 */
import fs from "node:fs";
import path from "node:path";
import { entryFromLabel } from "../../lib/domain/names/vocabulary-from-label";
import { vocabularySchema, type CaseManifest, type VocabularyEntry } from "../../lib/domain/model";

/**
 * The text `<root>/<contentDir>/vocabulary.json` should have for `manifest` (see the file comment),
 * with the current text (`before`, undefined when there is none); `invalid` when the existing file
 * does not parse (it must then be left untouched).
 */
export function vocabularyText(
  root: string,
  contentDir: string,
  manifest: Pick<CaseManifest, "id" | "structures">,
): { text: string; before?: string } | "invalid" {
  const file = path.join(root, contentDir, "vocabulary.json");
  const old = new Map<string, VocabularyEntry>();
  const before = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (before) {
    let parsed;
    try {
      parsed = vocabularySchema.safeParse(JSON.parse(before));
    } catch {
      parsed = undefined;
    }
    // A broken file is left as it is (content:check names the problem): nothing curated is lost.
    if (!parsed?.success) return "invalid";
    for (const e of parsed.data.entries) old.set(e.structure, e);
  }
  const entries = manifest.structures.map((s) => old.get(s.id) ?? entryFromLabel(s));
  return { text: `${JSON.stringify({ case: manifest.id, entries }, null, 2)}\n`, before };
}

/**
 * Writes `<root>/<contentDir>/vocabulary.json`; returns what happened (`invalid`: the existing
 * file does not parse and was left untouched).
 */
export function updateVocabulary(
  root: string,
  contentDir: string,
  manifest: CaseManifest,
): "created" | "updated" | "unchanged" | "invalid" {
  const v = vocabularyText(root, contentDir, manifest);
  if (v === "invalid") return "invalid";
  if (v.text === v.before) return "unchanged";
  fs.writeFileSync(path.join(root, contentDir, "vocabulary.json"), v.text);
  return v.before ? "updated" : "created";
}
