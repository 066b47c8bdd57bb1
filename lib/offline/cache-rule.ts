/**
 * The offline cache policy of the service worker (app/sw.js/route.ts), one rule per request.
 *
 * - `cache-first`: Next's hashed build files (`/_next/static/…`, immutable) and the files of a case
 *   under `/cases/<id>/<file>.<ext>` (images, labelmaps, thumbnails): served from the cache once
 *   fetched.
 * - `network-first`: pages and other same-origin GETs: the network when it answers, else the copy
 *   cached at the last visit (so a lesson opened once reopens offline).
 * - `bypass`: never cached: non-GET requests, React Server Component fetches (client-side
 *   navigation; offline, Next falls back to a full page load, which is cached), `/dicom-web/*`
 *   (proxied PACS data), `/api/*`, `/dev/*` and the worker script itself.
 *
 * Self-contained on purpose (no reference outside its body): the worker's source embeds it with
 * `Function.prototype.toString`.
 * @param pathname URL path, e.g. `/lessons/x`.
 * @param search URL query including `?`, or "".
 * @param method HTTP method.
 * @param isRsc true when the request carries the `RSC: 1` header.
 */
export function cacheRule(
  pathname: string,
  search: string,
  method: string,
  isRsc: boolean,
): "cache-first" | "network-first" | "bypass" {
  if (method !== "GET" || isRsc || /(^|[?&])_rsc=/.test(search.slice(1))) return "bypass";
  if (/^\/(dicom-web|api|dev)(\/|$)/.test(pathname) || pathname === "/sw.js") return "bypass";
  if (pathname.startsWith("/_next/static/")) return "cache-first";
  if (pathname.startsWith("/_next/")) return "bypass";
  if (/^\/cases\/[^/]+\/.+\.[A-Za-z0-9]+$/.test(pathname)) return "cache-first";
  return "network-first";
}
