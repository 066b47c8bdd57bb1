/** Coded concepts (DICOM Code Sequence items, Slicer terminology entries) → structure codes. */
import type { Structure } from "../domain/model";

export type StructureCode = Structure["codes"][number];

const SCHEMES: Record<string, StructureCode["scheme"]> = {
  SCT: "SNOMED-CT",
  "SNOMED-CT": "SNOMED-CT",
  SNM3: "SNOMED-CT",
  SRT: "SRT",
  DCM: "DCM",
  FMA: "FMA",
  RADLEX: "RadLex",
  RADLEX_ID: "RadLex",
  UBERON: "UBERON",
};

/** Maps a DICOM Coding Scheme Designator to the model's scheme (`SCT` → `SNOMED-CT`; unknown → `other`). */
export function schemeOf(designator: string): StructureCode["scheme"] {
  return SCHEMES[designator.trim().toUpperCase()] ?? "other";
}

/** A structure code from designator, value and meaning, or undefined when the value is empty. */
export function makeCode(
  designator: string,
  value: string,
  meaning?: string,
): StructureCode | undefined {
  if (!value?.trim()) return undefined;
  const scheme = schemeOf(designator ?? "");
  const m = meaning?.trim();
  // Unknown schemes keep their designator visible in the meaning.
  const shown = scheme === "other" && designator ? `${designator}: ${m ?? ""}`.trim() : m;
  return shown ? { scheme, code: value.trim(), meaning: shown } : { scheme, code: value.trim() };
}

/** Laterality from a modifier meaning such as "Right", "Left", "Bilateral". */
export function lateralityOf(meaning: string | undefined): Structure["laterality"] | undefined {
  const m = (meaning ?? "").trim().toLowerCase();
  if (m === "right") return "right";
  if (m === "left") return "left";
  if (m === "bilateral" || m === "right and left") return "bilateral";
  if (m === "midline" || m === "median") return "midline";
  return undefined;
}
