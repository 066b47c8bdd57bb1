/**
 * In-memory DICOM data set as read by `read-part10.ts`: an ordered list of elements whose values
 * stay raw bytes (in the file's byte order), so that writing back changes only what was edited.
 */

/** How the data set (after the File Meta group) is encoded. */
export interface Encoding {
  explicitVr: boolean;
  littleEndian: boolean;
  /** Deflated Explicit VR Little Endian: the data set bytes are raw-deflated on disk. */
  deflated: boolean;
}

/** One data element. `tag` is the 32-bit (group << 16 | element) number. */
export interface Element {
  tag: number;
  /** Two-letter VR (from the file when explicit, from the dictionary when implicit; `UN` if unknown). */
  vr: string;
  /** Raw value bytes for non-sequence, non-encapsulated elements. */
  value?: Uint8Array;
  /** Items of a sequence (VR SQ, or UN with undefined length holding a sequence). */
  items?: DataSet[];
  /** Encapsulated pixel data: the basic offset table first, then the fragments, each raw. */
  fragments?: Uint8Array[];
}

/** Ordered elements of one data set or sequence item. */
export type DataSet = Element[];

/** A parsed Part 10 file (or a bare data set when the file has no preamble/meta group). */
export interface DicomFile {
  /** 128-byte preamble, or null for bare data sets. */
  preamble: Uint8Array | null;
  /** File Meta Information (group 0002), always Explicit VR Little Endian. */
  meta: DataSet;
  dataset: DataSet;
  encoding: Encoding;
  transferSyntaxUid: string;
}

/** Thrown by the reader for malformed input; `offset` is the byte offset where it failed. */
export class DicomParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at byte ${offset})`);
    this.name = "DicomParseError";
  }
}
