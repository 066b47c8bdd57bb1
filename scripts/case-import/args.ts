/**
 * Parses the command line of `npm run case:import` (see args-spec.ts for every option). Options
 * that describe one annotation file apply to the `--annotations PATH` they follow; given before any
 * `--annotations` they are defaults for all.
 */
import {
  annotatorKindSchema,
  bodyRegionSchema,
  modalitySchema,
  type BodyRegion,
  type Modality,
} from "../../lib/domain/model";
import { PER_SET, SINGLE, type AnnotationArg, type ImportOptions } from "./args-spec";

export { USAGE, type AnnotationArg, type ImportOptions } from "./args-spec";

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
  let pixelsReviewed = false;
  for (let a = 0; a < argv.length; a++) {
    const flag = argv[a];
    if (flag === "--force") {
      force = true;
      continue;
    }
    if (flag === "--pixels-reviewed") {
      pixelsReviewed = true;
      continue;
    }
    if (flag === "--resample-nearest") {
      (sets.at(-1) ?? defaults).resampleNearest = true;
      continue;
    }
    if (flag === "--annotator-name-from-file") {
      (sets.at(-1) ?? defaults).annotatorNameFromFile = true;
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
      pixelsReviewed,
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
      ...displayOrientationArg(single.get("--display-orientation")),
      regenerate: single.get("--regenerate"),
      root: single.get("--root") ?? process.cwd(),
    },
  };
}

/** `--display-orientation L,I` → `{ displayOrientation: { right: "L", down: "I" } }` (checked by the manifest schema). */
function displayOrientationArg(v: string | undefined): Pick<ImportOptions, "displayOrientation"> {
  if (v === undefined) return {};
  const [right = "", down = ""] = v.split(",").map((x) => x.trim().toUpperCase());
  return { displayOrientation: { right, down } };
}
