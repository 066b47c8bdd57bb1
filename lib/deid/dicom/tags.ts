/** Tag helpers and VR facts shared by the reader, writer, de-identifier and privacy gate. */

/** `0x00100010` -> `"00100010"` (lower-case hex, 8 digits). */
export function tagHex(tag: number): string {
  return (tag >>> 0).toString(16).padStart(8, "0");
}

/** `0x00100010` -> `"(0010,0010)"`. */
export function tagLabel(tag: number): string {
  const h = tagHex(tag).toUpperCase();
  return `(${h.slice(0, 4)},${h.slice(4)})`;
}

/** Group number (upper 16 bits). */
export function groupOf(tag: number): number {
  return tag >>> 16;
}

/** Private tags have an odd group number (groups 0001, 0003, 0005, 0007 and FFFF are not valid). */
export function isPrivate(tag: number): boolean {
  return (groupOf(tag) & 1) === 1;
}

/** Private creator elements are (gggg,0010)–(gggg,00FF) in an odd group. */
export function isPrivateCreator(tag: number): boolean {
  const el = tag & 0xffff;
  return isPrivate(tag) && el >= 0x10 && el <= 0xff;
}

/** Explicit VRs whose length field is 4 bytes (after 2 reserved bytes). */
export const LONG_LENGTH_VRS = new Set([
  "OB",
  "OD",
  "OF",
  "OL",
  "OV",
  "OW",
  "SQ",
  "SV",
  "UC",
  "UN",
  "UR",
  "UT",
  "UV",
]);

/** VRs whose value is character data. */
export const TEXT_VRS = new Set([
  "AE",
  "AS",
  "CS",
  "DA",
  "DS",
  "DT",
  "IS",
  "LO",
  "LT",
  "PN",
  "SH",
  "ST",
  "TM",
  "UC",
  "UI",
  "UR",
  "UT",
]);

/** Byte width of one value for VRs whose bytes must be swapped between little and big endian. */
export const NUMERIC_WIDTH: Record<string, number> = {
  AT: 2,
  OW: 2,
  SS: 2,
  US: 2,
  FL: 4,
  OF: 4,
  OL: 4,
  SL: 4,
  UL: 4,
  FD: 8,
  OD: 8,
  OV: 8,
  SV: 8,
  UV: 8,
};

export const ITEM = 0xfffee000;
export const ITEM_DELIMITER = 0xfffee00d;
export const SEQUENCE_DELIMITER = 0xfffee0dd;
export const PIXEL_DATA = 0x7fe00010;
export const UNDEFINED_LENGTH = 0xffffffff;
