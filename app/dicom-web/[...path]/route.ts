/**
 * Same-origin, read-only proxy to the DICOMweb server (Orthanc sends no CORS headers): GET
 * /dicom-web/<path> -> $ORTHANC_URL/dicom-web/<path>, read at request time.
 *
 * - Only paths in the allow-list of lib/dicomweb/proxy-path.ts pass (studies/series/instances,
 *   known sub-resources, plain segments): 400 for a bad segment, 404 otherwise. Only GET is
 *   exported, so Next answers 405 to writes.
 * - Only published studies (lib/content/published-studies.ts: the StudyInstanceUIDs of the case
 *   manifests) are served: another study is 404, and QIDO searches are filtered to published ones.
 * - The time limit (DICOMWEB_TIMEOUT_MS, default 30 s) covers the upstream headers; the body
 *   streams as long as bytes keep coming (lib/dicomweb/upstream-fetch.ts).
 * - It sends `Forwarded: host=…` so Orthanc writes BulkDataURIs that resolve through this proxy. The
 *   host is the request's Host header; `X-Forwarded-Host` is used only when
 *   TRUST_FORWARDED_HOST=1 (a reverse proxy in front sets it). `ORTHANC_READ_AUTH` is sent as
 *   `Authorization` when set (the credential stays on the server).
 */
import { classifyDicomwebPath } from "@/lib/dicomweb/proxy-path";
import { filterQidoToStudies } from "@/lib/dicomweb/qido-filter";
import { fetchWithHeaderTimeout, UpstreamTimeoutError } from "@/lib/dicomweb/upstream-fetch";
import { publishedDicomwebStudies } from "@/lib/content/published-studies";

export const dynamic = "force-dynamic";

/** A host[:port] safe to put in a `Forwarded` header (no `;`, `,`, quotes or spaces). */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
/** QIDO answers are buffered to be filtered; larger ones are refused. */
const MAX_QIDO_BYTES = 16 * 1024 * 1024;

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** The host Orthanc should write into BulkDataURIs, or undefined when none is acceptable. */
function publicHost(req: Request): string | undefined {
  const forwarded =
    process.env.TRUST_FORWARDED_HOST === "1"
      ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim()
      : undefined;
  const host = forwarded || req.headers.get("host") || new URL(req.url).host;
  return HOST.test(host) ? host : undefined;
}

function timeoutMs(): number {
  const n = Number(process.env.DICOMWEB_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 30_000;
}

/** Reads a QIDO answer and keeps only published studies' results. */
async function filteredSearch(upstream: Response, published: ReadonlySet<string>) {
  if (!upstream.ok) return new Response(upstream.body, { status: upstream.status });
  const declared = Number(upstream.headers.get("content-length") ?? 0);
  if (declared > MAX_QIDO_BYTES) return problem(502, "DICOMweb search answer too large");
  const text = await upstream.text();
  if (text.length > MAX_QIDO_BYTES) return problem(502, "DICOMweb search answer too large");
  let json: unknown;
  try {
    json = text.trim() === "" ? [] : JSON.parse(text);
  } catch {
    return problem(502, "DICOMweb search answer is not JSON");
  }
  const kept = filterQidoToStudies(json, published);
  if (!kept) return problem(502, "DICOMweb search answer is not a JSON array");
  return Response.json(kept, {
    headers: { "content-type": "application/dicom+json", "cache-control": "no-store" },
  });
}

export async function GET(
  req: Request,
  ctx: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const base = process.env.ORTHANC_URL;
  if (!base)
    return problem(
      503,
      "DICOMweb proxy not configured: set ORTHANC_URL (e.g. http://127.0.0.1:8042)",
    );
  const { path } = await ctx.params;
  const verdict = classifyDicomwebPath(path);
  if (!verdict.ok) return problem(verdict.status, verdict.reason);
  const published = publishedDicomwebStudies();
  if (verdict.study !== undefined && !published.has(verdict.study))
    return problem(404, "study not published by this site");
  const url = new URL(req.url);
  const host = publicHost(req);
  if (!host) return problem(400, "invalid Host header");
  const headers: Record<string, string> = {
    accept: verdict.search ? "application/dicom+json" : (req.headers.get("accept") ?? "*/*"),
    forwarded: `host=${host};proto=${url.protocol === "https:" ? "https" : "http"}`,
  };
  if (process.env.ORTHANC_READ_AUTH) headers.authorization = process.env.ORTHANC_READ_AUTH;
  const target = `${base.replace(/\/+$/, "")}/dicom-web/${path.map(encodeURIComponent).join("/")}${url.search}`;
  let upstream: Response;
  try {
    const ms = timeoutMs();
    upstream = await fetchWithHeaderTimeout(
      target,
      { headers, cache: "no-store" },
      { headersMs: ms, idleMs: ms },
    );
  } catch (e) {
    if (e instanceof UpstreamTimeoutError) return problem(504, "DICOMweb server timed out");
    return problem(502, "DICOMweb server unreachable");
  }
  if (verdict.search) return filteredSearch(upstream, published);
  const out = new Headers({ "cache-control": "no-store" });
  for (const h of ["content-type", "content-length"]) {
    const v = upstream.headers.get(h);
    if (v) out.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
