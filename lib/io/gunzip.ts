/**
 * The one gzip / deflate decoder for untrusted files (pure TypeScript on fflate's streaming
 * inflater; no Node APIs). Every gzip member is inflated (some tools write several), the output is
 * counted while it is produced and inflation stops once it passes `maxBytes`, and each member's
 * CRC-32 and ISIZE (its length mod 2^32) are checked against its trailer, so a corrupt file is
 * refused instead of being read wrong. Errors are thrown as `Error`s whose message is one line
 * without the file name (callers add it).
 */
import { Gunzip, Inflate } from "fflate";
import { formatBytes, MAX_DECOMPRESSED_BYTES } from "./limits";

/** Input is fed in chunks of this size, so one push inflates to at most ~16 MiB (deflate ≤ 1032:1). */
const CHUNK = 16 * 1024;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3, as in gzip) of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Whether the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The chunks joined into one array of `total` bytes (the one chunk itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function tooLarge(maxBytes: number): Error {
  return new Error(
    `decompresses to more than ${formatBytes(maxBytes)} (the limit; a gzip bomb or a header that understates the data)`,
  );
}

const u32le = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

export interface GunzipOptions {
  /** Refuse output longer than this many bytes (default {@link MAX_DECOMPRESSED_BYTES}). */
  maxBytes?: number;
  /**
   * Stop after the first `prefixBytes` bytes and return them (fewer when the stream is shorter);
   * no CRC check is possible then. Used to read a header before deciding how much to inflate.
   */
  prefixBytes?: number;
}

/**
 * Decompresses every member of a gzip file. Throws when the stream is corrupt or truncated, when a
 * member's CRC-32 or length does not match its trailer, or when the output passes `maxBytes`.
 */
export function gunzip(bytes: Uint8Array, opts: GunzipOptions = {}): Uint8Array {
  const maxBytes = opts.maxBytes ?? MAX_DECOMPRESSED_BYTES;
  const prefix = opts.prefixBytes;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let crc = 0;
  let memberLen = 0;
  let member = 0;
  const checkTrailer = (end: number) => {
    member++;
    if (end < 8) throw new Error("gzip member without its 8-byte trailer (file truncated?)");
    const storedCrc = u32le(bytes, end - 8);
    const storedLen = u32le(bytes, end - 4);
    if (storedCrc !== crc)
      throw new Error(
        `CRC-32 mismatch in gzip member ${member} (stored 0x${storedCrc.toString(16)}, data 0x${crc.toString(16)}): the file is corrupt`,
      );
    if (storedLen !== memberLen % 2 ** 32)
      throw new Error(
        `length mismatch in gzip member ${member} (trailer says ${storedLen} bytes, got ${memberLen}): the file is corrupt`,
      );
    crc = 0;
    memberLen = 0;
  };
  const g = new Gunzip({}, (chunk) => {
    if (prefix === undefined) {
      crc = crc32(chunk, crc);
      memberLen += chunk.length;
    }
    total += chunk.length;
    if (total > maxBytes && prefix === undefined) throw tooLarge(maxBytes);
    chunks.push(chunk);
  });
  g.onmember = (offset) => {
    if (prefix === undefined) checkTrailer(offset);
  };
  for (let p = 0; p < bytes.length; p += CHUNK) {
    g.push(bytes.subarray(p, p + CHUNK), p + CHUNK >= bytes.length);
    if (prefix !== undefined && total >= prefix)
      return concatBytes(chunks, total).subarray(0, prefix);
  }
  if (bytes.length === 0) throw new Error("empty gzip stream");
  if (prefix === undefined) checkTrailer(bytes.length);
  return concatBytes(chunks, total);
}

/**
 * Inflates a raw deflate stream (no gzip or zlib wrapper, as in the DICOM Deflated Explicit VR
 * Little Endian transfer syntax). Throws when it is corrupt or its output passes `maxBytes`.
 */
export function inflateRaw(bytes: Uint8Array, maxBytes = MAX_DECOMPRESSED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inf = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  });
  for (let p = 0; p < bytes.length || p === 0; p += CHUNK)
    inf.push(bytes.subarray(p, p + CHUNK), p + CHUNK >= bytes.length);
  return concatBytes(chunks, total);
}
