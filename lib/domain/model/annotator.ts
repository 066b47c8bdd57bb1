/** Who drew an annotation set. Never call an annotation "expert" unless its source says so. */
import "../../zod-jitless";
import { z } from "zod";
import { idSchema } from "./primitives";

export const annotatorKindSchema = z.enum([
  "expert-atlas",
  "clinician",
  "trainee",
  /** Scientists named as annotators by their source, e.g. PhD students in biology (not clinicians). */
  "researcher",
  "crowd",
  "algorithm",
  "illustrative",
]);
export type AnnotatorKind = z.infer<typeof annotatorKindSchema>;

export const annotatorSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Role or credentials as stated by the source, e.g. "probabilistic atlas, FSL" or "radiologist". */
  role: z.string().min(1),
  kind: annotatorKindSchema,
  citation: z.string().optional(),
  /** How the annotations were made (tool, threshold, by hand…), shown on the case page. */
  method: z.string().optional(),
});
export type Annotator = z.infer<typeof annotatorSchema>;
