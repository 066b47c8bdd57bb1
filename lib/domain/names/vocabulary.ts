/**
 * The case vocabulary applied to a manifest's structures, and the textbook name of a structure with
 * its side ("left precentral gyrus"). Pure: the loader reads the file, this merges.
 */
import type { CaseManifest, Structure } from "../model/case-manifest";
import type { Vocabulary } from "../model/vocabulary";

/** One problem of a vocabulary against its manifest (field is a dotted path in vocabulary.json). */
export interface VocabularyProblem {
  field: string;
  message: string;
}

/**
 * Structures with their vocabulary entry merged in: `textbookName`, `concept`, `laterality`
 * (`none` clears it), synonyms and codes appended (duplicates dropped). Structures without an entry
 * are returned unchanged. Entries naming an unknown structure, and structures without an entry,
 * are reported as problems.
 */
export function applyVocabulary(
  manifest: CaseManifest,
  vocabulary: Vocabulary,
): { structures: Structure[]; problems: VocabularyProblem[] } {
  const problems: VocabularyProblem[] = [];
  if (vocabulary.case !== manifest.id)
    problems.push({
      field: "case",
      message: `"${vocabulary.case}" is not this case ("${manifest.id}")`,
    });
  const ids = new Set(manifest.structures.map((s) => s.id));
  vocabulary.entries.forEach((e, i) => {
    if (!ids.has(e.structure))
      problems.push({
        field: `entries.${i}.structure`,
        message: `unknown structure "${e.structure}" (not in case.json structures)`,
      });
  });
  const byId = new Map(vocabulary.entries.map((e) => [e.structure, e]));
  const structures = manifest.structures.map((s): Structure => {
    const e = byId.get(s.id);
    if (!e) {
      problems.push({ field: "entries", message: `no entry for structure "${s.id}"` });
      return s;
    }
    const codes = [...s.codes];
    for (const c of e.codes)
      if (!codes.some((x) => x.scheme === c.scheme && x.code === c.code)) codes.push(c);
    const merged: Structure = {
      ...s,
      textbookName: e.name,
      concept: e.concept,
      synonyms: [...new Set([...s.synonyms, ...e.synonyms])],
      codes,
    };
    if (e.laterality === "none") delete merged.laterality;
    else merged.laterality = e.laterality;
    return merged;
  });
  return { structures, problems };
}

/**
 * The name to show and write in sentences: the textbook name with its side in front ("left
 * precentral gyrus"), "(both sides)" after it for a label covering both hemispheres, the textbook
 * name alone for midline or side-less structures; the manifest name when there is no vocabulary.
 */
export function displayName(s: Pick<Structure, "name" | "textbookName" | "laterality">): string {
  if (!s.textbookName) return s.name;
  if (s.laterality === "left" || s.laterality === "right")
    return `${s.laterality} ${s.textbookName}`;
  if (s.laterality === "bilateral") return `${s.textbookName} (both sides)`;
  return s.textbookName;
}
