/**
 * The options of `npm run case:import`: their types, the usage text and the flag tables. Options
 * that describe one annotation file (`--labels`, `--hierarchy`, `--set-id`, `--annotator-*`,
 * `--set-description`, `--resample-nearest`, `--annotator-name-from-file`) apply to the `--annotations PATH` they follow; given
 * before any `--annotations` they are defaults for all.
 */
import type { AnnotatorKind, BodyRegion, Modality } from "../../lib/domain/model";

export interface AnnotationArg {
  path: string;
  labels?: string;
  /** `parent<TAB>child` table giving the structures a hierarchy (lib/importers/hierarchy.ts). */
  hierarchy?: string;
  setId?: string;
  annotatorName?: string;
  annotatorKind?: AnnotatorKind;
  annotatorRole?: string;
  annotatorCitation?: string;
  annotatorMethod?: string;
  description?: string;
  /** COCO: the image of a multi-image file (file name or numeric id). */
  sourceImage?: string;
  /** COCO: the rater (`attributes.annotator`) of a multi-rater file. */
  sourceRater?: string;
  /** Allow nearest-neighbour resampling onto the image grid when the grids differ. */
  resampleNearest?: boolean;
  /**
   * Publish the person's name the file gives as its annotator (DICOM SEG ContentCreatorName)
   * instead of requiring `--annotator-name`.
   */
  annotatorNameFromFile?: boolean;
}

export interface ImportOptions {
  id: string;
  image: string;
  highRes?: string;
  pixelSpacing?: [number, number];
  annotations: AnnotationArg[];
  title: string;
  description: string;
  modality: Modality;
  region: BodyRegion;
  license: string;
  licenseUrl?: string;
  licenseFile?: string;
  attribution?: string;
  source: string;
  sourceUrl?: string;
  citation?: string;
  derivation?: string;
  deidentification: string;
  imageNature?: string;
  /** `--display-orientation RIGHT,DOWN` (2D images): patient directions of the right and bottom edges. */
  displayOrientation?: { right: string; down: string };
  windows: { name: string; center: number; width: number }[];
  force: boolean;
  /** The educator checked DICOM pixels flagged for burned-in text (see dicom-review.ts). */
  pixelsReviewed: boolean;
  /** Command shown in SOURCE.md to regenerate the case (default: this command line). */
  regenerate?: string;
  /** Repository root (content/ and public/ live here); default: the current directory. */
  root: string;
}

export const USAGE = `usage: npm run case:import -- --id ID --image PATH [--pixel-spacing ROW,COL] [--high-res PATH]
  [--annotations PATH [--labels NAMES.txt] [--hierarchy PARENTS.tsv] [--set-id ID] [--annotator-name N --annotator-kind K
   --annotator-role R] [--annotator-citation C] [--annotator-method M] [--set-description D]
   [--source-image NAME|ID] [--source-rater NAME] [--resample-nearest] [--annotator-name-from-file]]...
  --title T --modality MR|CT|XR|US|PATH|PHOTO|MICRO --region R --license SPDX [--license-url U]
  [--license-file PATH] [--attribution A] --source S [--source-url U] [--citation C] [--derivation D]
  --deidentification TEXT [--description D] [--image-nature N] [--display-orientation RIGHT,DOWN] [--window NAME:CENTER:WIDTH]...
  [--regenerate COMMAND] [--root DIR] [--force] [--pixels-reviewed]`;

export const PER_SET: Record<string, keyof AnnotationArg> = {
  "--labels": "labels",
  "--hierarchy": "hierarchy",
  "--set-id": "setId",
  "--annotator-name": "annotatorName",
  "--annotator-kind": "annotatorKind",
  "--annotator-role": "annotatorRole",
  "--annotator-citation": "annotatorCitation",
  "--annotator-method": "annotatorMethod",
  "--set-description": "description",
  "--source-image": "sourceImage",
  "--source-rater": "sourceRater",
};

export const SINGLE = new Set([
  "--id",
  "--image",
  "--high-res",
  "--pixel-spacing",
  "--title",
  "--description",
  "--modality",
  "--region",
  "--license",
  "--license-url",
  "--license-file",
  "--attribution",
  "--source",
  "--source-url",
  "--citation",
  "--derivation",
  "--deidentification",
  "--image-nature",
  "--display-orientation",
  "--root",
  "--regenerate",
]);
