/**
 * Slice order and frame count of DICOM JSON instance metadata (PS3.18 F.2, as returned by WADO-RS
 * `/metadata`). Pure functions, no cornerstone: the DICOMweb loader and its tests use them.
 */

/** One instance's metadata in DICOM JSON: tag "GGGGEEEE" -> { vr, Value }. */
export type DicomJson = Record<string, { vr: string; Value?: unknown[] }>;

/** First value of `tag` as string, or undefined. */
export function jsonString(m: DicomJson, tag: string): string | undefined {
  const v = m[tag]?.Value?.[0];
  return v === undefined || v === null ? undefined : String(v);
}

function numbers(m: DicomJson, tag: string): number[] {
  return (m[tag]?.Value ?? []).map(Number).filter((n) => Number.isFinite(n));
}

/**
 * Position of an instance along the slice normal in mm (ImagePositionPatient · (row × column
 * direction cosines)); falls back to InstanceNumber when geometry is missing.
 */
export function sliceKey(m: DicomJson): number {
  const ipp = numbers(m, "00200032");
  const iop = numbers(m, "00200037");
  if (ipp.length === 3 && iop.length === 6) {
    const [a, b, c, d, e, f] = iop as [number, number, number, number, number, number];
    const n = [b * f - c * e, c * d - a * f, a * e - b * d];
    return ipp[0]! * n[0]! + ipp[1]! * n[1]! + ipp[2]! * n[2]!;
  }
  return Number(jsonString(m, "00200013") ?? 0);
}

/** Instances sorted by ascending slice position (stable for equal keys). */
export function sortInstances(instances: readonly DicomJson[]): DicomJson[] {
  return instances
    .map((m, i) => ({ m, i, k: sliceKey(m) }))
    .sort((x, y) => x.k - y.k || x.i - y.i)
    .map((x) => x.m);
}

/** Number of frames (NumberOfFrames, default 1). */
export function frameCount(m: DicomJson): number {
  const n = Number(jsonString(m, "00280008") ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
