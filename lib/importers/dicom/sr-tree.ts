/** Navigating a DICOM SR content tree (naturalized dcmjs dataset). */
import { item, nums, seq, str, type DicomDataset } from "./dataset";

/** Code value of an item's Concept Name (e.g. "125007" for Measurement Group). */
export const conceptCode = (it: DicomDataset) =>
  str(item(it, "ConceptNameCodeSequence"), "CodeValue");

/** Meaning of an item's Concept Name. */
export const conceptName = (it: DicomDataset) =>
  str(item(it, "ConceptNameCodeSequence"), "CodeMeaning");

/** Children of an item (its Content Sequence). */
export const children = (it: DicomDataset) => seq(it, "ContentSequence");

/** Every descendant of `items`, depth first (items themselves included). */
export function* descendants(items: DicomDataset[]): Generator<DicomDataset> {
  for (const it of items) {
    yield it;
    yield* descendants(children(it));
  }
}

/** Value of a CODE item: its Concept Code Sequence item. */
export const codeOfItem = (it: DicomDataset) => item(it, "ConceptCodeSequence");

/** Text of TEXT / PNAME / UIDREF items. */
export function srText(it: DicomDataset): string {
  const vt = str(it, "ValueType");
  if (vt === "PNAME") return str(it, "PersonName").replace(/\^+/g, " ").trim();
  if (vt === "UIDREF") return str(it, "UID");
  return str(it, "TextValue");
}

/** Numeric value, unit code and whether the NUM item has a value at all. */
export function numOf(it: DicomDataset): { value: number; unit: string } | undefined {
  const mv = item(it, "MeasuredValueSequence");
  const v = nums(mv, "NumericValue")[0];
  if (v === undefined) return undefined;
  return { value: v, unit: str(item(mv, "MeasurementUnitsCodeSequence"), "CodeValue") };
}
