/**
 * DICOMweb (WADO-RS) image ids of one series, for cornerstone's `wadors` loader: fetches the series
 * metadata with dicomweb-client, registers each instance's DICOM JSON with the dicom-image-loader's
 * wadors metaDataManager, and returns one `wadors:` id per frame in slice order (ascending position
 * along the slice normal). Any failure (server down, 401, unknown series) rejects with an Error naming
 * the URL, which the viewer shows in its error panel.
 */
import { wadors } from "@cornerstonejs/dicom-image-loader";
import { api } from "dicomweb-client";
import { frameCount, jsonString, sortInstances, type DicomJson } from "./dicom-json-order";

/** Source of a series on a DICOMweb server; `baseUrl` may be a same-origin proxy path. */
export interface DicomwebSource {
  baseUrl: string;
  studyInstanceUid: string;
  seriesInstanceUid: string;
}

function absolute(baseUrl: string): string {
  const origin = typeof window === "undefined" ? "http://127.0.0.1" : window.location.origin;
  return new URL(baseUrl, origin).href.replace(/\/+$/, "");
}

function reason(e: unknown): string {
  const status =
    (e as { request?: { status?: number } })?.request?.status ?? (e as { status?: number })?.status;
  if (status === 0) return "server unreachable";
  if (status) return `HTTP ${status}`;
  return e instanceof Error ? e.message : String(e);
}

/** Resolves `wadors:` image ids of the series (one per frame), in slice order. */
export async function dicomwebImageIds(source: DicomwebSource): Promise<string[]> {
  const url = absolute(source.baseUrl);
  const where = `DICOMweb series ${source.seriesInstanceUid} at ${url}`;
  const client = new api.DICOMwebClient({ url, singlepart: false });
  let instances: DicomJson[];
  try {
    const options = {
      studyInstanceUID: source.studyInstanceUid,
      seriesInstanceUID: source.seriesInstanceUid,
    };
    instances = (await client.retrieveSeriesMetadata(
      options as Parameters<typeof client.retrieveSeriesMetadata>[0],
    )) as unknown as DicomJson[];
  } catch (e) {
    throw new Error(`${where}: cannot read series metadata (${reason(e)})`);
  }
  if (!Array.isArray(instances) || instances.length === 0)
    throw new Error(`${where}: the series has no instances`);
  const ids: string[] = [];
  for (const m of sortInstances(instances)) {
    const sop = jsonString(m, "00080018");
    if (!sop) throw new Error(`${where}: an instance has no SOP Instance UID`);
    const base = `wadors:${url}/studies/${source.studyInstanceUid}/series/${source.seriesInstanceUid}/instances/${sop}/frames/`;
    for (let f = 1; f <= frameCount(m); f++) {
      wadors.metaDataManager.add(
        `${base}${f}`,
        m as unknown as Parameters<typeof wadors.metaDataManager.add>[1],
      );
      ids.push(`${base}${f}`);
    }
  }
  return ids;
}
