/**
 * Turns a verified launch into a class session. The LMS context becomes a class (one per
 * context, owned by the first instructor who launched it); an Instructor becomes an educator
 * account, anyone else a student whose handle is a pseudonym made from the LMS user id
 * (`lti-` + 10 hex of its SHA-256): no name or e-mail from the token is stored.
 */
import { createHash, randomUUID } from "node:crypto";
import type { JWTPayload } from "jose";
import type { Kysely } from "kysely";
import { ClassError, newJoinCode } from "../cohorts";
import type { ClassDb } from "../db/schema";
import { CLAIM, ROLE_INSTRUCTOR } from "./claims";

export interface Provisioned {
  kind: "educator" | "student";
  subjectId: string;
  cohortId: string;
}

const pseudonym = (iss: string, sub: string) =>
  `lti-${createHash("sha256").update(`${iss}|${sub}`).digest("hex").slice(0, 10)}`;

async function educatorFor(db: Kysely<ClassDb>, iss: string, sub: string): Promise<string> {
  const had = await db
    .selectFrom("educator")
    .select("id")
    .where("lti_issuer", "=", iss)
    .where("lti_sub", "=", sub)
    .executeTakeFirst();
  if (had) return had.id;
  const id = randomUUID();
  await db
    .insertInto("educator")
    .values({
      id,
      username: pseudonym(iss, sub),
      password_hash: "!lti",
      lti_issuer: iss,
      lti_sub: sub,
    })
    .execute();
  return id;
}

export async function provisionLaunch(db: Kysely<ClassDb>, p: JWTPayload): Promise<Provisioned> {
  const iss = String(p.iss);
  const sub = String(p.sub);
  const context = p[CLAIM.context] as { id?: string; title?: string } | undefined;
  if (!context?.id) throw new ClassError(400, "lti launch: context claim required");
  const contextKey = `${iss}|${context.id}`;
  const roles = (p[CLAIM.roles] as string[] | undefined) ?? [];
  const instructor = roles.includes(ROLE_INSTRUCTOR);
  let cohort = await db
    .selectFrom("cohort")
    .select(["id", "educator_id"])
    .where("lti_context", "=", contextKey)
    .executeTakeFirst();
  if (!cohort) {
    if (!instructor)
      throw new ClassError(403, "lti launch: an instructor must open this course's class first");
    const educatorId = await educatorFor(db, iss, sub);
    const id = randomUUID();
    const title = (context.title ?? "LMS course").slice(0, 120);
    await db
      .insertInto("cohort")
      .values({
        id,
        educator_id: educatorId,
        title,
        join_code: newJoinCode(),
        lti_context: contextKey,
      })
      .execute();
    cohort = { id, educator_id: educatorId };
  }
  if (instructor) {
    const educatorId = await educatorFor(db, iss, sub);
    if (educatorId !== cohort.educator_id)
      throw new ClassError(403, "lti launch: this course's class belongs to another instructor");
    return { kind: "educator", subjectId: educatorId, cohortId: cohort.id };
  }
  const had = await db
    .selectFrom("student")
    .select("id")
    .where("cohort_id", "=", cohort.id)
    .where("lti_issuer", "=", iss)
    .where("lti_sub", "=", sub)
    .executeTakeFirst();
  const studentId = had?.id ?? randomUUID();
  if (!had) {
    await db
      .insertInto("student")
      .values({
        id: studentId,
        cohort_id: cohort.id,
        handle: pseudonym(iss, sub),
        lti_issuer: iss,
        lti_sub: sub,
      })
      .execute();
  }
  const ags = p[CLAIM.ags] as { lineitem?: string } | undefined;
  const custom = p[CLAIM.custom] as { items?: string } | undefined;
  const max = Math.max(1, Number(custom?.items ?? 1) || 1);
  await db
    .insertInto("lti_link")
    .values({
      student_id: studentId,
      issuer: iss,
      user_sub: sub,
      lineitem: ags?.lineitem ?? null,
      score_maximum: max,
    })
    .onConflict((oc) =>
      oc.column("student_id").doUpdateSet({ lineitem: ags?.lineitem ?? null, score_maximum: max }),
    )
    .execute();
  return { kind: "student", subjectId: studentId, cohortId: cohort.id };
}
