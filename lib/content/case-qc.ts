/**
 * Node side of annotation QC: reads a case's labelmaps and image from `public/`, builds the image
 * foreground, and runs {@link runQc}. Results are cached per process (the case page and the
 * content check ask once per case).
 */
import path from "node:path";
import { runQc, type QcSummary } from "../domain/qc/annotation-qc";
import { foregroundMask } from "../domain/qc/foreground";
import { readNiftiFile } from "../io/read-nifti-file";
import type { LoadedCase } from "./case-store";
import type { ContentIssue } from "../domain/parse-result";

export { qcLine } from "./case-qc-line";

const cache = new Map<string, QcSummary>();

/** Whether a volume's dims equal the case grid's. */
const sameDims = (a: readonly number[], b: readonly number[]) => a.every((v, i) => v === b[i]);

/**
 * QC of one loaded case; `root` holds `public/`. A labelmap that cannot be read or is not on the
 * case grid is reported by the QC as an error; the foreground is built only for NIfTI images.
 */
export function caseQc(c: LoadedCase, root = process.cwd()): QcSummary {
  const key = `${root}:${c.manifest.id}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const grid = c.manifest.grid;
  const labelmaps = new Map<string, ArrayLike<number>>();
  for (const set of c.annotationSets)
    for (const a of set.annotations) {
      if (a.type !== "segmentation" || labelmaps.has(a.labelmap)) continue;
      const r = readNiftiFile(path.join(root, "public", a.labelmap));
      if (r.ok && sameDims(r.volume.grid.dims, grid.dims)) labelmaps.set(a.labelmap, r.volume.data);
    }
  let foreground: Uint8Array | undefined;
  if (c.manifest.image.kind === "nifti") {
    const r = readNiftiFile(path.join(root, "public", c.manifest.image.file));
    if (r.ok && sameDims(r.volume.grid.dims, grid.dims) && r.volume.components === 1)
      foreground = foregroundMask(r.volume.data);
  }
  const summary = runQc({
    grid,
    structures: c.manifest.structures,
    sets: c.annotationSets,
    labelmaps,
    foreground,
  });
  cache.set(key, summary);
  return summary;
}

/** QC errors as content issues (file = the annotation set, field = the structure). */
export function qcIssues(c: LoadedCase, q: QcSummary): ContentIssue[] {
  const fileOf = new Map(
    c.annotationSets.map((s, i) => [
      s.id,
      c.manifest.annotationSets[i] ?? `annotations/${s.id}.json`,
    ]),
  );
  return q.findings
    .filter((f) => f.level === "error")
    .map((f) => ({
      file: path.join("content", "cases", c.manifest.id, fileOf.get(f.set) ?? ""),
      field: f.structure,
      message: `QC ${f.rule}: ${f.message}`,
    }));
}
