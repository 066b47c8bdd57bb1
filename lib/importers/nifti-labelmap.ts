/**
 * NIfTI label maps (`.nii`, `.nii.gz`) → ImportedAnnotations, for `readAnnotationsFile`. Every
 * non-zero integer value is a structure, named from `labels` (value → name, colour) when given, else
 * `label <value>`. Geometry: `lib/io/nifti.ts` (sform, else qform; RAS → LPS). The case-import CLI
 * has its own NIfTI reader with label-table discovery (scripts/case-import/read-nifti-labelmap.ts).
 */
import type { ParseResult } from "../domain/parse-result";
import { kebabId } from "../domain/names/structure-id";
import type { LabelEntry } from "../io/label-table";
import { readNifti } from "../io/nifti";
import { importFail } from "./issues";
import { labelArrayFor } from "./layers";
import { emptyImportedAnnotations, type ImportedAnnotations } from "./types";

/** Reads NIfTI bytes as one labelmap layer; `file` names every issue. */
export function parseNiftiLabelmap(
  bytes: Uint8Array,
  file: string,
  labels: LabelEntry[] = [],
): ParseResult<ImportedAnnotations> {
  const r = readNifti(bytes, file);
  if (!r.ok) return r;
  const v = r.value;
  if (v.frames !== 1 || v.components !== 1)
    return importFail(
      file,
      `a label map must be one scalar 3D volume (got ${v.frames} frames × ${v.components} components)`,
    );
  const n = v.grid.dims[0] * v.grid.dims[1] * v.grid.dims[2];
  let max = 0;
  for (let i = 0; i < n; i++) {
    const x = v.data[i];
    if (x < 0 || !Number.isInteger(x))
      return importFail(file, `voxel ${i} holds ${x}: labels must be non-negative integers`);
    if (x > max) max = x;
  }
  const data = labelArrayFor(max, n);
  const present = new Set<number>();
  for (let i = 0; i < n; i++) {
    data[i] = v.data[i];
    if (v.data[i]) present.add(v.data[i]);
  }
  const byValue = new Map(labels.map((e) => [e.value, e]));
  const values = [...present].sort((a, b) => a - b);
  const out = emptyImportedAnnotations(file);
  out.structures = values.map((x) => {
    const e = byValue.get(x);
    return { name: e?.name ?? `label ${x}`, ...(e?.color ? { color: e.color } : {}) };
  });
  const base = kebabId(file.replace(/^.*[\\/]/, "").replace(/\.nii(\.gz)?$/i, ""), "labels");
  out.labelmaps = [
    {
      name: base,
      grid: v.grid,
      data,
      labels: values.map((x, i) => ({ value: x, structure: out.structures[i].name })),
    },
  ];
  if (!labels.length)
    out.notes = ["NIfTI label map without a label table: structures are named 'label <value>'"];
  return { ok: true, value: out };
}
