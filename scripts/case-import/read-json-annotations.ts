/**
 * Annotation reader for the project's own JSON format (`*.annotations.json`), used for hand-placed
 * landmarks, polygons and boxes. Coordinates are world mm (LPS) on the image grid; for a raster
 * image with identity direction that is (col·colSpacing, row·rowSpacing, 0). Example:
 * `{ "annotator": { "name": "…", "kind": "illustrative", "role": "…", "method": "…" },
 *    "structures": [{ "name": "Nasion", "color": "#ff0000" }],
 *    "landmarks": [{ "structure": "Nasion", "point": [0, -90, 10] }], "polygons": [], "boxes": [] }`
 */
import { z } from "zod";
import { annotatorKindSchema, colorSchema, vec3Schema } from "../../lib/domain/model";
import { parseJsonWith } from "../../lib/domain/parse-result";
import type { AnnotationReader } from "../../lib/importers/types";
import { readText } from "./read-file";

const fileSchema = z
  .object({
    annotator: z
      .object({
        name: z.string().min(1),
        kind: annotatorKindSchema,
        role: z.string().min(1),
        citation: z.string().optional(),
        method: z.string().optional(),
      })
      .optional(),
    structures: z
      .array(
        z.object({
          name: z.string().min(1),
          color: colorSchema.optional(),
          parent: z.string().optional(),
          synonyms: z.array(z.string()).optional(),
          laterality: z.enum(["left", "right", "midline", "bilateral"]).optional(),
        }),
      )
      .min(1),
    landmarks: z
      .array(z.object({ structure: z.string(), point: vec3Schema, label: z.string().optional() }))
      .default([]),
    polygons: z
      .array(
        z.object({
          structure: z.string(),
          points: z.array(vec3Schema).min(3),
          hole: z.boolean().optional(),
        }),
      )
      .default([]),
    boxes: z
      .array(z.object({ structure: z.string(), min: vec3Schema, max: vec3Schema }))
      .default([]),
    notes: z.array(z.string()).optional(),
  })
  .superRefine((f, ctx) => {
    const names = new Set(f.structures.map((s) => s.name));
    (["landmarks", "polygons", "boxes"] as const).forEach((kind) =>
      f[kind].forEach((a, i) => {
        if (!names.has(a.structure))
          ctx.addIssue({
            code: "custom",
            path: [kind, i, "structure"],
            message: `structure "${a.structure}" is not in "structures"`,
          });
      }),
    );
  });

/** Reads a `*.annotations.json` file. */
export const jsonAnnotationsReader: AnnotationReader = async (file) => {
  const text = readText(file);
  if (!text.ok) return text;
  const p = parseJsonWith(fileSchema, text.value, file);
  if (!p.ok) return p;
  const f = p.value;
  return {
    ok: true,
    value: {
      source: file,
      annotator: f.annotator,
      structures: f.structures,
      labelmaps: [],
      landmarks: f.landmarks,
      polygons: f.polygons,
      boxes: f.boxes,
      notes: f.notes,
    },
  };
};
