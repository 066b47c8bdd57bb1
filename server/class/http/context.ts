/** What every class API handler gets: the database, the public site URL and the rate limits. */
import type { Kysely } from "kysely";
import { rateLimiter, type RateLimiter } from "../auth/rate-limit";
import type { ClassDb } from "../db/schema";

export interface ClassContext {
  db: Kysely<ClassDb>;
  /** Public base URL of the class server (xAPI IRIs, LTI redirect URIs). */
  site: string;
  /** Writes per session: 120 at once, 20 per second. */
  writes: RateLimiter;
  /** Logins and joins per client address: 20 at once, 1 per second. */
  entries: RateLimiter;
}

export function classContext(
  db: Kysely<ClassDb>,
  site: string,
  opts: { entriesPerSecond?: number } = {},
): ClassContext {
  const eps = opts.entriesPerSecond ?? 1;
  return { db, site, writes: rateLimiter(120, 20), entries: rateLimiter(Math.max(20, eps), eps) };
}
