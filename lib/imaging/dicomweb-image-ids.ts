/**
 * DICOMweb (WADO-RS) image ids of one series. Placeholder until the de-identification/Orthanc work
 * (issue 8) implements it with dicomweb-client; the viewer shows this error in its error panel.
 */

/** Source of a series on a DICOMweb server; `baseUrl` may be a same-origin proxy path. */
export interface DicomwebSource {
  baseUrl: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
}

/** Resolves `wadors:` image ids of the series, in slice order. Not implemented yet: always rejects. */
export async function dicomwebImageIds(source: DicomwebSource): Promise<string[]> {
  throw new Error(
    `DICOMweb series ${source.seriesInstanceUid} at ${source.baseUrl}: DICOMweb loading is not implemented yet (lib/imaging/dicomweb-image-ids.ts, issue 8)`,
  );
}
