/**
 * Assembles every file of a case in memory from the image and the imported annotations: the
 * manifest, annotation sets, SOURCE.md, LICENSE, and the browser files (image, labelmaps, thumbnail).
 * Nothing is written here; refusals come back as messages naming the file and the problem.
 */
import path from "node:path";
import { gzipSync } from "fflate";
import {
  annotationSetSchema,
  caseManifestSchema,
  type Annotation,
  type AnnotationSet,
  type Annotator,
  type CaseManifest,
  type Structure,
} from "../../lib/domain/model";
import { formatIssues, parseWith } from "../../lib/content/parse-result";
import type { ImportedAnnotations, LabelArray } from "../../lib/importers/types";
import { writeNifti, type VoxelArray } from "../../lib/io/nifti";
import { describeGrid, gridsMatch, worldToVoxel } from "../../lib/cases/grid-math";
import { resampleNearest } from "../../lib/cases/resample";
import { lateralityFromName } from "../../lib/cases/laterality";
import { paletteColor } from "../../lib/cases/palette";
import { kebabId } from "../../lib/cases/structure-id";
import { stripRasterMetadata } from "../../lib/cases/strip-metadata";
import type { AnnotationArg, ImportOptions } from "./args";
import type { LoadedImage } from "./image-input";
import { makeThumbnail } from "./thumbnail";
import { sourceMarkdown } from "./source-md";

export interface CaseFiles {
  manifest: CaseManifest;
  /** Repository-relative path → content. */
  files: Map<string, Uint8Array>;
}

/** Gzipped NIfTI with a zero mtime, so the same input always gives the same bytes. */
export function niftiGz(
  grid: LoadedImage["grid"],
  data: VoxelArray,
  description: string,
): Uint8Array {
  return gzipSync(writeNifti({ grid, data }, { gzip: false, description }), { level: 9, mtime: 0 });
}

const enc = (s: string) => new TextEncoder().encode(s);

