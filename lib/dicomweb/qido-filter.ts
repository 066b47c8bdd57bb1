/**
 * Filters a QIDO-RS answer (DICOM JSON: an array of datasets) to the studies the site publishes.
 * Each dataset's Study Instance UID (0020,000D) must be in `published`; a dataset without one is
 * dropped (fail closed). Anything that is not an array of objects is refused.
 */

/** DICOM JSON dataset: tag (8 hex digits) -> { vr, Value? }. */
type DicomJsonDataset = Record<string, { Value?: unknown[] } | undefined>;

const STUDY_UID = "0020000D";

/** The Study Instance UID of one QIDO result, or undefined when absent or not a string. */
function studyUid(d: DicomJsonDataset): string | undefined {
  const v = d[STUDY_UID]?.Value?.[0];
  return typeof v === "string" ? v : undefined;
}

/**
 * Keeps the QIDO results whose study is published.
 * @returns the kept datasets, or null when `answer` is not a JSON array of objects.
 */
export function filterQidoToStudies(
  answer: unknown,
  published: ReadonlySet<string>,
): DicomJsonDataset[] | null {
  if (!Array.isArray(answer)) return null;
  if (!answer.every((d) => typeof d === "object" && d !== null && !Array.isArray(d))) return null;
  return (answer as DicomJsonDataset[]).filter((d) => {
    const uid = studyUid(d);
    return uid !== undefined && published.has(uid);
  });
}
