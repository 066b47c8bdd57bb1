/** Fetching case files with byte progress and errors that name the file. */
import { concatBytes } from "../io/gunzip";

/** Progress of one download: bytes received and the total when the server sent Content-Length. */
export interface ByteProgress {
  loaded: number;
  total: number | null;
}

/**
 * Downloads `url` (absolute or site path) into memory, calling `onProgress` per received chunk.
 * Throws an Error naming `label` and the reason: "not found (HTTP 404)", other HTTP status, or a
 * network failure. An aborted `signal` rejects with the AbortError.
 */
export async function fetchBytes(
  url: string,
  label: string,
  onProgress?: (p: ByteProgress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new Error(`${label}: network error (${(e as Error).message})`);
  }
  if (!res.ok) {
    throw new Error(
      `${label}: ${res.status === 404 ? "file not found" : "download failed"} (HTTP ${res.status})`,
    );
  }
  const lenHeader = res.headers.get("content-length");
  // Content-Encoding (e.g. gzip by a proxy) makes Content-Length the compressed size: no total then.
  const total = lenHeader && !res.headers.get("content-encoding") ? Number(lenHeader) : null;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress?.({ loaded, total });
  }
  return concatBytes(chunks, loaded);
}
