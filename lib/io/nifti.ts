/**
 * NIfTI-1 reader and writer in pure TypeScript (no Node APIs; works in the browser too).
 *
 * - Reads single-file NIfTI-1 (`n+1` magic), plain or gzip-compressed (detected by the gzip magic
 *   bytes, not the file name), little- or big-endian (detected from `sizeof_hdr`).
 * - Datatypes: uint8, int8, int16, uint16, int32, uint32, float32, float64, and rgb24 / rgba32
 *   (returned interleaved per voxel as bytes, `components` = 3 or 4).
 * - Intensity scaling: when `scl_slope` is finite and non-zero and (slope, inter) ≠ (1, 0), `data`
 *   holds `slope·stored + inter` as a Float32Array (Float64Array for float64 / int32 / uint32 input);
 *   otherwise `data` holds the stored values in their own type. `rawDatatype` always names the
 *   stored type.
 * - Geometry: the sform when `sform_code > 0`, else the qform (quaternion, `pixdim[0]` = qfac) when
 *   `qform_code > 0`, else NIfTI "method 1" (x = i·pixdim[1], y = j·pixdim[2], z = k·pixdim[3], RAS).
 *   Spatial units from `xyzt_units` (metre, micron) are converted to mm. The RAS affine is turned into
 *   an LPS {@link GridSpec} by negating its x and y rows.
 * - Not supported (a clear issue is returned): NIfTI-2, header/image pairs (`ni1`), Analyze 7.5,
 *   complex, int64, float128 and bit data.
 *
 * Voxel order of `data` is i-fastest (then j, then k, then t), exactly as stored in the file.
 */
import { gzipSync } from "fflate";
import { gunzip, isGzip } from "./gunzip";
import { DECOMPRESSED_SLACK_BYTES, voxelLimitProblem } from "./limits";
import type { GridSpec } from "../domain/model/primitives";
import type { ParseResult } from "../domain/parse-result";

export { isGzip };

export type NiftiDatatype =
  | "uint8"
  | "int8"
  | "int16"
  | "uint16"
  | "int32"
  | "uint32"
  | "float32"
  | "float64"
  | "rgb24"
  | "rgba32";

export type VoxelArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/** Header fields kept from the file (as stored, before unit conversion unless said otherwise). */
export interface NiftiHeader {
  littleEndian: boolean;
  /** `dim[0..7]` as stored. */
  dim: number[];
  /** `pixdim[0..7]` as stored (pixdim[0] is qfac). */
  pixdim: number[];
  /** Voxel size in mm along i, j, k from pixdim (units converted; ≤ 0 or missing → 1). */
  zoomsMm: [number, number, number];
  datatypeCode: number;
  bitpix: number;
  voxOffset: number;
  sclSlope: number;
  sclInter: number;
  calMin: number;
  calMax: number;
  xyztUnits: number;
  qformCode: number;
  sformCode: number;
  intentCode: number;
  intentName: string;
  /** Which transform the grid came from. */
  transform: "sform" | "qform" | "pixdim";
  /** The chosen voxel→world affine in RAS mm, row-major 4×4. */
  affineRas: number[];
}

export interface NiftiVolume {
  grid: GridSpec;
  /** Voxel values, i fastest; length = nx·ny·nz·frames·components. */
  data: VoxelArray;
  /** The stored datatype (before any scaling). */
  datatype: NiftiDatatype;
  /** Whether `data` holds scaled values (see file comment). */
  scaled: boolean;
  /** Number of 3D volumes (product of dim[4..7]; 1 for ordinary images and labelmaps). */
  frames: number;
  /** Values per voxel: 1, or 3 / 4 for rgb24 / rgba32. */
  components: number;
  /** `descrip` (80 characters max). */
  description: string;
  /** `aux_file` (24 characters max). */
  auxFile: string;
  header: NiftiHeader;
}

const DATATYPES: Record<number, { name: NiftiDatatype; bytes: number; components: number }> = {
  2: { name: "uint8", bytes: 1, components: 1 },
  4: { name: "int16", bytes: 2, components: 1 },
  8: { name: "int32", bytes: 4, components: 1 },
  16: { name: "float32", bytes: 4, components: 1 },
  64: { name: "float64", bytes: 8, components: 1 },
  128: { name: "rgb24", bytes: 1, components: 3 },
  256: { name: "int8", bytes: 1, components: 1 },
  512: { name: "uint16", bytes: 2, components: 1 },
  768: { name: "uint32", bytes: 4, components: 1 },
  2304: { name: "rgba32", bytes: 1, components: 4 },
};

