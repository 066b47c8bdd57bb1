/**
 * Same-origin, read-only proxy to the DICOMweb server (Orthanc sends no CORS headers): GET
 * /dicom-web/<path> -> $ORTHANC_URL/dicom-web/<path>, read at request time. It sends
 * `Forwarded: host=<this site>` so Orthanc writes BulkDataURIs that resolve through this proxy, and
 * `Authorization: $ORTHANC_READ_AUTH` when set (for a server that requires credentials for reads;
 * the credential stays on the server). Only GET is exported, so writes cannot pass through.
 */
export const dynamic = "force-dynamic";

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
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
  if (path.some((s) => s === "." || s === ".." || s.includes("/")))
    return problem(400, "invalid DICOMweb path");
  const url = new URL(req.url);
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? url.host;
  const headers: Record<string, string> = {
    accept: req.headers.get("accept") ?? "*/*",
    forwarded: `host=${host};proto=${url.protocol.replace(":", "")}`,
  };
  if (process.env.ORTHANC_READ_AUTH) headers.authorization = process.env.ORTHANC_READ_AUTH;
  const target = `${base.replace(/\/+$/, "")}/dicom-web/${path.map(encodeURIComponent).join("/")}${url.search}`;
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      headers,
      cache: "no-store",
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return problem(502, "DICOMweb server unreachable");
  }
  const out = new Headers({ "cache-control": "no-store" });
  for (const h of ["content-type", "content-length"]) {
    const v = upstream.headers.get(h);
    if (v) out.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
