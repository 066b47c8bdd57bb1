/**
 * A vocabulary entry made from what an annotation source carries: the label name (side read from
 * it and cut off), the structure's other names and its codes (SNOMED CT from DICOM SEG or
 * .seg.nrrd terminology). Used by case import and as the fallback of the vocabulary builder.
 */
import type { Structure } from "../model/case-manifest";
import type { VocabularyEntry, VocabularyLaterality } from "../model/vocabulary";
import { lateralityFromName, readableName } from "./laterality";
import { kebabId } from "./structure-id";

/**
 * A label name without its side: "Frontal_Mid_L" → "Frontal Mid", "Left Kidney" → "Kidney",
 * "lh.insula" → "insula". Names without a side only lose underscores and extra spaces.
 */
export function nameWithoutSide(name: string): string {
  const readable = readableName(name.replace(/^(lh|rh)\./i, (m) => (m[0] === "l" ? "L_" : "R_")));
  return readable
    .replace(/,\s*(left|right)$/i, "")
    .replace(/(^|\s)(left|right)(\s|$)/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Liver" → "liver" (a capital followed by lower case only); "MCA", "Heschl's gyrus" unchanged. */
function sentenceCase(name: string): string {
  return /^[A-Z][a-z]/.test(name) && !/^[A-Z][a-z]+'s\b/.test(name)
    ? name[0].toLowerCase() + name.slice(1)
    : name;
}

/**
 * The entry of `s` from its own names: textbook name = the name without side in sentence case,
 * concept = its kebab id, synonyms = every other name without side, laterality = the structure's
 * (else read from the name, else `none`), codes = the structure's.
 */
export function entryFromLabel(s: Structure): VocabularyEntry {
  const side: VocabularyLaterality =
    s.laterality ?? lateralityFromName(s.synonyms[0] ?? s.name) ?? "none";
  const name = sentenceCase(nameWithoutSide(s.name)) || s.name;
  const synonyms = [...new Set([s.name, ...s.synonyms].map(nameWithoutSide))].filter(
    (n) => n && n.toLowerCase() !== name.toLowerCase(),
  );
  return {
    structure: s.id,
    concept: kebabId(name),
    name,
    laterality: side,
    synonyms,
    codes: s.codes,
  };
}