const UNSUPPORTED: Record<number, string> = {
  1: "binary (1 bit)",
  32: "complex64",
  1024: "int64",
  1280: "uint64",
  1536: "float128",
  1792: "complex128",
  2048: "complex256",
};

function fail(file: string, message: string, field = ""): ParseResult<never> {
  return { ok: false, issues: [{ file, field, message }] };
}

function cString(bytes: Uint8Array, offset: number, length: number): string {
  let end = offset;
  while (end < offset + length && bytes[end] !== 0) end++;
  let s = "";
  for (let i = offset; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Spatial unit factor to mm from `xyzt_units` (0 = unknown → assume mm). */
function spatialToMm(xyztUnits: number): number {
  switch (xyztUnits & 0x07) {
    case 1:
      return 1000; // metre
    case 3:
      return 0.001; // micron
    default:
      return 1; // mm or unknown
  }
}

/** Rotation matrix (row-major 3×3) of a NIfTI unit quaternion (b, c, d); a = √(1−b²−c²−d²). */
export function quaternionToMatrix(b: number, c: number, d: number): number[] {
  let a = 1 - (b * b + c * c + d * d);
  if (a < 1e-7) {
    // Nearly 180° rotation: renormalise (b, c, d), as nifti1_io does.
    const n = 1 / Math.sqrt(b * b + c * c + d * d);
    b *= n;
    c *= n;
    d *= n;
    a = 0;
  } else a = Math.sqrt(a);
  return [
    a * a + b * b - c * c - d * d,
    2 * (b * c - a * d),
    2 * (b * d + a * c),
    2 * (b * c + a * d),
    a * a + c * c - b * b - d * d,
    2 * (c * d - a * b),
    2 * (b * d - a * c),
    2 * (c * d + a * b),
    a * a + d * d - c * c - b * b,
  ];
}

/**
 * Quaternion (b, c, d) and qfac of a 3×3 matrix whose columns are the (unit) i, j, k directions
 * in RAS. The matrix is first made orthonormal (Gram–Schmidt on the columns, so a sheared grid gets
 * the nearest rotation that keeps the i axis); qfac = −1 when it is a reflection.
 */
export function matrixToQuaternion(m: readonly number[]): {
  b: number;
  c: number;
  d: number;
  qfac: number;
} {
  const col = (c: number) => [m[c], m[3 + c], m[6 + c]];
  const norm = (v: number[]) => {
    const n = Math.hypot(v[0], v[1], v[2]) || 1;
    return v.map((x) => x / n);
  };
  const dot = (u: number[], v: number[]) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const e0 = norm(col(0));
  let e1 = col(1);
  e1 = norm(e1.map((x, i) => x - dot(e1, e0) * e0[i]));
  let e2 = col(2);
  const p0 = dot(e2, e0);
  const p1 = dot(e2, e1);
  e2 = norm(e2.map((x, i) => x - p0 * e0[i] - p1 * e1[i]));
  const det =
    e0[0] * (e1[1] * e2[2] - e1[2] * e2[1]) -
    e1[0] * (e0[1] * e2[2] - e0[2] * e2[1]) +
    e2[0] * (e0[1] * e1[2] - e0[2] * e1[1]);
  let qfac = 1;
  if (det < 0) {
    qfac = -1;
    e2 = e2.map((x) => -x);
  }
  const [r11, r21, r31] = e0;
  const [r12, r22, r32] = e1;
  const [r13, r23, r33] = e2;
  let a = r11 + r22 + r33 + 1;
  let b: number, c: number, d: number;
  if (a > 0.5) {
    a = 0.5 * Math.sqrt(a);
    b = (0.25 * (r32 - r23)) / a;
    c = (0.25 * (r13 - r31)) / a;
    d = (0.25 * (r21 - r12)) / a;
  } else {
    const xd = 1 + r11 - (r22 + r33);
    const yd = 1 + r22 - (r11 + r33);
    const zd = 1 + r33 - (r11 + r22);
    if (xd > 1) {
      b = 0.5 * Math.sqrt(xd);
      c = (0.25 * (r12 + r21)) / b;
      d = (0.25 * (r13 + r31)) / b;
      a = (0.25 * (r32 - r23)) / b;
    } else if (yd > 1) {
      c = 0.5 * Math.sqrt(yd);
      b = (0.25 * (r12 + r21)) / c;
      d = (0.25 * (r23 + r32)) / c;
      a = (0.25 * (r13 - r31)) / c;
    } else {
      d = 0.5 * Math.sqrt(zd);
      b = (0.25 * (r13 + r31)) / d;
      c = (0.25 * (r23 + r32)) / d;
      a = (0.25 * (r21 - r12)) / d;
    }
    if (a < 0) {
      b = -b;
      c = -c;
      d = -d;
    }
  }
  return { b, c, d, qfac };
}

/**
 * LPS grid of a RAS voxel→world affine (row-major 4×4 or 3×4): spacing = column norms, direction =
 * normalised columns with the x and y rows negated, origin = translation with x and y negated.
 * A zero column (degenerate affine) gets spacing `fallbackSpacing[c]` and the identity direction.
 */
export function gridFromRasAffine(
  affine: readonly number[],
  dims: readonly [number, number, number],
  fallbackSpacing: readonly [number, number, number] = [1, 1, 1],
): GridSpec {
  const spacing: [number, number, number] = [0, 0, 0];
  const direction = new Array<number>(9).fill(0);
  for (let c = 0; c < 3; c++) {
    const v = [affine[c], affine[4 + c], affine[8 + c]];
    const n = Math.hypot(v[0], v[1], v[2]);
    if (!(n > 0) || !Number.isFinite(n)) {
      spacing[c] = fallbackSpacing[c];
      direction[c * 3 + c] = 1;
      continue;
    }
    spacing[c] = n;
    // `+ 0` turns -0 into 0 so grids compare and serialise cleanly.
    direction[c] = -v[0] / n + 0;
    direction[3 + c] = -v[1] / n + 0;
    direction[6 + c] = v[2] / n + 0;
  }
  return {
    dims: [dims[0], dims[1], dims[2]],
    spacing,
    origin: [-affine[3] + 0, -affine[7] + 0, affine[11] + 0],
    direction,
  };
}

/** RAS voxel→world affine (row-major 4×4) of an LPS grid. Inverse of {@link gridFromRasAffine}. */
export function rasAffineFromGrid(grid: GridSpec): number[] {
  const a = new Array<number>(16).fill(0);
  for (let c = 0; c < 3; c++) {
    a[c] = -grid.direction[c] * grid.spacing[c] + 0;
    a[4 + c] = -grid.direction[3 + c] * grid.spacing[c] + 0;
    a[8 + c] = grid.direction[6 + c] * grid.spacing[c] + 0;
  }
  a[3] = -grid.origin[0] + 0;
  a[7] = -grid.origin[1] + 0;
  a[11] = grid.origin[2] + 0;
  a[15] = 1;
  return a;
}

interface HeaderLayout {
  le: boolean;
  dim: number[];
  dims: [number, number, number];
  frames: number;
  datatypeCode: number;
  dt: { name: NiftiDatatype; bytes: number; components: number };
  voxOffset: number;
  nValues: number;
  nBytes: number;
  /** vox_offset + data bytes: how long the uncompressed file must be. */
  dataEnd: number;
}

/**
 * What the first 348 bytes say about the data: byte order, dims, datatype, vox_offset and sizes.
 * Refuses (never throws) a header that is not NIfTI-1, has a non-finite vox_offset, or announces
 * more than {@link MAX_VOXELS} voxels — before anything of that size is allocated.
 */
function readHeaderLayout(buf: Uint8Array, file: string): ParseResult<HeaderLayout> {
  if (buf.length < 348)
    return fail(file, `too short for a NIfTI-1 header (${buf.length} bytes, need 348)`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let le = true;
  const sizeLE = view.getInt32(0, true);
  if (sizeLE !== 348) {
    const sizeBE = view.getInt32(0, false);
    if (sizeBE === 348) le = false;
    else if (sizeLE === 540 || sizeBE === 540)
      return fail(file, "NIfTI-2 files are not supported (save as NIfTI-1)");
    else return fail(file, `not a NIfTI-1 file (sizeof_hdr = ${sizeLE}, expected 348)`);
  }
  const magic = cString(buf, 344, 4);
  if (magic === "ni1")
    return fail(
      file,
      "header/image pairs (.hdr/.img, magic 'ni1') are not supported; use a single .nii(.gz)",
    );
  if (magic !== "n+1")
    return fail(
      file,
      `not a NIfTI-1 file (magic '${magic}', expected 'n+1'; Analyze 7.5 is not supported)`,
    );
  const i16 = (o: number) => view.getInt16(o, le);
  const dim: number[] = [];
  for (let i = 0; i < 8; i++) dim.push(i16(40 + 2 * i));
  const ndim = dim[0];
  if (ndim < 1 || ndim > 7) return fail(file, `dim[0] = ${ndim} is not between 1 and 7`, "dim");
  const sizes = [1, 1, 1, 1, 1, 1, 1];
  for (let i = 1; i <= ndim; i++) {
    if (dim[i] < 1) return fail(file, `dim[${i}] = ${dim[i]} must be ≥ 1`, "dim");
    sizes[i - 1] = dim[i];
  }
  const dims: [number, number, number] = [sizes[0], sizes[1], sizes[2]];
  const frames = sizes[3] * sizes[4] * sizes[5] * sizes[6];
  const datatypeCode = i16(70);
  const dt = DATATYPES[datatypeCode];
  if (!dt) {
    const name = UNSUPPORTED[datatypeCode];
    return fail(
      file,
      name
        ? `datatype ${name} (${datatypeCode}) is not supported`
        : `unknown datatype code ${datatypeCode}`,
      "datatype",
    );
  }
  const rawOffset = view.getFloat32(108, le);
  if (!Number.isFinite(rawOffset))
    return fail(file, `vox_offset is ${rawOffset}, not a finite number of bytes`, "vox_offset");
  const tooMany = voxelLimitProblem([
    ...sizes.slice(0, ndim),
    ...(dt.components > 1 ? [dt.components] : []),
  ]);
  if (tooMany) return fail(file, tooMany, "dim");
  const voxOffset = Math.max(352, Math.floor(rawOffset));
  const nValues = dims[0] * dims[1] * dims[2] * frames * dt.components;
  const nBytes = nValues * dt.bytes;
  const dataEnd = voxOffset + nBytes;
  return {
    ok: true,
    value: { le, dim, dims, frames, datatypeCode, dt, voxOffset, nValues, nBytes, dataEnd },
  };
}

/**
 * Parses a NIfTI-1 file (`.nii` or `.nii.gz`). Never throws: a malformed or unsupported file gives
 * `{ ok: false, issues }` naming `file`.
 */
export function readNifti(bytes: Uint8Array, file: string): ParseResult<NiftiVolume> {
  let buf = bytes;
  if (isGzip(buf)) {
    // Header first: the limits are checked on what it announces before the data is inflated.
    let head: Uint8Array;
    try {
      head = gunzip(buf, { prefixBytes: 352 });
    } catch (e) {
      return fail(file, `not a readable gzip stream: ${(e as Error).message}`);
    }
    const h = readHeaderLayout(head, file);
    if (!h.ok) return h;
    try {
      buf = gunzip(buf, { maxBytes: h.value.dataEnd + DECOMPRESSED_SLACK_BYTES });
    } catch (e) {
      return fail(file, `not a readable gzip stream: ${(e as Error).message}`);
    }
  }
  const layout = readHeaderLayout(buf, file);
  if (!layout.ok) return layout;
  const { le, dim, dims, frames, datatypeCode, dt, voxOffset, nValues, nBytes } = layout.value;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const i16 = (o: number) => view.getInt16(o, le);
  const f32 = (o: number) => view.getFloat32(o, le);
  const pixdim: number[] = [];
  for (let i = 0; i < 8; i++) pixdim.push(f32(76 + 4 * i));
  if (voxOffset + nBytes > buf.length) {
    return fail(
      file,
      `truncated: the header announces ${nBytes} data bytes from offset ${voxOffset} but the file has ${buf.length} bytes`,
    );
  }
  const raw = readArray(buf, voxOffset, nValues, dt.name, le);

  const sclSlope = f32(112);
  const sclInter = f32(116);
  let data: VoxelArray = raw;
  let scaled = false;
  if (Number.isFinite(sclSlope) && sclSlope !== 0 && dt.components === 1) {
    const inter = Number.isFinite(sclInter) ? sclInter : 0;
    if (sclSlope !== 1 || inter !== 0) {
      const wide = dt.name === "float64" || dt.name === "int32" || dt.name === "uint32";
      const out = wide ? new Float64Array(nValues) : new Float32Array(nValues);
      for (let i = 0; i < nValues; i++) out[i] = raw[i] * sclSlope + inter;
      data = out;
      scaled = true;
    }
  }

  const xyztUnits = buf[123];
  const unit = spatialToMm(xyztUnits);
  const zoomsMm: [number, number, number] = [1, 1, 1];
  for (let c = 0; c < 3; c++) {
    const p = Math.abs(pixdim[c + 1]);
    zoomsMm[c] = Number.isFinite(p) && p > 0 ? p * unit : 1;
  }
  const qformCode = i16(252);
  const sformCode = i16(254);
  let affine: number[];
  let transform: NiftiHeader["transform"];
  if (sformCode > 0) {
    transform = "sform";
    affine = [];
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 4; c++) affine.push(f32(280 + 16 * r + 4 * c) * unit);
    affine.push(0, 0, 0, 1);
  } else if (qformCode > 0) {
    transform = "qform";
    const R = quaternionToMatrix(f32(256), f32(260), f32(264));
    const qfac = pixdim[0] < 0 ? -1 : 1;
    const z = [zoomsMm[0], zoomsMm[1], zoomsMm[2] * qfac];
    const off = [f32(268) * unit, f32(272) * unit, f32(276) * unit];
    affine = [];
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) affine.push(R[r * 3 + c] * z[c]);
      affine.push(off[r]);
    }
    affine.push(0, 0, 0, 1);
  } else {
    transform = "pixdim";
    affine = [zoomsMm[0], 0, 0, 0, 0, zoomsMm[1], 0, 0, 0, 0, zoomsMm[2], 0, 0, 0, 0, 1];
  }
  if (affine.some((v) => !Number.isFinite(v)))
    return fail(file, `the ${transform} contains non-finite numbers`, transform);
  const grid = gridFromRasAffine(affine, dims, zoomsMm);

  return {
    ok: true,
    value: {
      grid,
      data,
      datatype: dt.name,
      scaled,
      frames,
      components: dt.components,
      description: cString(buf, 148, 80),
      auxFile: cString(buf, 228, 24),
      header: {
        littleEndian: le,
        dim,
        pixdim,
        zoomsMm,
        datatypeCode,
        bitpix: i16(72),
        voxOffset,
        sclSlope,
        sclInter,
        calMin: f32(128),
        calMax: f32(124),
        xyztUnits,
        qformCode,
        sformCode,
        intentCode: i16(68),
        intentName: cString(buf, 328, 16),
        transform,
        affineRas: affine,
      },
    },
  };
}

