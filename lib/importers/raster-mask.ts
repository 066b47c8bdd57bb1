/**
 * 2D mask images (PNG / JPEG, e.g. HC18 `*_Annotation.png`, ImageJ/Amira exports) → one labelmap.
 *
 * - Without a label table: binary mask, foreground = any channel ≥ 128 (so 0/255 masks in grey or
 *   RGB work); `invert` makes dark pixels the foreground (BU-BIL masks are black on white). The
 *   structure is named by `structureName` (default "mask").
 * - With a label table (value → name, optional colour): a grey-level mask whose pixel values are
 *   the label values; every non-zero value must be in the table.
 * Grid: `ctx.referenceGrid` (must be width × height × 1), else 1 mm pixels with origin 0 (the
 * case-import raster rule: pixel (col, row) centre at (col, row, 0) mm).
 */
import type { GridSpec } from "../domain/model";
import type { ParseResult } from "../domain/parse-result";
import { decodeRaster } from "../io/raster";
import type { LabelEntry } from "../io/label-table";
import type { ImportContext } from "./context";
import { importFail } from "./issues";
import { emptyImportedAnnotations, type ImportedAnnotations } from "./types";

export interface RasterMaskOptions {
  labels?: LabelEntry[];
  structureName?: string;
  invert?: boolean;
}

/** Reads a PNG/JPEG mask; `file` names every issue. */
export function parseRasterMask(
  bytes: Uint8Array,
  file: string,
  ctx: ImportContext = {},
  opts: RasterMaskOptions = {},
): ParseResult<ImportedAnnotations> {
  const r = decodeRaster(bytes, file);
  if (!r.ok) return r;
  const { width, height, channels, data } = r.value;
  const grid: GridSpec = ctx.referenceGrid ?? {
    dims: [width, height, 1],
    spacing: [1, 1, 1],
    origin: [0, 0, 0],
    direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  };
  if (grid.dims[0] !== width || grid.dims[1] !== height || grid.dims[2] !== 1)
    return importFail(
      file,
      `the mask is ${width}×${height} but the reference grid is ${grid.dims.join("×")}`,
    );
  const n = width * height;
  const out = emptyImportedAnnotations(file);
  const labels = new Uint8Array(n);
  const table = opts.labels?.length ? opts.labels : undefined;
  if (table && channels === 1) {
    const known = new Set(table.map((e) => e.value));
    for (let p = 0; p < n; p++) {
      const v = data[p];
      if (v && !known.has(v))
        return importFail(
          file,
          `pixel (${p % width}, ${Math.floor(p / width)}) has value ${v}, which is not in the label table`,
        );
      labels[p] = v;
    }
    const present = new Set(labels);
    const used = table.filter((e) => present.has(e.value));
    out.structures = used.map((e) => ({ name: e.name, ...(e.color ? { color: e.color } : {}) }));
    out.labelmaps = [
      {
        name: "mask",
        grid,
        data: labels,
        labels: used.map((e) => ({ value: e.value, structure: e.name })),
      },
    ];
    return { ok: true, value: out };
  }
  let fg = 0;
  for (let p = 0; p < n; p++) {
    let max = 0;
    for (let c = 0; c < Math.min(channels, 3); c++) max = Math.max(max, data[p * channels + c]);
    const on = opts.invert ? max < 128 : max >= 128;
    if (on) {
      labels[p] = 1;
      fg++;
    }
  }
  const entry = table?.find((e) => e.value === 1 || e.value === 255);
  const name = entry?.name ?? opts.structureName ?? "mask";
  out.structures = [{ name, ...(entry?.color ? { color: entry.color } : {}) }];
  out.labelmaps = [{ name: "mask", grid, data: labels, labels: [{ value: 1, structure: name }] }];
  out.notes = [
    `binary mask image ${width}×${height}: ${fg} foreground pixels (any channel ${opts.invert ? "< 128, inverted" : "≥ 128"})`,
  ];
  return { ok: true, value: out };
}
