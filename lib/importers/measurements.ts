/**
 * Numeric measurements read from structured reports (DICOM SR TID 1500). Not part of the
 * format-neutral ImportedAnnotations contract (the CLI ignores them unless it knows this type);
 * the SR reader also lists them in `notes` so they reach SOURCE.md.
 */
import type { ImportedAnnotations } from "./types";

export interface ImportedMeasurement {
  /** Structure the measurement group is about (its finding, else its tracking identifier). */
  structure: string;
  trackingId?: string;
  trackingUid?: string;
  findingSite?: string;
  /** Concept name, e.g. "Diameter", "SUVbw". */
  name: string;
  value: number;
  /** UCUM unit code as stored, e.g. "mm", "cm2", "{SUVbw}g/ml". */
  unit: string;
  /** Derivation modifier, e.g. "Mean", "Maximum". */
  derivation?: string;
}

export type ImportedAnnotationsWithMeasurements = ImportedAnnotations & {
  measurements: ImportedMeasurement[];
};
