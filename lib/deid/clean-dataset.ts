/**
 * Applies the Basic Profile to one data set, recursing into every sequence item. The table is
 * context-free, so the same rules hold at every depth. Combined actions are resolved without IOD
 * knowledge to the choice that never keeps original content and keeps Type 1/2 attributes present:
 *   text: X/Z -> Z, X/D -> D, Z/D -> D, X/Z/D -> D;  sequences: X/Z and X/Z/D -> empty sequence,
 *   X/D -> removed, D -> items cleaned recursively (identifier code sequences: emptied),
 *   X/Z/U* -> items cleaned recursively (their UIDs replaced).
 * Dates (DA/DT) not listed in the table are emptied unless dates are shifted or kept, and person
 * names (PN) not listed are emptied (stricter than the profile, so the privacy gate's rules hold).
 * Removed whatever the table says: group 0002 elements inside the data set, and UN values of
 * tags the dictionary does not know (opaque bytes that may hide a whole identifying sequence; a
 * UN of undefined length is read as a sequence and cleaned item by item instead).
 */
import { profileRow, type ProfileAction } from "./annex-e-table";
import { count, type DeidReport } from "./deid-report";
import { shiftDa, shiftDt } from "./date-shift";
import { dummyText } from "./dummy-values";
import { keptPrivateTags, type SafePrivateTag } from "./private-filter";
import type { DataSet, Element } from "./dicom/types";
import { isPrivate, tagLabel } from "./dicom/tags";
import { encodeText, textOf } from "./dicom/values";
import type { UidMap } from "./uid-map";

export interface CleanContext {
  uids: UidMap;
  /** Whole days to add to every date; undefined = dates are not shifted. */
  shiftDays?: number;
  /** Dates kept unchanged (the explicit `--keep-dates`); excludes `shiftDays`. */
  keepDates?: boolean;
  safePrivate: readonly SafePrivateTag[];
  report: DeidReport;
}

const EMPTIED_ID_SEQUENCES = new Set([0x00401101, 0x00340001]);
const BIRTH = new Set([0x00100030, 0x00100032]);

type Resolved = "X" | "Z" | "D" | "U" | "K" | "RECURSE";

function resolve(action: ProfileAction, el: Element): Resolved {
  if (el.items) {
    if (
      action === "X/Z/U*" ||
      (action === "D" && !EMPTIED_ID_SEQUENCES.has(el.tag)) ||
      action === "K" ||
      action === "C"
    )
      return "RECURSE";
    if (action === "X" || action === "X/D") return "X";
    return "Z";
  }
  switch (action) {
    case "X/Z":
      return "Z";
    case "X/D":
    case "Z/D":
    case "X/Z/D":
      return "D";
    case "X/Z/U*":
      return "U";
    case "C":
      return "D";
    default:
      return action;
  }
}

const isEmpty = (el: Element) =>
  el.items ? el.items.length === 0 : !el.value || el.value.length === 0;

function shifted(el: Element, days: number): Element {
  const v = textOf(el);
  return { ...el, value: encodeText(el.vr === "DA" ? shiftDa(v, days) : shiftDt(v, days), el.vr) };
}

/** Returns a cleaned copy of `ds` (elements not touched are shared, not copied). */
export function cleanDataSet(ds: DataSet, ctx: CleanContext): DataSet {
  const keptPrivate = keptPrivateTags(ds, ctx.safePrivate);
  const out: DataSet = [];
  const recurse = (el: Element): Element => ({
    ...el,
    items: el.items!.map((item) => cleanDataSet(item, ctx)),
  });
  for (const el of ds) {
    if (isPrivate(el.tag)) {
      if (keptPrivate.has(el.tag)) {
        ctx.report.privateKept++;
        out.push(el.items ? recurse(el) : el);
      } else ctx.report.privateRemoved++;
      continue;
    }
    if ((el.tag & 0xffff) === 0) continue; // group lengths are stale after editing
    if (el.tag >>> 16 === 0x0002 || (el.vr === "UN" && !el.items)) {
      // File meta elements have no place in a data set; a UN value of an unknown tag is opaque
      // bytes (it may be a whole sequence holding names and UIDs), so neither can be checked.
      count(
        ctx.report.removed,
        `${tagLabel(el.tag)} ${el.vr === "UN" ? "unknown (UN)" : "file meta"}`,
      );
      continue;
    }
    const row = profileRow(el.tag);
    const label = row ? `${tagLabel(el.tag)} ${row.name}` : tagLabel(el.tag);
    const isDate = el.vr === "DA" || el.vr === "DT";
    if (
      isDate &&
      !BIRTH.has(el.tag) &&
      (ctx.shiftDays !== undefined || ctx.keepDates) &&
      row?.action !== "X" &&
      !isEmpty(el)
    ) {
      const keep = ctx.keepDates === true || ctx.shiftDays === undefined;
      count(keep ? ctx.report.datesKept : ctx.report.datesShifted, label);
      out.push(keep ? el : shifted(el, ctx.shiftDays ?? 0));
      continue;
    }
    if (!row) {
      if ((isDate || el.vr === "PN") && !isEmpty(el)) {
        count(ctx.report.emptied, label);
        out.push({ ...el, value: new Uint8Array(0) });
      } else out.push(el.items ? recurse(el) : el);
      continue;
    }
    switch (resolve(row.action, el)) {
      case "X":
        count(ctx.report.removed, label);
        break;
      case "Z":
        if (!isEmpty(el)) count(ctx.report.emptied, label);
        out.push(el.items ? { ...el, items: [] } : { ...el, value: new Uint8Array(0) });
        break;
      case "D": {
        if (isEmpty(el)) {
          out.push(el); // nothing to hide; an empty value stays empty (Type 2 conformant)
          break;
        }
        const dummy = el.vr === "UI" ? ctx.uids.mapMulti(textOf(el)) : dummyText(el.vr);
        count(ctx.report.dummied, label);
        out.push({ ...el, value: dummy === null ? new Uint8Array(0) : encodeText(dummy, el.vr) });
        break;
      }
      case "U":
        if (!isEmpty(el)) count(ctx.report.uidsReplaced, label);
        out.push({ ...el, value: encodeText(ctx.uids.mapMulti(textOf(el)), "UI") });
        break;
      case "RECURSE":
        out.push(recurse(el));
        break;
      default:
        out.push(el);
    }
  }
  return out;
}
