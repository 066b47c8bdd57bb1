/**
 * Lesson frontmatter (`content/lessons/*.mdx`), validated before every build with messages that
 * name the file, the field and the reason. Mirrors the field list of contentlayer.config.ts.
 */
import "../zod-jitless";
import { z } from "zod";
import { idSchema, modalitySchema } from "../domain/model/primitives";

export const difficultySchema = z.enum(["intro", "intermediate", "advanced"]);
export type Difficulty = z.infer<typeof difficultySchema>;

export const lessonAuthorSchema = z.object({
  name: z.string().min(1),
  /** e.g. "author", "reviewer", "radiologist", "anatomist". */
  role: z.string().min(1),
});

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10),
    modalities: z.array(modalitySchema).min(1),
    regions: z.array(z.string().min(1)).min(1),
    difficulty: difficultySchema,
    objectives: z.array(z.string().min(3)).min(1),
    cases: z.array(idSchema),
    authors: z.array(lessonAuthorSchema).min(1),
    license: z.string().min(1),
    date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must be a YYYY-MM-DD date"), z.date()]),
    draft: z.boolean().default(false),
    /** Position in the lesson sequence (prev/next); lower first. */
    order: z.number().optional(),
  })
  .strict();
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
