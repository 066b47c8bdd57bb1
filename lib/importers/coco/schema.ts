/** The parts of a COCO annotation file the importer reads (extra fields are allowed and ignored). */
import "../../zod-jitless";
import { z } from "zod";

const rleSchema = z.object({
  counts: z.union([z.array(z.number().int().nonnegative()), z.string()]),
  size: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});

export const cocoSchema = z.object({
  images: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      file_name: z.string(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    }),
  ),
  categories: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      name: z.string().min(1),
      keypoints: z.array(z.string()).optional(),
      color: z.string().optional(),
    }),
  ),
  annotations: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      image_id: z.union([z.number(), z.string()]),
      category_id: z.union([z.number(), z.string()]),
      segmentation: z.union([z.array(z.array(z.number())), rleSchema]).optional(),
      bbox: z
        .tuple([z.number(), z.number(), z.number().nonnegative(), z.number().nonnegative()])
        .optional(),
      keypoints: z.array(z.number()).optional(),
      attributes: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});
export type CocoFile = z.infer<typeof cocoSchema>;
export type CocoAnnotation = CocoFile["annotations"][number];