function readArray(
  buf: Uint8Array,
  offset: number,
  n: number,
  type: NiftiDatatype,
  le: boolean,
): VoxelArray {
  const ctor = {
    uint8: Uint8Array,
    rgb24: Uint8Array,
    rgba32: Uint8Array,
    int8: Int8Array,
    int16: Int16Array,
    uint16: Uint16Array,
    int32: Int32Array,
    uint32: Uint32Array,
    float32: Float32Array,
    float64: Float64Array,
  }[type];
  const size = ctor.BYTES_PER_ELEMENT;
  // Fast path: copy the bytes (always a fresh, aligned buffer), then swap in place if big-endian.
  // `new Uint8Array(view)` copies into a fresh buffer even when `buf` is a Node Buffer (whose
  // `slice` is a view into a shared pool).
  const copy = new Uint8Array(buf.subarray(offset, offset + n * size));
  if (!le && size > 1) {
    for (let i = 0; i < copy.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = copy[a];
        copy[a] = copy[b];
        copy[b] = t;
      }
    }
  }
  return new ctor(copy.buffer, 0, n);
}

export interface WriteNiftiOptions {
  gzip: boolean;
  /** Written to `descrip` (truncated to 79 characters, non-ASCII replaced by `?`). */
  description?: string;
  /** Written to `intent_name` (e.g. "labels"); optional. */
  intentName?: string;
}

