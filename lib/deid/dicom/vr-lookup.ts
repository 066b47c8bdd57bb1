/**
 * VR of a tag for Implicit VR data sets, from `lib/deid/table/vr-dictionary.json` (generated from
 * pydicom's data dictionary by scripts/deid/gen-annex-e-table.py). Unknown and private tags are `UN`.
 */
import vrDictionary from "../table/vr-dictionary.json";
import { tagHex } from "./tags";

const byTag: Record<string, string> = vrDictionary.vr;

/** Repeating-group masks (`60xx3000`, `50xx0010`, `gggg0000`-style) in the dictionary. */
const masks = Object.keys(byTag).filter((k) => k.includes("x"));

/** Dictionary VR of `tag`; `UN` when unknown (private tags, retired tags absent from the dictionary). */
export function dictionaryVr(tag: number): string {
  const hex = tagHex(tag);
  const direct = byTag[hex];
  if (direct) return direct;
  if ((tag & 0xffff) === 0) return "UL"; // group length
  const mask = masks.find((m) => [...m].every((c, i) => c === "x" || c === hex[i]));
  return mask ? (byTag[mask] ?? "UN") : "UN";
}
