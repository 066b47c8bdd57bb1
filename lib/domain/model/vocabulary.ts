/**
 * A case's structure vocabulary (`content/cases/<id>/vocabulary.json`): for every structure of the
 * case, the textbook English name without the side, the side as a separate part, the names students
 * also write (abbreviations, Latin, atlas spellings) and standard codes where the source gives them.
 * `concept` is laterality-free and shared across atlases for the same anatomical entity
 * ("precentral-gyrus" for AAL Precentral_L, Precentral_R and Harvard-Oxford's Precentral Gyrus).
 */
import "../../zod-jitless";
import { z } from "zod";
import { idSchema } from "./primitives";
import { structureCodeSchema } from "./case-manifest";

/** Side of a structure: `none` for structures where a side does not apply (a lesion, a gland). */
export const vocabularyLateralitySchema = z.enum(["left", "right", "bilateral", "midline", "none"]);
export type VocabularyLaterality = z.infer<typeof vocabularyLateralitySchema>;

export const vocabularyEntrySchema = z.object({
  structure: idSchema,
  concept: idSchema,
  /** Textbook English name without a side, as it reads inside a sentence ("precentral gyrus"). */
  name: z.string().min(1),
  laterality: vocabularyLateralitySchema,
  /** Other names without a side: abbreviations, Latin (Terminologia Anatomica), atlas spellings. */
  synonyms: z.array(z.string().min(1)).default([]),
  codes: z.array(structureCodeSchema).default([]),
  /** Concept this structure is a part of (a division of a gyrus, a cluster of a parcellation). */
  partOf: idSchema.optional(),
});
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

export const vocabularySchema = z
  .object({ case: idSchema, entries: z.array(vocabularyEntrySchema) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.entries.forEach((e, i) => {
      if (seen.has(e.structure))
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "structure"],
          message: `duplicate entry for structure "${e.structure}"`,
        });
      seen.add(e.structure);
    });
  });
export type Vocabulary = z.infer<typeof vocabularySchema>;
