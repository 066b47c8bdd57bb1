/**
 * Educators, classes (table `cohort`), assignments and students joining with a join code and a
 * pseudonymous handle. Every read takes the caller's id, so an educator reaches only their own
 * classes (a foreign class id reads as "not found").
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { hashPassword, verifyPassword } from "./auth/password";
import type { ClassDb } from "./db/schema";

/** Join codes: 8 characters without look-alikes (no 0/O, 1/I/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** Handles: 3–24 letters, digits, `_` or `-`; the only thing a student tells about themself. */
export const HANDLE_RE = /^[A-Za-z0-9_-]{3,24}$/;

export class ClassError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function newJoinCode(): string {
  const bytes = randomBytes(8);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export async function createEducator(
  db: Kysely<ClassDb>,
  username: string,
  password: string,
): Promise<string> {
  if (!HANDLE_RE.test(username))
    throw new ClassError(400, "username: 3–24 letters, digits, _ or -");
  const id = randomUUID();
  await db
    .insertInto("educator")
    .values({ id, username, password_hash: await hashPassword(password) })
    .execute();
  return id;
}

/** The educator's id when the password matches, else null (same answer for unknown users). */
export async function checkEducator(
  db: Kysely<ClassDb>,
  username: string,
  password: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("educator")
    .select(["id", "password_hash"])
    .where("username", "=", username)
    .executeTakeFirst();
  const ok = await verifyPassword(password, row?.password_hash ?? "scrypt$32768$8$1$AAAA$AAAA");
  return row && ok ? row.id : null;
}

export async function createCohort(
  db: Kysely<ClassDb>,
  educatorId: string,
  title: string,
  ltiContext: string | null = null,
): Promise<{ id: string; joinCode: string }> {
  const clean = title.trim();
  if (!clean || clean.length > 120) throw new ClassError(400, "title: 1–120 characters");
  const id = randomUUID();
  const joinCode = newJoinCode();
  await db
    .insertInto("cohort")
    .values({
      id,
      educator_id: educatorId,
      title: clean,
      join_code: joinCode,
      lti_context: ltiContext,
    })
    .execute();
  return { id, joinCode };
}

/** The class if `educatorId` owns it; otherwise throws 404 (no hint that it exists). */
export async function ownCohort(db: Kysely<ClassDb>, educatorId: string, cohortId: string) {
  const row = await db
    .selectFrom("cohort")
    .selectAll()
    .where("id", "=", cohortId)
    .where("educator_id", "=", educatorId)
    .executeTakeFirst();
  if (!row) throw new ClassError(404, "class: not found");
  return row;
}

export async function listCohorts(db: Kysely<ClassDb>, educatorId: string) {
  return db
    .selectFrom("cohort")
    .select(["id", "title", "join_code"])
    .where("educator_id", "=", educatorId)
    .orderBy("created_at")
    .execute();
}

export interface AssignmentInput {
  targetKind: "lesson" | "quiz-set" | "item";
  targetId: string;
  opensAt: string | null;
  dueAt: string | null;
}

export async function addAssignment(
  db: Kysely<ClassDb>,
  educatorId: string,
  cohortId: string,
  a: AssignmentInput,
): Promise<string> {
  await ownCohort(db, educatorId, cohortId);
  if (a.opensAt && a.dueAt && Date.parse(a.dueAt) < Date.parse(a.opensAt)) {
    throw new ClassError(400, "assignment: due date before opening date");
  }
  const id = randomUUID();
  await db
    .insertInto("assignment")
    .values({
      id,
      cohort_id: cohortId,
      target_kind: a.targetKind,
      target_id: a.targetId,
      opens_at: a.opensAt,
      due_at: a.dueAt,
      lti_lineitem: null,
    })
    .execute();
  return id;
}

export async function listAssignments(db: Kysely<ClassDb>, cohortId: string) {
  return db
    .selectFrom("assignment")
    .select(["id", "target_kind", "target_id", "opens_at", "due_at"])
    .where("cohort_id", "=", cohortId)
    .orderBy("due_at")
    .execute();
}

/** Joins the class with `code` under `handle`; a taken handle is refused (409). */
export async function joinCohort(
  db: Kysely<ClassDb>,
  code: string,
  handle: string,
): Promise<{ studentId: string; cohortId: string }> {
  if (!HANDLE_RE.test(handle)) throw new ClassError(400, "handle: 3–24 letters, digits, _ or -");
  const cohort = await db
    .selectFrom("cohort")
    .select("id")
    .where("join_code", "=", code.toUpperCase())
    .executeTakeFirst();
  if (!cohort) throw new ClassError(404, "join code: no such class");
  const taken = await db
    .selectFrom("student")
    .select("id")
    .where("cohort_id", "=", cohort.id)
    .where("handle", "=", handle)
    .executeTakeFirst();
  if (taken) throw new ClassError(409, "handle: already taken in this class");
  const studentId = randomUUID();
  await db
    .insertInto("student")
    .values({ id: studentId, cohort_id: cohort.id, handle, lti_issuer: null, lti_sub: null })
    .execute();
  return { studentId, cohortId: cohort.id };
}
