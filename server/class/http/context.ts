/** What every class API handler gets: the database, the public site URL and the rate limits. */
import type { JWTPayload } from "jose";
import type { Kysely } from "kysely";
import { rateLimiter, type RateLimiter } from "../auth/rate-limit";
import type { ClassDb } from "../db/schema";
import type { Platform, ToolKey } from "../lti/registration";

export interface ClassContext {
  db: Kysely<ClassDb>;
  /** Public base URL of the class server (xAPI IRIs, LTI redirect URIs). */
  site: string;
  /** Writes per session: 120 at once, 20 per second. */
  writes: RateLimiter;
  /** Logins and joins per client address: 20 at once, 1 per second. */
  entries: RateLimiter;
  /** The trusted LMS and the tool key, when LTI is configured. */
  lti?: { platform: Platform; key: ToolKey };
  /** Deep-linking requests waiting for the instructor's choice, by educator id. */
  deepLinks: Map<string, JWTPayload>;
}

export function classContext(
  db: Kysely<ClassDb>,
  site: string,
  opts: { entriesPerSecond?: number; lti?: ClassContext["lti"] } = {},
): ClassContext {
  const eps = opts.entriesPerSecond ?? 1;
  const entries = rateLimiter(Math.max(20, eps), eps);
  return { db, site, writes: rateLimiter(120, 20), entries, lti: opts.lti, deepLinks: new Map() };
}
