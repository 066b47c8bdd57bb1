/**
 * The class API under `/api/class/…` as one Web-standard handler (Request → Response), mounted
 * by the Next route `app/api/class/[...path]/route.ts` and by the tests' plain HTTP server.
 *
 * Rules applied here, once: every write (POST) needs a same-origin request; writes by a session
 * must echo its CSRF token in `x-csrf-token` (except the LMS's cross-site LTI login and launch
 * posts, which carry their own proof: state, nonce and a signed token); writes are rate-limited (429); a class id that is
 * not the caller's answers 404, as does any unknown path.
 */
import { checkCsrf, readSession, SESSION_COOKIE, type Session } from "../auth/sessions";
import { ClassError } from "../cohorts";
import type { ClassContext } from "./context";
import { analyticsRoutes } from "./analytics-routes";
import { educatorRoutes } from "./educator-routes";
import { entryRoutes } from "./entry-routes";
import { ltiRoutes } from "./lti-routes";
import { problem, readCookie } from "./respond";
import { studentRoutes } from "./student-routes";

export interface Call {
  req: Request;
  ctx: ClassContext;
  /** Path segments after `/api/class/`. */
  parts: string[];
  session: Session | null;
  clientKey: string;
}
export type Route = (call: Call) => Promise<Response | null>;

const ROUTES: Route[] = [entryRoutes, ltiRoutes, studentRoutes, analyticsRoutes, educatorRoutes];

/**
 * True when the browser says the request comes from this site: its Origin is the public site URL
 * or has the request's own host (Next hands route handlers a URL that may name another host than
 * the browser used). No Origin at all: refused only when Fetch Metadata says cross-site.
 */
function sameOrigin(req: Request, site: string): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return req.headers.get("sec-fetch-site") !== "cross-site";
  if (origin === new URL(site).origin || origin === new URL(req.url).origin) return true;
  try {
    return new URL(origin).host === req.headers.get("host");
  } catch {
    return false;
  }
}

export async function handleClassRequest(
  req: Request,
  ctx: ClassContext,
  clientKey = "local",
): Promise<Response> {
  const path = new URL(req.url).pathname;
  if (!path.startsWith("/api/class/")) return problem(404, "not found");
  const parts = path.slice("/api/class/".length).split("/").filter(Boolean).map(decodeURIComponent);
  try {
    const session = await readSession(ctx.db, readCookie(req, SESSION_COOKIE));
    const ltiEntry = parts[0] === "lti" && (parts[1] === "login" || parts[1] === "launch");
    if (req.method === "POST" && !ltiEntry) {
      if (!sameOrigin(req, ctx.site)) return problem(403, "cross-origin write refused");
      if (session && !checkCsrf(session, req.headers.get("x-csrf-token")))
        return problem(403, "CSRF token missing or wrong");
      if (session && !ctx.writes.take(session.subjectId))
        return problem(429, "too many writes: wait a moment");
    }
    for (const route of ROUTES) {
      const res = await route({ req, ctx, parts, session, clientKey });
      if (res) return res;
    }
    return problem(404, "not found");
  } catch (err) {
    if (err instanceof ClassError) return problem(err.status, err.message);
    throw err;
  }
}
