/**
 * Reader of InVesalius 3 projects (`.inv3`: a gzip-compressed tar holding `main.plist`, the volume
 * `matrix.dat` and threshold masks `mask_N.dat` + `mask_N.plist`).
 *
 * Layout, as InVesalius writes it (numpy memmaps, C order, little-endian):
 * - `matrix.dat`: `shape` = (slices, rows, columns), dtype from main.plist (int16 HU for CT), so the
 *   flat array is already column-fastest: i = column, j = row, k = slice.
 * - `mask_N.dat`: uint8, shape (slices+1, rows+1, columns+1); the first slice/row/column is
 *   InVesalius bookkeeping and is dropped; voxels ≥ 128 (255) are inside the mask.
 * - `spacing` in main.plist is (column, row, slice) spacing in mm.
 *
 * The format stores no patient orientation. {@link INV3_DIRECTION} is the orientation found by looking
 * at Cranium.inv3 (the CT table arc lies at row 0, the face at high rows, the skull base at slice 0):
 * columns → patient left (+x, assumed: the skull is left–right symmetric, so this cannot be checked
 * on the images), rows → anterior (−y), slices → superior (+z). The origin is not stored either:
 * the volume is centred on world (0, 0, 0).
 */
import type { GridSpec } from "../domain/model";
import type { ParseResult } from "../domain/parse-result";
import { gunzip, isGzip } from "./gunzip";
import { parsePlist, type PlistValue } from "./plist";
import { readTar, type TarEntry } from "./tar";
import { cropInv3Mask, type Inv3Mask } from "./inv3-mask";

export type { Inv3Mask } from "./inv3-mask";

/** Row-major direction cosines (columns = i, j, k axes in LPS): i → +x, j → −y, k → +z. */
export const INV3_DIRECTION = [1, 0, 0, 0, -1, 0, 0, 0, 1];

export interface Inv3Project {
  grid: GridSpec;
  data: Int16Array;
  modality: string;
  windowLevel?: number;
  windowWidth?: number;
  masks: Inv3Mask[];
}

type Dict = { [key: string]: PlistValue };
const isDict = (v: PlistValue | undefined): v is Dict =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const nums = (v: PlistValue | undefined): number[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === "number") ? (v as number[]) : undefined;

/** Reads an `.inv3` project (gzip tar bytes). Never throws; every problem names `file` and the member. */
export function readInv3(
  bytes: Uint8Array,
  file: string,
  direction = INV3_DIRECTION,
): ParseResult<Inv3Project> {
  const fail = (field: string, message: string): ParseResult<Inv3Project> => ({
    ok: false,
    issues: [{ file, field, message }],
  });
  let tarBytes: Uint8Array;
  try {
    tarBytes = isGzip(bytes) ? gunzip(bytes) : bytes;
  } catch (e) {
    return fail("", `cannot decompress: ${(e as Error).message}`);
  }
  const tar = readTar(tarBytes, file);
  if (!tar.ok) return tar;
  const byBase = new Map<string, TarEntry>(
    tar.value.map((e) => [e.name.split("/").pop() ?? e.name, e]),
  );
  const plistOf = (name: string): ParseResult<Dict> => {
    const e = byBase.get(name);
    if (!e)
      return {
        ok: false,
        issues: [{ file, field: name, message: "member missing from the archive" }],
      };
    const p = parsePlist(new TextDecoder().decode(e.data), `${file}:${name}`);
    if (!p.ok) return p;
    return isDict(p.value)
      ? { ok: true, value: p.value }
      : { ok: false, issues: [{ file, field: name, message: "top level is not a dict" }] };
  };
  const main = plistOf("main.plist");
  if (!main.ok) return main;
  const m = main.value;
  const matrix = m.matrix;
  const shape = isDict(matrix) ? nums(matrix.shape) : undefined;
  const spacing = nums(m.spacing);
  if (!isDict(matrix) || !shape || shape.length !== 3)
    return fail("main.plist", "matrix.shape must be 3 integers");
  if (matrix.dtype !== "int16")
    return fail(
      "main.plist",
      `matrix dtype "${String(matrix.dtype)}" is not supported (int16 only)`,
    );
  if (!spacing || spacing.length !== 3 || spacing.some((s) => !(s > 0)))
    return fail("main.plist", "spacing must be 3 positive numbers");
  const [nz, ny, nx] = shape;
  const n = nx * ny * nz;
  const dat = byBase.get(String(matrix.filename ?? "matrix.dat"));
  if (!dat) return fail("matrix.dat", "member missing from the archive");
  if (dat.data.length !== n * 2)
    return fail(
      "matrix.dat",
      `has ${dat.data.length} bytes, shape ${shape.join("×")} int16 needs ${n * 2}`,
    );
  const data = new Int16Array(dat.data.slice().buffer, 0, n);
  const dims: [number, number, number] = [nx, ny, nz];
  const sp: [number, number, number] = [spacing[0], spacing[1], spacing[2]];
  const half = [0, 1, 2].map((c) => (sp[c] * (dims[c] - 1)) / 2);
  const origin = [0, 1, 2].map(
    (r) =>
      -(
        direction[r * 3] * half[0] +
        direction[r * 3 + 1] * half[1] +
        direction[r * 3 + 2] * half[2]
      ),
  ) as [number, number, number];
  const grid: GridSpec = {
    dims,
    spacing: sp,
    origin: origin.map((v) => v + 0) as [number, number, number],
    direction: [...direction],
  };

  const masks: Inv3Mask[] = [];
  const maskList = isDict(m.masks) ? m.masks : {};
  for (const key of Object.keys(maskList).sort((a, b) => Number(a) - Number(b))) {
    const name = maskList[key];
    if (typeof name !== "string") continue;
    const mp = plistOf(name);
    if (!mp.ok) return mp;
    const mshape = nums(mp.value.mask_shape);
    const mfile = byBase.get(String(mp.value.mask_file));
    if (!mshape || mshape.join() !== [nz + 1, ny + 1, nx + 1].join())
      return fail(name, `mask_shape ${String(mshape)} is not the matrix shape + 1`);
    if (!mfile || mfile.data.length !== (nx + 1) * (ny + 1) * (nz + 1))
      return fail(name, "mask data missing or of the wrong size");
    const out = cropInv3Mask(mfile.data, dims);
    const tr = nums(mp.value.threshold_range) ?? [NaN, NaN];
    const col = nums(mp.value.colour) ?? [1, 1, 1];
    masks.push({
      index: Number(key),
      name: typeof mp.value.name === "string" ? mp.value.name : `mask ${key}`,
      thresholdRange: [tr[0], tr[1]],
      colour: [col[0], col[1], col[2]],
      data: out,
    });
  }
  const num = (v: PlistValue | undefined) => (typeof v === "number" ? v : undefined);
  return {
    ok: true,
    value: {
      grid,
      data,
      modality: typeof m.modality === "string" ? m.modality : "unknown",
      windowLevel: num(m.window_level),
      windowWidth: num(m.window_width),
      masks,
    },
  };
}
