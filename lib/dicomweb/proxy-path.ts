/**
 * The allow-list of the same-origin DICOMweb proxy (`/dicom-web/<segments>`): which paths may be
 * forwarded to the DICOMweb server, and which study each one belongs to.
 *
 * Grammar (segments as the router decoded them, one per path component):
 *   studies | series | instances                                   QIDO-RS search (filtered later)
 *   studies/{study}[/metadata|rendered|thumbnail|series|instances]
 *   studies/{study}/series/{series}[/metadata|rendered|thumbnail|instances]
 *   studies/{study}/series/{series}/instances/{sop}[/metadata|rendered|thumbnail]
 *   …/instances/{sop}/frames/{n[,n…]}[/rendered|thumbnail]
 *   …/instances/{sop}/bulk|bulkdata/{tag or item index}…          (Orthanc's BulkDataURIs)
 *
 * Every segment must match `^[A-Za-z0-9._-]+$` and not be `.` or `..`: this refuses a decoded
 * backslash (`%5C`, which Orthanc treats as a separator), `%2F`, a leftover `%` of a double encoding
 * (`%252e` arrives as `%2e`), spaces and control characters. Frame lists are digits and commas.
 * Anything else is refused: 400 for a bad segment, 404 for a path outside the grammar.
 */

/** What the proxy may do with a path. */
export type DicomwebPathVerdict =
  | {
      ok: true;
      /** The StudyInstanceUID the path is scoped to; absent for the bare QIDO searches. */
      study?: string;
      /** True for QIDO-RS searches (their JSON answer is filtered to published studies). */
      search: boolean;
    }
  | { ok: false; status: 400 | 404; reason: string };

const SEGMENT = /^[A-Za-z0-9._-]+$/;
const FRAMES = /^[1-9][0-9]{0,5}(,[1-9][0-9]{0,5})*$/;
const BULK_PART = /^([0-9A-Fa-f]{8}|[0-9]{1,6})$/;
const LEAF = new Set(["metadata", "rendered", "thumbnail"]);
const SEARCH_ROOTS = new Set(["studies", "series", "instances"]);

const notFound = (reason: string): DicomwebPathVerdict => ({ ok: false, status: 404, reason });

/** Checks the tail after `instances/{sop}`: a leaf, frames, or bulk data. */
function instanceTail(rest: readonly string[]): boolean {
  if (rest.length === 0) return true;
  const [head, ...more] = rest;
  if (LEAF.has(head)) return more.length === 0;
  if (head === "frames")
    return (
      more.length >= 1 &&
      FRAMES.test(more[0]) &&
      (more.length === 1 ||
        (more.length === 2 && (more[1] === "rendered" || more[1] === "thumbnail")))
    );
  if (head === "bulk" || head === "bulkdata")
    return more.length >= 1 && more.length <= 8 && more.every((s) => BULK_PART.test(s));
  return false;
}

/** Checks the tail after `studies/{study}`. */
function studyTail(rest: readonly string[]): { ok: boolean; search: boolean } {
  const no = { ok: false, search: false };
  if (rest.length === 0) return { ok: true, search: false };
  const [a, b, c, d, ...more] = rest;
  if (rest.length === 1)
    return LEAF.has(a)
      ? { ok: true, search: false }
      : a === "series" || a === "instances"
        ? { ok: true, search: true }
        : no;
  if (a !== "series") return no;
  // rest = series/{series}/…
  if (rest.length === 2) return { ok: true, search: false };
  if (rest.length === 3)
    return LEAF.has(c)
      ? { ok: true, search: false }
      : c === "instances"
        ? { ok: true, search: true }
        : no;
  if (c !== "instances" || b === undefined || d === undefined) return no;
  return { ok: instanceTail(more), search: false };
}

/**
 * Classifies the decoded path segments of a proxy request.
 * @param segments path components after `/dicom-web/`, already percent-decoded by the router.
 */
export function classifyDicomwebPath(segments: readonly string[]): DicomwebPathVerdict {
  if (segments.length === 0) return notFound("empty DICOMweb path");
  if (segments.length > 14) return notFound("DICOMweb path too long");
  const bad = segments.some(
    (s, i) =>
      s === "." ||
      s === ".." ||
      !(SEGMENT.test(s) || (segments[i - 1] === "frames" && FRAMES.test(s))),
  );
  if (bad) return { ok: false, status: 400, reason: "invalid DICOMweb path segment" };
  const [root, study, ...rest] = segments;
  if (!SEARCH_ROOTS.has(root)) return notFound(`unknown DICOMweb resource "${root}"`);
  if (segments.length === 1) return { ok: true, search: true };
  if (root !== "studies") return notFound(`only studies/… paths are served under /${root}`);
  const tail = studyTail(rest);
  return tail.ok
    ? { ok: true, study, search: tail.search }
    : notFound("unknown DICOMweb sub-resource");
}