/** Builds the case; `log` receives progress lines. Returns the files or the refusal messages. */
export function buildCase(
  opts: ImportOptions,
  img: LoadedImage,
  highRes: LoadedImage | undefined,
  imports: { arg: AnnotationArg; value: ImportedAnnotations }[],
  command: string,
  log: (msg: string) => void,
): { ok: true; value: CaseFiles } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const files = new Map<string, Uint8Array>();
  const pub = `public/cases/${opts.id}`;
  const site = `/cases/${opts.id}`;
  const contentDir = `content/cases/${opts.id}`;
  const notes: string[] = [];

  let image: CaseManifest["image"];
  if (img.kind === "volume") {
    log(`compressing image ${describeGrid(img.grid)}…`);
    files.set(`${pub}/image.nii.gz`, niftiGz(img.grid, img.data, opts.title));
    image = { kind: "nifti", file: `${site}/image.nii.gz` };
    notes.push(...(img.notes ?? []));
    if (highRes?.kind === "volume") {
      log(`compressing high-resolution image ${describeGrid(highRes.grid)}…`);
      files.set(
        `${pub}/image-highres.nii.gz`,
        niftiGz(highRes.grid, highRes.data, `${opts.title} (high resolution)`),
      );
      image.highResFile = `${site}/image-highres.nii.gz`;
      notes.push(
        `High-resolution view: ${path.basename(highRes.file)} (${describeGrid(highRes.grid)}); annotations refer to the reference grid only.`,
      );
    }
  } else {
    const ext = img.raster.format === "png" ? "png" : "jpg";
    const stripped = stripRasterMetadata(img.bytes);
    files.set(`${pub}/image.${ext}`, stripped.bytes);
    notes.push(
      stripped.removed.length
        ? `Embedded metadata removed from ${path.basename(img.file)} (pixels untouched): ${stripped.removed.join(", ")}.`
        : `${path.basename(img.file)} carries no embedded text metadata; copied byte for byte.`,
    );
    image = {
      kind: "raster",
      file: `${site}/image.${ext}`,
      ...(img.pixelSpacing ? { pixelSpacingMm: img.pixelSpacing } : {}),
    };
    if (!img.pixelSpacing)
      notes.push("No pixel spacing given: coordinates are in pixels (1 unit = 1 pixel), not mm.");
  }

  const structures: Structure[] = [];
  const nameOfId = new Map<string, string>();
  const annotators: Annotator[] = [];
  const sets: AnnotationSet[] = [];
  const setIds = new Set<string>();
  for (const { arg, value: imp } of imports) {
    const setId =
      arg.setId ??
      kebabId(
        path
          .basename(arg.path)
          .replace(/\.(annotations\.json|nii\.gz|nii|json|dcm|seg\.nrrd|nrrd)$/i, ""),
        "annotations",
      );
    if (setIds.has(setId))
      errors.push(`${arg.path}: annotation set id "${setId}" is used twice; give --set-id`);
    setIds.add(setId);
    const name = arg.annotatorName ?? imp.annotator?.name;
    const kind = arg.annotatorKind ?? imp.annotator?.kind;
    const role = arg.annotatorRole ?? imp.annotator?.role;
    if (!name || !kind || !role) {
      errors.push(
        `${arg.path}: who annotated it is unknown: give --annotator-name, --annotator-kind and --annotator-role (missing ${[!name && "name", !kind && "kind", !role && "role"].filter(Boolean).join(", ")})`,
      );
      continue;
    }
    const annotatorId = kebabId(name, "annotator");
    if (!annotators.some((a) => a.id === annotatorId)) {
      const citation = arg.annotatorCitation ?? imp.annotator?.citation;
      const method = arg.annotatorMethod ?? imp.annotator?.method;
      annotators.push({
        id: annotatorId,
        name,
        kind,
        role,
        ...(citation ? { citation } : {}),
        ...(method ? { method } : {}),
      });
    }
    const idOf = new Map<string, string>();
    for (const s of imp.structures) {
      // Same name in two annotation sets = the same structure (shared id); a different name whose
      // id collides gets a numeric suffix.
      const base = kebabId(s.name);
      let id = base;
      for (let n = 2; nameOfId.has(id) && nameOfId.get(id) !== s.name; n++)
        id = `${base.slice(0, 76)}-${n}`;
      idOf.set(s.name, id);
      if (nameOfId.has(id)) continue;
      nameOfId.set(id, s.name);
      const lat = s.laterality ?? lateralityFromName(s.name);
      structures.push({
        id,
        name: s.name,
        synonyms: s.synonyms ?? [],
        codes: s.codes ?? [],
        color: s.color ?? paletteColor(structures.length),
        ...(lat ? { laterality: lat } : {}),
      });
    }
    for (const s of imp.structures) {
      if (!s.parent) continue;
      const st = structures.find((x) => x.id === idOf.get(s.name));
      const pid = idOf.get(s.parent);
      if (!pid)
        errors.push(
          `${arg.path}: structure "${s.name}" has parent "${s.parent}" which is not a structure of the file`,
        );
      else if (st && !st.parent) st.parent = pid;
    }
    const sid = (n: string) => idOf.get(n) ?? kebabId(n);
    const annotations: Annotation[] = [];
    imp.labelmaps.forEach((lm, li) => {
      let data: LabelArray = lm.data;
      if (!gridsMatch(lm.grid, img.grid)) {
        if (!arg.resampleNearest) {
          errors.push(
            `${arg.path}: labelmap grid differs from the image grid\n  labelmap (${arg.path}): ${describeGrid(lm.grid)}\n  image (${img.file}): ${describeGrid(img.grid)}\n  (pass --resample-nearest after this --annotations to resample it with nearest neighbour)`,
          );
          return;
        }
        log(`resampling ${path.basename(arg.path)} (nearest neighbour) onto the image grid…`);
        const r = resampleNearest({ grid: lm.grid, data }, img.grid);
        data = r.data;
        notes.push(
          `${path.basename(arg.path)} was resampled with nearest neighbour from ${describeGrid(lm.grid)} onto the image grid (${describeGrid(img.grid)}); ${r.report.outside} image voxels fell outside it (set to background)${r.report.lostLabels.length ? `; labels lost: ${r.report.lostLabels.join(", ")}` : ""}.`,
        );
      } else
        notes.push(
          `${path.basename(arg.path)} lies on the image grid (checked: dims, spacing, origin and axes equal); copied without resampling.`,
        );
      const present = new Set(data);
      const fileName =
        imp.labelmaps.length === 1
          ? `${setId}.nii.gz`
          : `${setId}-${kebabId(lm.name || String(li + 1), "layer")}.nii.gz`;
      log(`compressing labelmap ${fileName}…`);
      files.set(`${pub}/${fileName}`, niftiGz(img.grid, data, `labels ${setId}`));
      for (const l of lm.labels) {
        if (!present.has(l.value)) {
          notes.push(
            `${setId}: label ${l.value} (${l.structure}) is empty on the image grid and was left out.`,
          );
          continue;
        }
        annotations.push({
          type: "segmentation",
          structure: sid(l.structure),
          labelmap: `${site}/${fileName}`,
          label: l.value,
          mode: lm.mode ?? "semantic",
        });
      }
    });
    for (const p of imp.polygons) {
      const slice = p.slice ?? Math.round(worldToVoxel(img.grid, p.points[0])[2]);
      annotations.push({
        type: "polygon",
        structure: sid(p.structure),
        slice,
        points: p.points,
        hole: p.hole ?? false,
      });
    }
    for (const b of imp.boxes)
      annotations.push({ type: "box", structure: sid(b.structure), min: b.min, max: b.max });
    for (const l of imp.landmarks)
      annotations.push({
        type: "landmark",
        structure: sid(l.structure),
        point: l.point,
        ...(l.label ? { label: l.label } : {}),
      });
    notes.push(...(imp.notes ?? []).map((n) => `${setId}: ${n}`));
    const set: AnnotationSet = {
      id: setId,
      annotator: annotatorId,
      ...(arg.description ? { description: arg.description } : {}),
      annotations,
    };
    const v = parseWith(annotationSetSchema, set, `${contentDir}/annotations/${setId}.json`);
    if (!v.ok) errors.push(formatIssues(v.issues));
    sets.push(set);
  }
  if (errors.length) return { ok: false, errors };

  log("writing thumbnail…");
  const win = opts.windows[0]
    ? ([
        opts.windows[0].center - opts.windows[0].width / 2,
        opts.windows[0].center + opts.windows[0].width / 2,
      ] as [number, number])
    : undefined;
  files.set(`${pub}/thumbnail.png`, makeThumbnail(img, win));
  const manifest = {
    id: opts.id,
    title: opts.title,
    modality: opts.modality,
    bodyRegion: opts.region,
    description: opts.description,
    image,
    grid: img.grid,
    windowPresets: opts.windows,
    thumbnail: `${site}/thumbnail.png`,
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
    structures,
    annotators,
    annotationSets: sets.map((s) => `annotations/${s.id}.json`),
  };
  const m = parseWith(caseManifestSchema, manifest, `${contentDir}/case.json`);
  if (!m.ok) return { ok: false, errors: [formatIssues(m.issues)] };
  files.set(`${contentDir}/case.json`, enc(JSON.stringify(m.value, null, 2) + "\n"));
  for (const s of sets)
    files.set(`${contentDir}/annotations/${s.id}.json`, enc(JSON.stringify(s, null, 2) + "\n"));
  files.set(`${contentDir}/SOURCE.md`, enc(sourceMarkdown(m.value, notes, command)));
  return { ok: true, value: { manifest: m.value, files } };
}