function datatypeCodeOf(data: VoxelArray): number | undefined {
  if (data instanceof Uint8Array) return 2;
  if (data instanceof Int8Array) return 256;
  if (data instanceof Int16Array) return 4;
  if (data instanceof Uint16Array) return 512;
  if (data instanceof Int32Array) return 8;
  if (data instanceof Uint32Array) return 768;
  if (data instanceof Float32Array) return 16;
  if (data instanceof Float64Array) return 64;
  return undefined;
}

/**
 * Writes a little-endian single-file NIfTI-1 (`n+1`, vox_offset 352, no extensions) holding one 3D
 * volume on `vol.grid` (dims nx × ny × nz; nz = 1 for 2D). The datatype follows the typed array
 * (Uint8Array → uint8, …, Float64Array → float64). Geometry: the sform (code 1, scanner) is the
 * grid's exact RAS affine; the qform (code 1) holds the same rotation as a quaternion (the nearest
 * rotation if the grid is sheared) with qfac = −1 for left-handed grids; pixdim[1..3] = spacing,
 * units mm. scl_slope = 1, scl_inter = 0.
 */
export function writeNifti(
  vol: { grid: GridSpec; data: VoxelArray },
  opts: WriteNiftiOptions,
): Uint8Array {
  const { grid, data } = vol;
  const [nx, ny, nz] = grid.dims;
  const n = nx * ny * nz;
  if (data.length !== n)
    throw new Error(
      `writeNifti: data has ${data.length} values, the grid ${nx}×${ny}×${nz} needs ${n}`,
    );
  const code = datatypeCodeOf(data);
  if (!code) throw new Error("writeNifti: unsupported array type");
  const bpv = data.BYTES_PER_ELEMENT;
  const out = new Uint8Array(352 + n * bpv);
  const v = new DataView(out.buffer);
  v.setInt32(0, 348, true);
  out[38] = "r".charCodeAt(0);
  const dim = [3, nx, ny, nz, 1, 1, 1, 1];
  dim.forEach((d, i) => v.setInt16(40 + 2 * i, d, true));
  v.setInt16(70, code, true);
  v.setInt16(72, bpv * 8, true);
  const affine = rasAffineFromGrid(grid);
  const rot = [
    affine[0] / grid.spacing[0],
    affine[1] / grid.spacing[1],
    affine[2] / grid.spacing[2],
    affine[4] / grid.spacing[0],
    affine[5] / grid.spacing[1],
    affine[6] / grid.spacing[2],
    affine[8] / grid.spacing[0],
    affine[9] / grid.spacing[1],
    affine[10] / grid.spacing[2],
  ];
  const q = matrixToQuaternion(rot);
  const pixdim = [q.qfac, grid.spacing[0], grid.spacing[1], grid.spacing[2], 1, 1, 1, 1];
  pixdim.forEach((p, i) => v.setFloat32(76 + 4 * i, p, true));
  v.setFloat32(108, 352, true);
  v.setFloat32(112, 1, true);
  v.setFloat32(116, 0, true);
  out[123] = 2; // NIFTI_UNITS_MM
  const writeString = (s: string, offset: number, max: number) => {
    for (let i = 0; i < Math.min(s.length, max - 1); i++) {
      const c = s.charCodeAt(i);
      out[offset + i] = c < 128 ? c : 63;
    }
  };
  writeString(opts.description ?? "", 148, 80);
  v.setInt16(252, 1, true);
  v.setInt16(254, 1, true);
  v.setFloat32(256, q.b, true);
  v.setFloat32(260, q.c, true);
  v.setFloat32(264, q.d, true);
  v.setFloat32(268, affine[3], true);
  v.setFloat32(272, affine[7], true);
  v.setFloat32(276, affine[11], true);
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 4; c++) v.setFloat32(280 + 16 * r + 4 * c, affine[r * 4 + c], true);
  writeString(opts.intentName ?? "", 328, 16);
  out.set([0x6e, 0x2b, 0x31, 0x00], 344); // "n+1\0"
  // Typed arrays are little-endian on every platform Node and browsers run on.
  out.set(new Uint8Array(data.buffer, data.byteOffset, n * bpv), 352);
  return opts.gzip ? gzipSync(out, { level: 6 }) : out;
}
