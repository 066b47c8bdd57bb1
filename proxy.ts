/**
 * Next.js proxy (the middleware of Next 16): gives every page a Content-Security-Policy whose
 * `script-src` has no `'unsafe-inline'`.
 *
 * - A prerendered page (its HTML is `<distDir>/server/app/<path>.html`, served as is): the sha256
 *   hashes of that file's inline scripts (Next's bootstrap and RSC payload), computed on the first
 *   request and cached for the process.
 * - Any other page (rendered on demand: /lessons with filters, /practice, /dev, 404s): a fresh
 *   nonce, passed to Next in the request's CSP header so it puts it on the scripts it renders, plus
 *   the hashes of the prerendered 404 page (served for unknown paths).
 * In development (`next dev`) nothing is changed: next.config.mjs's policy allows inline scripts.
 * Measurements behind the choice: docs/security.md.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "./config/security-headers.mjs";
import { inlineScriptHashes } from "./lib/security/inline-script-hashes";

const PAGE_PATH = /^\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/;
const cache = new Map<string, string[]>();

/** The hash sources of the prerendered page for `pathname`, or undefined when there is none. */
function prerenderedHashes(pathname: string): string[] | undefined {
  if (!PAGE_PATH.test(pathname)) return undefined;
  const hit = cache.get(pathname);
  if (hit) return hit;
  const dir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "app");
  const file = path.join(dir, `${pathname === "/" ? "index" : pathname.slice(1)}.html`);
  let html: string;
  try {
    html = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const hashes = inlineScriptHashes(html);
  cache.set(pathname, hashes);
  return hashes;
}

export function proxy(req: NextRequest): NextResponse {
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const hashes = prerenderedHashes(req.nextUrl.pathname);
  if (hashes) {
    const res = NextResponse.next();
    res.headers.set(
      "content-security-policy",
      contentSecurityPolicy({ dev: false, scriptSources: hashes }),
    );
    return res;
  }
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy({
    dev: false,
    scriptSources: [`'nonce-${nonce}'`, ...(prerenderedHashes("/_not-found") ?? [])],
  });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", policy);
  return res;
}

export const config = {
  // Pages only: not Next's assets, route handlers or files with an extension (public/).
  matcher: ["/((?!_next/|dicom-web/|dev/fixture-files/|.*\\..*).*)"],
};
