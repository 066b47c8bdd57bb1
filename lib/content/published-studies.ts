/**
 * The DICOMweb studies this site publishes: the Study Instance UIDs named by case manifests
 * (`content/cases/<id>/case.json`, `image.kind` "dicomweb"). The /dicom-web proxy serves these and
 * nothing else. Read from disk once per process (through the validated case store).
 */
import { allCases } from "./case-store";

let cache: ReadonlySet<string> | undefined;

/** Study Instance UIDs of every published DICOMweb case. */
export function publishedDicomwebStudies(): ReadonlySet<string> {
  if (cache) return cache;
  const uids = new Set<string>();
  for (const { manifest } of allCases().values())
    if (manifest.image.kind === "dicomweb") uids.add(manifest.image.studyInstanceUid);
  cache = uids;
  return uids;
}
