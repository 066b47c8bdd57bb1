/**
 * NRRD reader in pure TypeScript (no Node APIs): attached-header `.nrrd` files, `raw` and `gzip`
 * encodings, little/big endian, integer and float types.
 *
 * Geometry: `space directions` columns and `space origin` are converted to LPS millimetres
 * (`right-anterior-superior` / `RAS` negate x and y; `left-posterior-superior` / `LPS` are kept).
 * Without `space directions`, `spacings` (else 1 mm) and the identity direction are used, origin 0.
 * One non-spatial axis (kind `list`, `vector`, `complex`… or direction `none`) is allowed: it is
 * reported as `listAxis` with `listSize` values per voxel. `origin` is the centre of voxel (0,0,0),
 * as in NRRD (cell-centred data). 2D images get k = 1.
 * Not supported (a clear issue is returned): detached data (`data file:`), `ascii`/`hex`/`bzip2`
 * encodings, block types, more than 3 spatial axes.
 */
import { gunzip } from "./gunzip";
import { DECOMPRESSED_SLACK_BYTES, voxelLimitProblem } from "./limits";
import type { GridSpec } from "../domain/model/primitives";
import type { ParseResult } from "../domain/parse-result";
import type { VoxelArray } from "./nifti";

export interface NrrdVolume {
  grid: GridSpec;
  /** Samples in file order: the first NRRD axis varies fastest (list axis included). */
  data: VoxelArray;
  /** Basic header fields (`type`, `sizes`, `kinds`…), keys lower-cased. */
  fields: Record<string, string>;
  /** `key:=value` pairs (e.g. Slicer `Segment0_Name`), keys as written. */
  keyValues: Record<string, string>;
  /** Index of the non-spatial axis among the NRRD axes, or -1 when all axes are spatial. */
  listAxis: number;
  /** Number of values along the non-spatial axis (1 when there is none). */
  listSize: number;
}

// A Map, not an object literal: a `type: constructor` or `type: __proto__` line must not find
// Object.prototype's members.
const TYPES = new Map<string, { ctor: new (b: ArrayBuffer) => VoxelArray; bytes: number }>();
const add = (names: string[], ctor: new (b: ArrayBuffer) => VoxelArray, bytes: number) =>
  names.forEach((n) => TYPES.set(n, { ctor, bytes }));
add(["uchar", "unsigned char", "uint8", "uint8_t"], Uint8Array, 1);
add(["signed char", "int8", "int8_t", "char"], Int8Array, 1);
add(["short", "short int", "signed short", "signed short int", "int16", "int16_t"], Int16Array, 2);
add(["ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t"], Uint16Array, 2);
add(["int", "signed int", "int32", "int32_t"], Int32Array, 4);
add(["uint", "unsigned int", "uint32", "uint32_t"], Uint32Array, 4);
add(["float"], Float32Array, 4);
add(["double"], Float64Array, 8);

function fail(file: string, message: string, field = ""): ParseResult<never> {
  return { ok: false, issues: [{ file, field, message }] };
}

function parseVector(s: string): number[] | null {
  const m = s.trim().match(/^\((.*)\)$/);
  if (!m) return null;
  const v = m[1].split(",").map((x) => Number(x.trim()));
  return v.every(Number.isFinite) ? v : null;
}

/** Splits `space directions` into per-axis tokens: `(a,b,c)` vectors or `none`. */
function splitDirections(s: string): string[] {
  return s.match(/\([^)]*\)|none/g) ?? [];
}

/**
 * Parses an attached-header NRRD file. Never throws: malformed, truncated or unsupported files give
 * `{ ok: false, issues }` naming `file` and the header field at fault.
 */
