/**
 * Request guards of the studio's route handlers (app/studio/**\/route.studio.ts). The studio writes
 * files, so every request must come from the studio's own page on the loopback interface:
 * - the Host must be 127.0.0.1 or localhost (a DNS-rebinding page has another host name);
 * - a request that changes anything (not GET/HEAD) must carry an Origin equal to
 *   `http://<Host>` (browsers always send it on cross-site and same-site POSTs).
 * Size limits are stated here once; messages name the limit.
 */

/** Largest single uploaded file (bytes): a whole DICOM series fits in several files. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** Largest request body (bytes) — all files of one upload together. */
export const MAX_REQUEST_BYTES = 1024 * 1024 * 1024;
/** Largest number of files in one upload (a DICOM folder of many slices). */
export const MAX_FILES = 2000;
/** Largest text document (lesson MDX, item or annotation JSON) the studio accepts (bytes). */
export const MAX_TEXT_BYTES = 512 * 1024;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Human-readable byte count for messages ("256 MB"). */
export const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Why the request must be refused (one line), or null when it may proceed. */
export function requestProblem(req: Request): string | null {
  const host = req.headers.get("host") ?? "";
  const hostname = host.replace(/:\d+$/, "");
  if (!LOOPBACK.has(hostname))
    return `the studio answers only on 127.0.0.1 (Host "${host}" refused)`;
  if (req.method === "GET" || req.method === "HEAD") return null;
  const origin = req.headers.get("origin");
  if (origin !== `http://${host}`)
    return `cross-origin request refused: Origin "${origin ?? "(none)"}" is not the studio's own (http://${host})`;
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_REQUEST_BYTES)
    return `request of ${mb(length)} refused: the limit is ${mb(MAX_REQUEST_BYTES)} per upload`;
  return null;
}

/** A JSON response with `status`. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** Runs `handler` after the guards; a refused request gets 403 `{ error }`. */
export async function guarded(
  req: Request,
  handler: () => Promise<Response> | Response,
): Promise<Response> {
  const problem = requestProblem(req);
  if (problem) return json({ error: problem }, 403);
  return handler();
}

/** Reads a JSON body no larger than {@link MAX_TEXT_BYTES}; a one-line error otherwise. */
export async function readJsonBody(
  req: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const text = await req.text();
  if (text.length > MAX_TEXT_BYTES)
    return { ok: false, error: `body too large: the limit is ${MAX_TEXT_BYTES / 1024} KB` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `body is not JSON: ${(e as Error).message}` };
  }
}
