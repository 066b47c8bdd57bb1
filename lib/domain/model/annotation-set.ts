/**
 * An annotation set file (`content/cases/<id>/annotations/<set>.json`): every annotation one
 * annotator made on one case. Coordinates are world mm (LPS) on the case's reference grid.
 */
import "../../zod-jitless";
import { z } from "zod";
import { idSchema, publicFileSchema, vec3Schema } from "./primitives";

/** A label value of a labelmap (NIfTI on the reference grid) standing for one structure. */
const segmentationSchema = z.object({
  type: z.literal("segmentation"),
  structure: idSchema,
  labelmap: publicFileSchema,
  label: z.number().int().positive(),
  /** `instance`: the label is one object among several of the same structure. */
  mode: z.enum(["semantic", "instance"]).default("semantic"),
});

/**
 * A closed polygon on one slice, vertices in world mm (LPS), not repeating the first vertex.
 * `slice` is the k index on the reference grid the polygon lies on.
 */
const polygonSchema = z.object({
  type: z.literal("polygon"),
  structure: idSchema,
  slice: z.number().int().nonnegative(),
  points: z.array(vec3Schema).min(3),
  /** Polygons with `hole: true` are subtracted (XOR) from the others of the same structure and slice. */
  hole: z.boolean().default(false),
});

/** Axis-aligned box in world mm: [min, max) per axis. For a 2D box, min[2] = max[2] = slice z. */
const boxSchema = z.object({
  type: z.literal("box"),
  structure: idSchema,
  min: vec3Schema,
  max: vec3Schema,
});

const landmarkSchema = z.object({
  type: z.literal("landmark"),
  structure: idSchema,
  point: vec3Schema,
  label: z.string().optional(),
});

export const annotationSchema = z.discriminatedUnion("type", [
  segmentationSchema,
  polygonSchema,
  boxSchema,
  landmarkSchema,
]);
export type Annotation = z.infer<typeof annotationSchema>;

/**
 * How a set was made (the seed's "guidelines"), shown beside the set on the case page. Each field
 * is text from the set's source; what the source does not say is written "not stated by the
 * source". content:check requires it on every shipped set (optional here for test fixtures).
 */
export const protocolSchema = z.object({
  /** The guideline or definition the rater followed (text or a link). */
  guideline: z.string().min(1),
  /** The drawing or computing tool. */
  tool: z.string().min(1),
  /** The rater's training (or "not applicable" for a program). */
  training: z.string().min(1),
});
export type Protocol = z.infer<typeof protocolSchema>;

export const annotationSetSchema = z.object({
  id: idSchema,
  annotator: idSchema,
  description: z.string().optional(),
  /**
   * Structures generated practice sets must not ask about: `"all"` (e.g. a data-driven
   * parcellation whose labels are numbered clusters, not anatomy) or a list of structure ids (e.g.
   * a template artefact). Hand-written items may still use them.
   */
  practiceExclude: z.union([z.literal("all"), z.array(idSchema)]).optional(),
  /**
   * An adjudicated (senior-review) reference: items on its structures that name no annotation set
   * are graded against it, while the other raters' spread still sets the tolerance and pass mark
   * (lib/domain/README.md "Adjudicated reference").
   */
  adjudicated: z.boolean().optional(),
  protocol: protocolSchema.optional(),
  annotations: z.array(annotationSchema),
});
export type AnnotationSet = z.infer<typeof annotationSetSchema>;
