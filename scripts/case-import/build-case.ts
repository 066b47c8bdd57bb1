/**
 * Assembles every file of a case in memory from the image and the imported annotations: the
 * manifest, annotation sets, SOURCE.md, and the browser files (image, labelmaps, thumbnail).
 * Nothing is written here; refusals come back as messages naming the file and the problem.
 */
import path from "node:path";
import {
  annotationSetSchema,
  caseManifestSchema,
  type AnnotationSet,
  type CaseManifest,
} from "../../lib/domain/model";
import { formatIssues, parseWith } from "../../lib/domain/parse-result";
import type { ImportedAnnotations } from "../../lib/importers/types";
import { kebabId } from "../../lib/domain/names/structure-id";
import type { AnnotationArg, ImportOptions } from "./args";
import type { BuildContext } from "./build-context";
import type { LoadedImage } from "./image-input";
import { imageFiles } from "./image-files";
import { buildAnnotations } from "./annotation-set";
import { StructureRegistry } from "./structure-registry";
import { makeThumbnail } from "./thumbnail";
import { sourceMarkdown } from "./source-md";

export { niftiGz } from "./nifti-gz";

export interface CaseFiles {
  manifest: CaseManifest;
  /** Repository-relative path → content. */
  files: Map<string, Uint8Array>;
}

const enc = (s: string) => new TextEncoder().encode(s);
const json = (v: unknown) => enc(JSON.stringify(v, null, 2) + "\n");

/** Set id from `--set-id`, else from the file name without its format extension. */
function setIdOf(arg: AnnotationArg): string {
  const stem = path
    .basename(arg.path)
    .replace(/\.(annotations\.json|nii\.gz|nii|json|dcm|seg\.nrrd|nrrd)$/i, "");
  return arg.setId ?? kebabId(stem, "annotations");
}

/** Builds the case; `log` receives progress lines. Returns the files or the refusal messages. */
export function buildCase(
  opts: ImportOptions,
  img: LoadedImage,
  highRes: LoadedImage | undefined,
  imports: { arg: AnnotationArg; value: ImportedAnnotations }[],
  command: string,
  log: (msg: string) => void,
): { ok: true; value: CaseFiles } | { ok: false; errors: string[] } {
  const ctx: BuildContext = {
    pub: `public/cases/${opts.id}`,
    site: `/cases/${opts.id}`,
    contentDir: `content/cases/${opts.id}`,
    img,
    files: new Map(),
    notes: [],
    errors: [],
    log,
  };
  const image = imageFiles(ctx, opts.title, highRes);
  const registry = new StructureRegistry();
  const sets: AnnotationSet[] = [];
  for (const { arg, value: imp } of imports) {
    const setId = setIdOf(arg);
    if (sets.some((s) => s.id === setId))
      ctx.errors.push(`${arg.path}: annotation set id "${setId}" is used twice; give --set-id`);
    const from = imp.annotator?.personNameFrom;
    if (!arg.annotatorName && from && !arg.annotatorNameFromFile) {
      ctx.errors.push(
        `${arg.path}: the file names its annotator "${imp.annotator?.name}" (${from}); a person's name is not published without asking: give --annotator-name NAME, or --annotator-name-from-file to publish that name`,
      );
      continue;
    }
    if (!arg.annotatorName && from)
      log(
        `${arg.path}: annotator name "${imp.annotator?.name}" taken from ${from} (asked for with --annotator-name-from-file)`,
      );
    const name = arg.annotatorName ?? imp.annotator?.name;
    const kind = arg.annotatorKind ?? imp.annotator?.kind;
    const role = arg.annotatorRole ?? imp.annotator?.role;
    if (!name || !kind || !role) {
      const missing = [!name && "name", !kind && "kind", !role && "role"]
        .filter(Boolean)
        .join(", ");
      ctx.errors.push(
        `${arg.path}: who annotated it is unknown: give --annotator-name, --annotator-kind and --annotator-role (missing ${missing})`,
      );
      continue;
    }
    const annotator = registry.addAnnotator({
      name,
      kind,
      role,
      citation: arg.annotatorCitation ?? imp.annotator?.citation,
      method: arg.annotatorMethod ?? imp.annotator?.method,
    });
    const idOf = registry.addStructures(imp, arg.path, ctx.errors);
    const annotations = buildAnnotations(ctx, arg, imp, setId, idOf);
    ctx.notes.push(...(imp.notes ?? []).map((n) => `${setId}: ${n}`));
    const set: AnnotationSet = {
      id: setId,
      annotator,
      ...(arg.description ? { description: arg.description } : {}),
      annotations,
    };
    const v = parseWith(annotationSetSchema, set, `${ctx.contentDir}/annotations/${setId}.json`);
    if (!v.ok) ctx.errors.push(formatIssues(v.issues));
    sets.push(set);
  }
  if (ctx.errors.length) return { ok: false, errors: ctx.errors };

  log("writing thumbnail…");
  const w = opts.windows[0];
  ctx.files.set(
    `${ctx.pub}/thumbnail.png`,
    makeThumbnail(img, w ? [w.center - w.width / 2, w.center + w.width / 2] : undefined),
  );
  const manifest = {
    id: opts.id,
    title: opts.title,
    modality: opts.modality,
    bodyRegion: opts.region,
    description: opts.description,
    image,
    grid: img.grid,
    windowPresets: opts.windows,
    thumbnail: `${ctx.site}/thumbnail.png`,
    provenance: {
      source: opts.source,
      ...(opts.sourceUrl ? { url: opts.sourceUrl } : {}),
      ...(opts.citation ? { citation: opts.citation } : {}),
      ...(opts.derivation ? { derivation: opts.derivation } : {}),
    },
    license: {
      name: opts.license,
      ...(opts.licenseUrl ? { url: opts.licenseUrl } : {}),
      ...(opts.attribution ? { attribution: opts.attribution } : {}),
    },
    deidentification: opts.deidentification,
    ...(opts.imageNature ? { imageNature: opts.imageNature } : {}),
    ...(opts.displayOrientation ? { displayOrientation: opts.displayOrientation } : {}),
    structures: registry.structures,
    annotators: registry.annotators,
    annotationSets: sets.map((s) => `annotations/${s.id}.json`),
  };
  const m = parseWith(caseManifestSchema, manifest, `${ctx.contentDir}/case.json`);
  if (!m.ok) return { ok: false, errors: [formatIssues(m.issues)] };
  ctx.files.set(`${ctx.contentDir}/case.json`, json(m.value));
  for (const s of sets) ctx.files.set(`${ctx.contentDir}/annotations/${s.id}.json`, json(s));
  ctx.files.set(`${ctx.contentDir}/SOURCE.md`, enc(sourceMarkdown(m.value, ctx.notes, command)));
  return { ok: true, value: { manifest: m.value, files: ctx.files } };
}
