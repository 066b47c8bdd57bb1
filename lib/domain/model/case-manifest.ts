/**
 * The case manifest (`content/cases/<id>/case.json`): one imaging study, where its files are, how
 * to window it, where it came from, under which licence, and which annotation sets it has.
 */
import "../../zod-jitless";
import { z } from "zod";
import {
  bodyRegionSchema,
  colorSchema,
  gridSchema,
  httpUrlSchema,
  idSchema,
  modalitySchema,
  publicFileSchema,
} from "./primitives";
import { annotatorSchema } from "./annotator";

/** Where the pixels come from. Files are site paths under `public/`. */
export const imageSourceSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("nifti"),
    file: publicFileSchema,
    highResFile: publicFileSchema.optional(),
  }),
  /** A DICOM series: one file per slice, in slice order. */
  z.object({ kind: z.literal("dicom-series"), files: z.array(publicFileSchema).min(1) }),
  /** A 2D raster photo/scan; pixel spacing in mm (row, column) when known. */
  z.object({
    kind: z.literal("raster"),
    file: publicFileSchema,
    pixelSpacingMm: z.tuple([z.number().positive(), z.number().positive()]).optional(),
  }),
  /** A series on a DICOMweb server (base URL may be a same-origin proxy path like `/dicom-web`). */
  z.object({
    kind: z.literal("dicomweb"),
    baseUrl: z.string().min(1),
    studyInstanceUid: z.string().regex(/^[0-9.]+$/),
    seriesInstanceUid: z.string().regex(/^[0-9.]+$/),
  }),
]);
export type ImageSource = z.infer<typeof imageSourceSchema>;

export const windowPresetSchema = z.object({
  name: z.string().min(1),
  /** Window centre (level) and width in stored-value units (HU for CT). */
  center: z.number(),
  width: z.number().positive(),
});

/** A standard code of a structure (SNOMED CT from DICOM SEG / .seg.nrrd terminology, FMA, …). */
export const structureCodeSchema = z.object({
  scheme: z.enum(["SNOMED-CT", "FMA", "RadLex", "UBERON", "SRT", "DCM", "other"]),
  code: z.string().min(1),
  meaning: z.string().optional(),
});

export const structureSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  codes: z.array(structureCodeSchema).default([]),
  color: colorSchema,
  /** Parent structure id (hierarchy, e.g. lobe > gyrus). */
  parent: idSchema.optional(),
  laterality: z.enum(["left", "right", "midline", "bilateral"]).optional(),
  /** Laterality-free concept id from the case vocabulary (filled from vocabulary.json on load). */
  concept: idSchema.optional(),
  /** Textbook English name without the side, from the case vocabulary (filled on load). */
  textbookName: z.string().min(1).optional(),
});
export type Structure = z.infer<typeof structureSchema>;

/** A patient direction: left, right, anterior, posterior, superior, inferior. */
export const patientLetterSchema = z.enum(["L", "R", "A", "P", "S", "I"]);
const AXIS_OF = { L: 0, R: 0, A: 1, P: 1, S: 2, I: 2 } as const;

export const provenanceSchema = z.object({
  source: z.string().min(1),
  url: httpUrlSchema.optional(),
  doi: z.string().optional(),
  citation: z.string().optional(),
  /** How the files in this repo were derived from the source (conversion, cropping, resampling). */
  derivation: z.string().optional(),
});

export const licenseSchema = z.object({
  /** SPDX id when one exists (e.g. `CC-BY-4.0`), otherwise a short name. */
  name: z.string().min(1),
  url: httpUrlSchema.optional(),
  /** Attribution text that must be shown with the case. */
  attribution: z.string().optional(),
});

export const caseManifestSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    modality: modalitySchema,
    bodyRegion: bodyRegionSchema,
    description: z.string().min(1),
    image: imageSourceSchema,
    /** The reference grid every labelmap and world coordinate of this case refers to. */
    grid: gridSchema,
    windowPresets: z.array(windowPresetSchema).default([]),
    thumbnail: publicFileSchema.optional(),
    provenance: provenanceSchema,
    license: licenseSchema,
    /** How the images were de-identified (or why they need not be). */
    deidentification: z.string().min(1),
    /** Honest label of what the image is, e.g. "synthetic radiograph from CT". */
    imageNature: z.string().optional(),
    /**
     * 2D images only: the patient direction the image's right edge and bottom edge face (e.g. a
     * frontal radiograph: `{ "right": "L", "down": "I" }`), shown as orientation markers. Volumes
     * need none (their grid says it); 2D images without it (photos, microscopy) show no markers.
     */
    displayOrientation: z
      .object({ right: patientLetterSchema, down: patientLetterSchema })
      .refine(
        (o) => AXIS_OF[o.right] !== AXIS_OF[o.down],
        "right and down must lie on different axes (L/R, A/P, S/I)",
      )
      .optional(),
    structures: z.array(structureSchema).default([]),
    annotators: z.array(annotatorSchema).default([]),
    /** Annotation set files, relative to the case folder (e.g. `annotations/aal.json`). */
    annotationSets: z.array(z.string().regex(/^[A-Za-z0-9._\-/]+\.json$/)).default([]),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.structures.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({
          code: "custom",
          path: ["structures", i, "id"],
          message: `duplicate structure id "${s.id}"`,
        });
      ids.add(s.id);
    });
    c.structures.forEach((s, i) => {
      if (s.parent && !ids.has(s.parent))
        ctx.addIssue({
          code: "custom",
          path: ["structures", i, "parent"],
          message: `unknown parent "${s.parent}"`,
        });
    });
    const annotatorIds = new Set<string>();
    c.annotators.forEach((a, i) => {
      if (annotatorIds.has(a.id))
        ctx.addIssue({
          code: "custom",
          path: ["annotators", i, "id"],
          message: `duplicate annotator id "${a.id}"`,
        });
      annotatorIds.add(a.id);
    });
  });
export type CaseManifest = z.infer<typeof caseManifestSchema>;
