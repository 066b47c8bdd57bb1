/** Reading and setting text values of elements (DICOM default character repertoire, latin1 bytes). */
import type { DataSet, Element } from "./types";

const latin1 = new TextDecoder("latin1");

/** The element's value as text, trailing spaces and NULs removed (empty for sequences). */
export function textOf(el: Element): string {
  return el.value ? latin1.decode(el.value).replace(/[\0 ]+$/, "") : "";
}

/** Bytes of `text` padded to even length (NUL for UI, space otherwise), latin1 encoded. */
export function encodeText(text: string, vr: string): Uint8Array {
  const padded = text.length % 2 === 1 ? text + (vr === "UI" ? "\0" : " ") : text;
  const out = new Uint8Array(padded.length);
  for (let i = 0; i < padded.length; i++) out[i] = padded.charCodeAt(i) & 0xff;
  return out;
}

/** Finds a top-level element by tag. */
export function findElement(ds: DataSet, tag: number): Element | undefined {
  return ds.find((e) => e.tag === tag);
}

/** Inserts or replaces `el` keeping the data set sorted by tag. */
export function upsertElement(ds: DataSet, el: Element): void {
  const i = ds.findIndex((e) => e.tag >= el.tag);
  if (i === -1) ds.push(el);
  else if (ds[i]!.tag === el.tag) ds[i] = el;
  else ds.splice(i, 0, el);
}

/** A text element with a value already padded. */
export function textElement(tag: number, vr: string, text: string): Element {
  return { tag, vr, value: encodeText(text, vr) };
}
