/**
 * Format of `public/cases/<id>/rater-spread.json` (written by `npm run rater-spread`, checked by
 * content:check in `rater-spread-file.ts`). Browser-safe: the viewer reads it for the
 * leave-one-out scores and outlier flags of its agreement panel.
 */
import "../zod-jitless";
import { z } from "zod";

const matrix = z.array(z.array(z.number()));

export const structureSpreadSchema = z.object({
  /** The first rater's structure id (the key the viewer and items look the spread up by). */
  structure: z.string(),
  /** Annotator ids, the order of every per-rater array and matrix. */
  annotators: z.array(z.string()).min(2),
  /** Each rater's own structure id (same concept and side, `raterKey`), in annotator order. */
  structures: z.array(z.string()).min(2),
  pairwiseDice: matrix,
  pairwiseHd95Mm: matrix,
  medianHd95Mm: z.number(),
  toleranceMm: z.number(),
  consensusVoxels: z.number().int(),
  sensitivity: z.array(z.number()),
  specificity: z.array(z.number()),
  looDice: z.array(z.number()),
  looNsd: z.array(z.number()),
  passDice: z.number(),
  softHistogram: z.array(z.number().int()),
  outliers: z.array(z.boolean()),
});
export type StructureSpread = z.infer<typeof structureSpreadSchema>;

export const raterSpreadFileSchema = z.object({
  case: z.string(),
  generatedBy: z.string(),
  /** Site path of each labelmap read → its SHA-256 (hex). */
  inputs: z.record(z.string(), z.string()),
  structures: z.array(structureSpreadSchema),
});
export type RaterSpreadFile = z.infer<typeof raterSpreadFileSchema>;

/** Site path of a case's spread file. */
export const raterSpreadPath = (id: string) => `/cases/${id}/rater-spread.json`;
