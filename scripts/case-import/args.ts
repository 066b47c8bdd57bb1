/**
 * Command-line options of `npm run case:import`. Options that describe one annotation file
 * (`--labels`, `--hierarchy`, `--set-id`, `--annotator-*`, `--set-description`, `--resample-nearest`) apply to the
 * `--annotations PATH` they follow; given before any `--annotations` they are defaults for all.
 */
import {
  annotatorKindSchema,
  bodyRegionSchema,
  modalitySchema,
  type AnnotatorKind,
  type BodyRegion,
  type Modality,
} from "../../lib/domain/model";

export interface AnnotationArg {
  path: string;
  labels?: string;
  /** `parent<TAB>child` table giving the structures a hierarchy (lib/cases/hierarchy.ts). */
  hierarchy?: string;
  setId?: string;
  annotatorName?: string;
  annotatorKind?: AnnotatorKind;
  annotatorRole?: string;
  annotatorCitation?: string;
  annotatorMethod?: string;
  description?: string;
  /** Allow nearest-neighbour resampling onto the image grid when the grids differ. */
  resampleNearest?: boolean;
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
  windows: { name: string; center: number; width: number }[];
  force: boolean;
  /** Command shown in SOURCE.md to regenerate the case (default: this command line). */
  regenerate?: string;
  /** Repository root (content/ and public/ live here); default: the current directory. */
  root: string;
}

export const USAGE = `usage: npm run case:import -- --id ID --image PATH [--pixel-spacing ROW,COL] [--high-res PATH]
  [--annotations PATH [--labels NAMES.txt] [--hierarchy PARENTS.tsv] [--set-id ID] [--annotator-name N --annotator-kind K
   --annotator-role R] [--annotator-citation C] [--annotator-method M] [--set-description D]
   [--resample-nearest]]...
  --title T --modality MR|CT|XR|US|PATH|PHOTO --region R --license SPDX [--license-url U]
  [--license-file PATH] [--attribution A] --source S [--source-url U] [--citation C] [--derivation D]
  --deidentification TEXT [--description D] [--image-nature N] [--window NAME:CENTER:WIDTH]...
  [--regenerate COMMAND] [--root DIR] [--force]`;

const PER_SET: Record<string, keyof AnnotationArg> = {
  "--labels": "labels",
  "--hierarchy": "hierarchy",
  "--set-id": "setId",
  "--annotator-name": "annotatorName",
  "--annotator-kind": "annotatorKind",
  "--annotator-role": "annotatorRole",
  "--annotator-citation": "annotatorCitation",
  "--annotator-method": "annotatorMethod",
  "--set-description": "description",
};

const SINGLE = new Set([
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
  "--root",
  "--regenerate",
]);

/** Parses argv (without node and script); returns the options or every problem found. */
export function parseArgs(
  argv: string[],
): { ok: true; value: ImportOptions } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const single = new Map<string, string>();
  const defaults: Partial<AnnotationArg> = {};
  const sets: AnnotationArg[] = [];
  const windows: ImportOptions["windows"] = [];
  let force = false;
  for (let a = 0; a < argv.length; a++) {
    const flag = argv[a];
    if (flag === "--force") {
      force = true;
      continue;
    }
    if (flag === "--resample-nearest") {
      (sets.at(-1) ?? defaults).resampleNearest = true;
      continue;
    }
    const val = argv[a + 1];
    if (val === undefined || val.startsWith("--")) {
      errors.push(`${flag} needs a value`);
      continue;
    }
    a++;
    if (flag === "--annotations") sets.push({ ...defaults, path: val } as AnnotationArg);
    else if (flag in PER_SET) {
      const target = (sets.at(-1) ?? defaults) as Record<string, unknown>;
      if (flag === "--annotator-kind" && !annotatorKindSchema.safeParse(val).success)
        errors.push(
          `--annotator-kind must be one of ${annotatorKindSchema.options.join(", ")} (got "${val}")`,
        );
      target[PER_SET[flag]] = val;
    } else if (flag === "--window") {
      const m = val.match(/^(.+):(-?[\d.]+):([\d.]+)$/);
      if (!m || !(Number(m[3]) > 0))
        errors.push(`--window must be NAME:CENTER:WIDTH with WIDTH > 0 (got "${val}")`);
      else windows.push({ name: m[1], center: Number(m[2]), width: Number(m[3]) });
    } else if (SINGLE.has(flag)) single.set(flag, val);
    else errors.push(`unknown option ${flag}`);
  }
  const need = (f: string, what: string) => {
    const v = single.get(f);
    if (!v || !v.trim()) errors.push(`missing ${f} (${what})`);
    return v ?? "";
  };
  const id = need("--id", "case id");
  if (id && !/^[a-z0-9][a-z0-9-]{1,79}$/.test(id))
    errors.push(`--id "${id}" must be lower-case letters, digits and hyphens (2–80)`);
  const image = need("--image", "image file");
  const title = need("--title", "case title");
  const license = need(
    "--license",
    "licence of the images and annotations, e.g. CC-BY-4.0: a case without a licence cannot be published",
  );
  const source = need("--source", "provenance: where the images come from");
  const deid = need(
    "--deidentification",
    "how the images were de-identified, or why they need not be",
  );
  const modality = single.get("--modality") ?? "";
  if (!modalitySchema.safeParse(modality).success)
    errors.push(
      `--modality must be one of ${modalitySchema.options.join(", ")} (got "${modality}")`,
    );
  const region = single.get("--region") ?? "";
  if (!bodyRegionSchema.safeParse(region).success)
    errors.push(`--region must be one of ${bodyRegionSchema.options.join(", ")} (got "${region}")`);
  let pixelSpacing: [number, number] | undefined;
  const ps = single.get("--pixel-spacing");
  if (ps !== undefined) {
    const p = ps.split(",").map(Number);
    if (p.length !== 2 || p.some((v) => !(v > 0)))
      errors.push(`--pixel-spacing must be ROW,COL in mm, both > 0 (got "${ps}")`);
    else pixelSpacing = [p[0], p[1]];
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id,
      image,
      title,
      license,
      source,
      force,
      windows,
      pixelSpacing,
      highRes: single.get("--high-res"),
      annotations: sets,
      description: single.get("--description") ?? title,
      modality: modality as Modality,
      region: region as BodyRegion,
      licenseUrl: single.get("--license-url"),
      licenseFile: single.get("--license-file"),
      attribution: single.get("--attribution"),
      sourceUrl: single.get("--source-url"),
      citation: single.get("--citation"),
      derivation: single.get("--derivation"),
      deidentification: deid,
      imageNature: single.get("--image-nature"),
      regenerate: single.get("--regenerate"),
      root: single.get("--root") ?? process.cwd(),
    },
  };
}
