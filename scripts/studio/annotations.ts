/**
 * Reference annotations drawn in the studio (landmarks, boxes, polygons on one slice), saved as an
 * annotation set `content/cases/<case>/annotations/<set>.json` with its annotator in case.json.
 * Everything is validated with the content schemas (annotation set, case manifest) before the set
 * file and case.json are written together (commitFiles: all or nothing). Saving a set that exists
 * keeps its id and its annotator id; the annotations given replace the set's shape annotations
 * (its segmentations stay).
 */
import fs from "node:fs";
import path from "node:path";
import type { LoadedCase } from "../../lib/content/case-store";
import {
  annotationSchema,
  annotationSetSchema,
  annotatorKindSchema,
  caseManifestSchema,
  type Annotation,
} from "../../lib/domain/model";
import { commitFiles } from "../case-import/commit-files";
import { vocabularyText } from "../case-import/vocabulary-file";

export interface DrawnSetInput {
  setId: string;
  annotatorName: string;
  annotatorKind: string;
  annotatorRole: string;
  method: string;
  description?: string;
  /** Shape annotations (world mm); a structure not in the case is added with `newStructureName`. */
  annotations: unknown[];
  newStructureName?: string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const json = (v: unknown) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}\n`);

/** Validates then writes the drawn set (see the file comment); one-line problems otherwise. */
export function saveDrawnSet(
  root: string,
  c: LoadedCase,
  input: DrawnSetInput,
): { ok: true; file: string } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const setId = slug(input.setId);
  if (!setId) errors.push("set id: required");
  if (!input.annotatorName.trim()) errors.push("annotator name: required");
  if (!input.annotatorRole.trim()) errors.push("annotator role: required");
  if (!input.method.trim()) errors.push("method: required (how the annotations were drawn)");
  if (!annotatorKindSchema.safeParse(input.annotatorKind).success)
    errors.push(`annotator kind: one of ${annotatorKindSchema.options.join(", ")}`);
  const shapes: Annotation[] = [];
  input.annotations.forEach((a, i) => {
    const p = annotationSchema.safeParse(a);
    if (!p.success || p.data.type === "segmentation")
      errors.push(`annotations.${i}: not a landmark, box or polygon`);
    else shapes.push(p.data);
  });
  if (!shapes.length) errors.push("annotations: draw at least one");
  if (errors.length) return { ok: false, errors };
  const dir = `content/cases/${c.manifest.id}`;
  const rel = `annotations/${setId}.json`;
  const manifestPath = path.join(root, dir, "case.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Record<string, unknown> & {
    structures: { id: string; name: string }[];
    annotators: { id: string }[];
    annotationSets: string[];
  };
  const existing = c.annotationSets.find((s) => s.id === setId);
  const annotator = existing?.annotator ?? slug(input.annotatorName);
  for (const s of shapes)
    if (!manifest.structures.some((x) => x.id === s.structure)) {
      if (!input.newStructureName?.trim())
        return {
          ok: false,
          errors: [`structure "${s.structure}": not in the case; give its name`],
        };
      manifest.structures.push({
        id: s.structure,
        name: input.newStructureName.trim(),
        color: "#38bdf8",
      } as never);
    }
  if (!manifest.annotators.some((a) => a.id === annotator))
    manifest.annotators.push({
      id: annotator,
      name: input.annotatorName.trim(),
      role: input.annotatorRole.trim(),
      kind: input.annotatorKind,
      method: input.method.trim(),
    } as never);
  if (!manifest.annotationSets.includes(rel)) manifest.annotationSets.push(rel);
  const set = {
    id: setId,
    annotator,
    ...(input.description?.trim() ? { description: input.description.trim() } : {}),
    annotations: [
      ...(existing?.annotations.filter((a) => a.type === "segmentation") ?? []),
      ...shapes,
    ],
  };
  const checks = [annotationSetSchema.safeParse(set), caseManifestSchema.safeParse(manifest)];
  for (const r of checks)
    if (!r.success) errors.push(...r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  if (errors.length) return { ok: false, errors };
  const writes = new Map([
    [`${dir}/${rel}`, json(set)],
    [`${dir}/case.json`, json(manifest)],
  ]);
  // A new structure needs its vocabulary entry (as case:import gives one to each structure).
  const vocabulary = vocabularyText(root, dir, {
    id: c.manifest.id,
    structures: caseManifestSchema.parse(manifest).structures,
  });
  if (vocabulary === "invalid")
    return { ok: false, errors: [`${dir}/vocabulary.json: not valid (npm run content:check)`] };
  if (vocabulary.text !== vocabulary.before)
    writes.set(`${dir}/vocabulary.json`, new TextEncoder().encode(vocabulary.text));
  commitFiles(root, writes, []);
  return { ok: true, file: `${dir}/${rel}` };
}