export function readNrrd(bytes: Uint8Array, file: string): ParseResult<NrrdVolume> {
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (!/^NRRD000[1-5]$/.test(magic))
    return fail(file, `not a NRRD file (magic '${magic.replace(/[^\x20-\x7e]/g, "?")}')`);
  // The header ends at the first empty line: "\n\n", or "\r\n\r\n" in files written on Windows.
  let end = -1;
  let dataStart = -1;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i + 1] === 10) [end, dataStart] = [i, i + 2];
    else if (bytes[i] === 10 && bytes[i + 1] === 13 && bytes[i + 2] === 10)
      [end, dataStart] = [i, i + 3];
    if (end >= 0) break;
  }
  if (end < 0) return fail(file, "the header never ends (no blank line): file truncated?");
  const header = new TextDecoder("latin1").decode(bytes.subarray(0, end));
  // Null-prototype records: header keys such as `constructor` or `__proto__` are plain keys.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  const keyValues: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const raw of header.split("\n").slice(1)) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.trim() || line.startsWith("#")) continue;
    const kv = line.indexOf(":=");
    const colon = line.indexOf(": ");
    if (kv >= 0 && (colon < 0 || kv < colon)) keyValues[line.slice(0, kv)] = line.slice(kv + 2);
    else if (colon >= 0)
      fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 2).trim();
    else return fail(file, `unreadable header line '${line}'`);
  }
  if (fields["data file"] || fields["datafile"])
    return fail(file, "detached data files are not supported", "data file");
  const type = TYPES.get(fields.type ?? "");
  if (!type) return fail(file, `unsupported or missing type '${fields.type ?? ""}'`, "type");
  const sizes = (fields.sizes ?? "").split(/\s+/).map(Number);
  const dimension = Number(fields.dimension);
  if (
    !(dimension >= 2 && dimension <= 4) ||
    sizes.length !== dimension ||
    sizes.some((s) => !Number.isInteger(s) || s < 1)
  )
    return fail(
      file,
      `dimension ${fields.dimension} / sizes '${fields.sizes}' are not 2–4 positive integers`,
      "sizes",
    );
  const tooMany = voxelLimitProblem(sizes);
  if (tooMany) return fail(file, tooMany, "sizes");
  const kinds = (fields.kinds ?? "").split(/\s+/).filter(Boolean);
  const dirTokens = fields["space directions"] ? splitDirections(fields["space directions"]) : [];
  if (dirTokens.length && dirTokens.length !== dimension)
    return fail(
      file,
      `space directions has ${dirTokens.length} entries for ${dimension} axes`,
      "space directions",
    );
  const spatialKinds = new Set(["domain", "space", "time"]);
  let listAxis = -1;
  for (let a = 0; a < dimension; a++) {
    const nonSpatial = dirTokens.length
      ? dirTokens[a] === "none"
      : kinds.length
        ? !spatialKinds.has(kinds[a])
        : false;
    if (nonSpatial) {
      if (listAxis >= 0) return fail(file, "more than one non-spatial axis", "kinds");
      listAxis = a;
    }
  }
  const spatialAxes = [...Array(dimension).keys()].filter((a) => a !== listAxis);
  if (spatialAxes.length > 3) return fail(file, "more than 3 spatial axes", "sizes");

  const space = (fields.space ?? "left-posterior-superior").toLowerCase();
  let flip: [number, number, number];
  if (space === "left-posterior-superior" || space === "lps") flip = [1, 1, 1];
  else if (space === "right-anterior-superior" || space === "ras") flip = [-1, -1, 1];
  else return fail(file, `space '${fields.space}' is not supported (need LPS or RAS)`, "space");

  const spacing: [number, number, number] = [1, 1, 1];
  const direction = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const dims: [number, number, number] = [1, 1, 1];
  spatialAxes.forEach((a, c) => {
    dims[c] = sizes[a];
  });
  if (dirTokens.length) {
    for (let c = 0; c < spatialAxes.length; c++) {
      const v = parseVector(dirTokens[spatialAxes[c]]);
      if (!v || v.length !== 3)
        return fail(
          file,
          `space direction '${dirTokens[spatialAxes[c]]}' is not a 3-vector`,
          "space directions",
        );
      const n = Math.hypot(v[0], v[1], v[2]);
      if (!(n > 0)) return fail(file, "a space direction has zero length", "space directions");
      spacing[c] = n;
      for (let r = 0; r < 3; r++) direction[r * 3 + c] = (flip[r] * v[r]) / n + 0; // + 0 turns -0 into 0
    }
  } else if (fields.spacings) {
    const sp = fields.spacings.split(/\s+/).map(Number);
    spatialAxes.forEach((a, c) => {
      if (Number.isFinite(sp[a]) && sp[a] > 0) spacing[c] = sp[a];
    });
  }
  let origin: [number, number, number] = [0, 0, 0];
  if (fields["space origin"]) {
    const o = parseVector(fields["space origin"]);
    if (!o || o.length !== 3)
      return fail(
        file,
        `space origin '${fields["space origin"]}' is not a 3-vector`,
        "space origin",
      );
    origin = [flip[0] * o[0] + 0, flip[1] * o[1] + 0, flip[2] * o[2] + 0];
  }

  const encoding = (fields.encoding ?? "raw").toLowerCase();
  let payload = bytes.subarray(dataStart);
  const count = sizes.reduce((p, s) => p * s, 1);
  const nBytes = count * type.bytes;
  if (encoding === "gzip" || encoding === "gz") {
    try {
      payload = gunzip(payload, { maxBytes: nBytes + DECOMPRESSED_SLACK_BYTES });
    } catch (e) {
      return fail(file, `gzip payload: ${(e as Error).message}`, "encoding");
    }
  } else if (encoding !== "raw")
    return fail(file, `encoding '${encoding}' is not supported (raw or gzip)`, "encoding");
  if (payload.length < nBytes)
    return fail(
      file,
      `truncated: ${count} samples need ${nBytes} bytes of data, found ${payload.length}`,
      "sizes",
    );
  // Raw data sits at the end of the file (NRRD allows skipped bytes before it).
  const start = encoding === "raw" ? payload.length - nBytes : 0;
  const copy = new Uint8Array(payload.subarray(start, start + nBytes)); // a fresh buffer (Node Buffers share one)
  const bigEndian = (fields.endian ?? "little").toLowerCase() === "big";
  if (bigEndian && type.bytes > 1) {
    for (let i = 0; i < copy.length; i += type.bytes) copy.subarray(i, i + type.bytes).reverse();
  }
  const data = new type.ctor(copy.buffer);
  return {
    ok: true,
    value: {
      grid: { dims, spacing, origin, direction },
      data,
      fields,
      keyValues,
      listAxis,
      listSize: listAxis >= 0 ? sizes[listAxis] : 1,
    },
  };
}
