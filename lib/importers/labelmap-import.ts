/**
 * Turns a labelmap volume plus its label-name table into {@link ImportedAnnotations}: one layer, one
 * structure per label value present in the volume. Structure names are made readable
 * ("Frontal_Mid_L" → "Frontal Mid, left"), the atlas spelling kept as a synonym; laterality is read
 * from the atlas name; colours come from the table, else from `lutColors[value]` (a binary LUT),
 * else from the palette (also when the given colour is too dark to see on black).
 */
import type { GridSpec } from "../domain/model";
import type { ParseResult } from "../domain/parse-result";
import type { ImportedAnnotations, LabelArray } from "./types";
import type { LabelEntry } from "../io/label-table";
import { lateralityFromName, readableName } from "../domain/names/laterality";
import { isTooDark, paletteColor } from "../domain/colour";

export interface LabelmapInput {
  /** File the labelmap came from (for messages). */
  file: string;
  /** Label-name table file (for messages). */
  tableFile: string;
  grid: GridSpec;
  data: ArrayLike<number>;
  table: LabelEntry[];
  lutColors?: string[];
  /** Layer name (file-name safe), e.g. `aal`. */
  layer: string;
}

/** Converts any numeric array to the smallest integer array type holding it, or an error message. */
export function toLabelArray(data: ArrayLike<number>): LabelArray | string {
  let min = Infinity;
  let max = -Infinity;
  for (let n = 0; n < data.length; n++) {
    const v = data[n];
    if (!Number.isInteger(v)) return `voxel ${n} holds ${v}, not an integer label`;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min < 0) return `negative label value ${min}`;
  if (data instanceof Uint8Array || data instanceof Uint16Array) return data;
  const out =
    max <= 255
      ? new Uint8Array(data.length)
      : max <= 65535
        ? new Uint16Array(data.length)
        : new Uint32Array(data.length);
  for (let n = 0; n < data.length; n++) out[n] = data[n];
  return out;
}

/** Builds the imported annotations; refuses labels present in the volume that the table does not name. */
export function importLabelmap(input: LabelmapInput): ParseResult<ImportedAnnotations> {
  const arr = toLabelArray(input.data);
  if (typeof arr === "string")
    return {
      ok: false,
      issues: [{ file: input.file, field: "", message: `not a labelmap: ${arr}` }],
    };
  const present = new Set<number>();
  for (let n = 0; n < arr.length; n++) if (arr[n] !== 0) present.add(arr[n]);
  const byValue = new Map(input.table.map((e) => [e.value, e]));
  const unnamed = [...present].filter((v) => !byValue.has(v)).sort((a, b) => a - b);
  if (unnamed.length) {
    const list =
      unnamed.length > 20
        ? `${unnamed.slice(0, 20).join(", ")}… (${unnamed.length} in all)`
        : unnamed.join(", ");
    return {
      ok: false,
      issues: [
        {
          file: input.file,
          field: "",
          message: `label values without a name in ${input.tableFile}: ${list}`,
        },
      ],
    };
  }
  const notes: string[] = [];
  const absent = input.table.filter((e) => !present.has(e.value));
  if (absent.length)
    notes.push(
      `${absent.length} label(s) of ${input.tableFile} do not occur in the volume and were left out: ${absent.map((e) => `${e.value} ${e.name}`).join("; ")}`,
    );
  const used = input.table.filter((e) => present.has(e.value)).sort((a, b) => a.value - b.value);
  const structures = used.map((e, idx) => {
    const given = e.color ?? input.lutColors?.[e.value];
    const readable = readableName(e.name);
    return {
      name: readable,
      color: given && !isTooDark(given) ? given : paletteColor(idx),
      synonyms: readable !== e.name ? [e.name] : [],
      laterality: lateralityFromName(e.name),
    };
  });
  return {
    ok: true,
    value: {
      source: input.file,
      structures,
      labelmaps: [
        {
          name: input.layer,
          grid: input.grid,
          data: arr,
          labels: used.map((e, i) => ({ value: e.value, structure: structures[i].name })),
        },
      ],
      polygons: [],
      boxes: [],
      landmarks: [],
      notes,
    },
  };
}
