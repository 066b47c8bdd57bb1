/**
 * NRRD label maps and 3D Slicer segmentations (`.seg.nrrd`) → ImportedAnnotations.
 *
 * - `.seg.nrrd`: every `Segment{N}_*` key is read: Name, Color (0–1 floats → #rrggbb), LabelValue
 *   (default N+1), Layer (default 0) and the `TerminologyEntry` tag (type code, then category code;
 *   a Right/Left type modifier becomes laterality). A 4D file with a `list` axis holds one layer per
 *   list index (overlapping segments); each layer becomes one labelmap keeping Slicer's label values.
 * - Plain label NRRD: every non-zero value becomes a structure named `label <value>` (no colour).
 * - Float samples must be whole numbers; anything else is an error, as are negative labels.
 */
import type { ParseResult } from "../domain/parse-result";
import { readNrrd } from "../io/nrrd-read";
import type { VoxelArray } from "../io/nifti";
import { lateralityOf, makeCode, type StructureCode } from "./codes";
import { rgbUnitToHex } from "../domain/colour";
import { kebabId } from "../domain/names/structure-id";
import { importFail } from "./issues";
import { labelArrayFor } from "./layers";
import {
  emptyImportedAnnotations,
  type ImportedAnnotations,
  type ImportedStructure,
  type LabelArray,
} from "./types";

interface SlicerSegment {
  index: number;
  structure: ImportedStructure;
  value: number;
  layer: number;
}

/** Type and category codes + type-modifier meaning of a Slicer `TerminologyEntry:` tag. */
export function parseSlicerTerminology(tags: string): {
  codes: StructureCode[];
  modifier?: string;
} {
  const entry = tags.split("|").find((t) => t.startsWith("TerminologyEntry:"));
  if (!entry) return { codes: [] };
  const parts = entry.slice("TerminologyEntry:".length).split("~");
  const codes: StructureCode[] = [];
  for (const p of [parts[2], parts[1]]) {
    const [scheme, code, meaning] = (p ?? "").split("^");
    const c = makeCode(scheme ?? "", code ?? "", meaning);
    if (c) codes.push(c);
  }
  const modifier = (parts[3] ?? "").split("^")[2];
  return { codes, modifier: modifier || undefined };
}

function slicerSegments(kv: Record<string, string>, file: string): ParseResult<SlicerSegment[]> {
  const out: SlicerSegment[] = [];
  for (let i = 0; kv[`Segment${i}_ID`] !== undefined || kv[`Segment${i}_Name`] !== undefined; i++) {
    const p = `Segment${i}_`;
    const name = (kv[p + "Name"] ?? kv[p + "ID"]).trim();
    const value = Number(kv[p + "LabelValue"] ?? i + 1);
    const layer = Number(kv[p + "Layer"] ?? 0);
    if (!Number.isInteger(value) || value < 1)
      return importFail(
        file,
        `LabelValue '${kv[p + "LabelValue"]}' is not a positive integer`,
        p + "LabelValue",
      );
    if (!Number.isInteger(layer) || layer < 0)
      return importFail(file, `Layer '${kv[p + "Layer"]}' is not a layer index`, p + "Layer");
    const structure: ImportedStructure = { name };
    const rgb = (kv[p + "Color"] ?? "").trim().split(/\s+/).map(Number);
    if (rgb.length === 3 && rgb.every((c) => Number.isFinite(c)))
      structure.color = rgbUnitToHex(rgb[0], rgb[1], rgb[2]);
    const term = parseSlicerTerminology(kv[p + "Tags"] ?? "");
    if (term.codes.length) structure.codes = term.codes;
    const lat = lateralityOf(term.modifier);
    if (lat) structure.laterality = lat;
    out.push({ index: i, structure, value, layer });
  }
  return { ok: true, value: out };
}

function toLabels(
  src: VoxelArray,
  stride: number,
  offset: number,
  count: number,
  file: string,
): ParseResult<LabelArray> {
  let max = 0;
  for (let v = 0; v < count; v++) {
    const x = src[v * stride + offset];
    if (x < 0 || !Number.isInteger(x))
      return importFail(file, `voxel ${v} holds ${x}: labels must be non-negative integers`);
    if (x > max) max = x;
  }
  const out = labelArrayFor(max, count);
  for (let v = 0; v < count; v++) out[v] = src[v * stride + offset];
  return { ok: true, value: out };
}

/**
 * Reads NRRD bytes (label map or Slicer segmentation) into ImportedAnnotations on the file's own
 * grid (LPS mm). `file` is used in every issue.
 */
export function parseNrrdAnnotations(
  bytes: Uint8Array,
  file: string,
): ParseResult<ImportedAnnotations> {
  const r = readNrrd(bytes, file);
  if (!r.ok) return r;
  const vol = r.value;
  const { grid } = vol;
  const count = grid.dims[0] * grid.dims[1] * grid.dims[2];
  if (vol.listAxis > 0)
    return importFail(file, "the non-spatial (layer) axis must be the first axis", "kinds");
  const segs = slicerSegments(vol.keyValues, file);
  if (!segs.ok) return segs;
  const out = emptyImportedAnnotations(file);
  const layerArrays: LabelArray[] = [];
  for (let l = 0; l < vol.listSize; l++) {
    const a = toLabels(vol.data, vol.listSize, l, count, file);
    if (!a.ok) return a;
    layerArrays.push(a.value);
  }
  const base = kebabId(file.replace(/^.*[\\/]/, "").replace(/(\.seg)?\.nrrd$/i, ""), "labels");
  const nameOf = (l: number) => (layerArrays.length === 1 ? base : `${base}-layer-${l + 1}`);

  if (segs.value.length) {
    for (const s of segs.value) {
      if (s.layer >= layerArrays.length)
        return importFail(
          file,
          `segment '${s.structure.name}' is on layer ${s.layer} but the file has ${layerArrays.length}`,
          `Segment${s.index}_Layer`,
        );
      out.structures.push(s.structure);
    }
    layerArrays.forEach((data, l) => {
      const labels = segs.value
        .filter((s) => s.layer === l)
        .map((s) => ({ value: s.value, structure: s.structure.name }));
      out.labelmaps.push({ name: nameOf(l), grid, data, labels });
    });
    const known = new Set(segs.value.map((s) => `${s.layer}:${s.value}`));
    const stray = new Set<string>();
    layerArrays.forEach((data, l) =>
      data.forEach((v) => v && !known.has(`${l}:${v}`) && stray.add(`${l}:${v}`)),
    );
    if (stray.size)
      return importFail(
        file,
        `label values without a Segment entry (layer:value): ${[...stray].slice(0, 10).join(", ")}`,
      );
    out.notes = [
      `3D Slicer segmentation, ${segs.value.length} segments in ${layerArrays.length} layer(s)`,
    ];
  } else {
    layerArrays.forEach((data, l) => {
      const values = [...new Set(data)].filter((v) => v > 0).sort((a, b) => a - b);
      for (const v of values)
        if (!out.structures.some((s) => s.name === `label ${v}`))
          out.structures.push({ name: `label ${v}` });
      out.labelmaps.push({
        name: nameOf(l),
        grid,
        data,
        labels: values.map((v) => ({ value: v, structure: `label ${v}` })),
      });
    });
    out.notes = ["NRRD label map without segment names: structures are named 'label <value>'"];
  }
  return { ok: true, value: out };
}
