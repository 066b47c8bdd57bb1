/** One hand-curated row of the vocabulary tables (see build-vocabulary.ts). */
import type { VocabularyLaterality } from "../../lib/domain/model/vocabulary";

export interface NameRow {
  /** The source's label without its side (`Precentral` for AAL `Precentral_L`), or a structure id. */
  key: string;
  concept: string;
  /** Textbook English name without a side. */
  name: string;
  synonyms: string[];
  partOf?: string;
  /** Side when the label itself says none (midline vermis, a label over both hemispheres). */
  side?: VocabularyLaterality;
}

/** A row: `key`, concept id, textbook name, synonyms, and optional `partOf` / `side`. */
export const row = (
  key: string,
  concept: string,
  name: string,
  synonyms: string[] = [],
  extra: Partial<NameRow> = {},
): NameRow => ({ key, concept, name, synonyms, ...extra });
