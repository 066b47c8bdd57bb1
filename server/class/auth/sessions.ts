/**
 * Server sessions for educators and students. The browser holds a random 32-byte token in an
 * HttpOnly cookie; the database holds only its SHA-256. Each session has its own CSRF token,
 * which every write must echo in the `x-csrf-token` header (see {@link checkCsrf}).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { ClassDb } from "../db/schema";

export const SESSION_COOKIE = "class_session";
/** Session lifetime: 12 hours. */
export const SESSION_MS = 12 * 3600 * 1000;

export interface Session {
  kind: "educator" | "student";
  subjectId: string;
  csrf: string;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** Starts a session; returns the cookie token and the CSRF token. */
export async function createSession(
  db: Kysely<ClassDb>,
  kind: Session["kind"],
  subjectId: string,
): Promise<{ token: string; csrf: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  await db
    .insertInto("session")
    .values({
      token_hash: sha256(token),
      kind,
      subject_id: subjectId,
      csrf,
      expires_at: new Date(Date.now() + SESSION_MS),
    })
    .execute();
  return { token, csrf };
}

/** The live session of `token`, or null (unknown or expired). */
export async function readSession(
  db: Kysely<ClassDb>,
  token: string | undefined,
): Promise<Session | null> {
  if (!token) return null;
  const row = await db
    .selectFrom("session")
    .select(["kind", "subject_id", "csrf", "expires_at"])
    .where("token_hash", "=", sha256(token))
    .executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() < Date.now()) return null;
  return { kind: row.kind, subjectId: row.subject_id, csrf: row.csrf };
}

/** Ends every session of one subject (after a student deletes their data). */
export async function endSessions(db: Kysely<ClassDb>, subjectId: string): Promise<void> {
  await db.deleteFrom("session").where("subject_id", "=", subjectId).execute();
}

/** True when `header` equals the session's CSRF token (constant-time). */
export function checkCsrf(session: Session, header: string | null): boolean {
  if (!header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(session.csrf);
  return a.length === b.length && timingSafeEqual(a, b);
}
