/**
 * Private attributes: removed unless listed as safe (Retain Safe Private Option, PS3.15 E.3.10).
 * A safe entry names the private creator, the (odd) group and the element byte within the block.
 */
import type { DataSet } from "./dicom/types";
import { isPrivate, isPrivateCreator } from "./dicom/tags";
import { textOf } from "./dicom/values";

export interface SafePrivateTag {
  /** Private Creator value, e.g. `"SIEMENS CSA HEADER"`. */
  creator: string;
  /** Odd group number, e.g. `0x0029`. */
  group: number;
  /** Element byte within the creator's block (0x00–0xFF), e.g. `0x08` for (0029,xx08). */
  element: number;
}

/** For one data set level: which private element tags are kept (safe ones and their creators). */
export function keptPrivateTags(ds: DataSet, safe: readonly SafePrivateTag[]): Set<number> {
  const kept = new Set<number>();
  if (safe.length === 0) return kept;
  const creators = new Map<number, string>(); // (group << 8 | block) -> creator
  for (const el of ds) {
    if (isPrivateCreator(el.tag))
      creators.set(((el.tag >>> 16) << 8) | (el.tag & 0xff), textOf(el).trim());
  }
  for (const el of ds) {
    if (!isPrivate(el.tag) || isPrivateCreator(el.tag) || (el.tag & 0xffff) < 0x1000) continue;
    const group = el.tag >>> 16;
    const block = (el.tag >>> 8) & 0xff;
    const creator = creators.get((group << 8) | block);
    if (
      creator !== undefined &&
      safe.some((s) => s.group === group && s.creator === creator && s.element === (el.tag & 0xff))
    ) {
      kept.add(el.tag);
      kept.add(((group << 16) | block) >>> 0);
    }
  }
  return kept;
}
