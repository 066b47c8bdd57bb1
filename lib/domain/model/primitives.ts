/**
 * Shared zod primitives of the domain model.
 *
 * Conventions used everywhere in `lib/domain`:
 * - World coordinates are patient LPS in millimetres (DICOM convention: +x = patient left,
 *   +y = posterior, +z = superior). NIfTI files (RAS) are converted on read: x_lps = -x_ras,
 *   y_lps = -y_ras, z_lps = z_ras.
 * - Voxel indices are zero-based (i, j, k) = (column, row, slice); a voxel's world position is its
 *   centre.
 */
import "../../zod-jitless";
import { z } from "zod";

/** A stable, URL-safe identifier: lower-case letters, digits and hyphens, 2–80 characters. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "must be lower-case letters, digits and hyphens (2–80)");

/** `#rrggbb` colour. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour");

/** A point in world millimetres (LPS). */
export const vec3Schema = z.tuple([z.number(), z.number(), z.number()]);

/** A path to a browser file, relative to `public/` and starting with `/` (e.g. `/cases/x/y.nii.gz`). */
export const publicFileSchema = z
  .string()
  .regex(/^\/[A-Za-z0-9._\-/]+$/, "must be an absolute site path like /cases/<id>/file.nii.gz")
  .refine((p) => !p.includes(".."), "must not contain ..");

/**
 * An absolute http(s) URL for links shown to readers (sources, licences). Other schemes
 * (`javascript:`, `data:`, `file:` …) are refused: the page renders these as `<a href>`.
 */
export const httpUrlSchema = z
  .string()
  .url()
  .refine((u) => /^https?:$/.test(new URL(u).protocol), "must be an http:// or https:// URL");

/** MICRO: light microscopy of cells in culture (not tissue pathology), e.g. phase contrast. */
export const modalitySchema = z.enum(["MR", "CT", "XR", "US", "PATH", "PHOTO", "MICRO"]);
export type Modality = z.infer<typeof modalitySchema>;

export const bodyRegionSchema = z.enum([
  "head",
  "neck",
  "chest",
  "abdomen",
  "pelvis",
  "spine",
  "upper-limb",
  "lower-limb",
  "eye",
  "gastrointestinal",
  "whole-body",
  /** Cells grown in a dish (in vitro), not a body region. */
  "cell-culture",
]);
export type BodyRegion = z.infer<typeof bodyRegionSchema>;

/** Image grid geometry. `direction` is row-major 3×3 whose columns are the i, j, k axes in LPS. */
export const gridSchema = z.object({
  /** Voxel counts along i, j, k (k = 1 for 2D images). */
  dims: z.tuple([
    z.number().int().positive(),
    z.number().int().positive(),
    z.number().int().positive(),
  ]),
  /** Voxel size in mm along i, j, k. */
  spacing: z.tuple([z.number().positive(), z.number().positive(), z.number().positive()]),
  /** World position (LPS mm) of the centre of voxel (0, 0, 0). */
  origin: vec3Schema,
  /** Direction cosines, row-major 3×3; column c is the unit world vector of index axis c. */
  direction: z.array(z.number()).length(9),
});
export type GridSpec = z.infer<typeof gridSchema>;
