/**
 * Storing a student's attempts. The id comes from the device, so a retry, an offline re-sync or
 * device attempts attached twice are stored once: `insert … on conflict do nothing` inside one
 * transaction that also queues the attempt's xAPI statement (so no attempt lacks a statement).
 * An id already used by another student is refused rather than overwritten.
 */
import type { Kysely } from "kysely";
import type { ClassAttempt } from "@/lib/class/attempt-schema";
import { attemptStatement } from "@/lib/class/xapi-statement";
import { ClassError } from "./cohorts";
import type { ClassDb } from "./db/schema";

export interface StudentRef {
  studentId: string;
  cohortId: string;
}

/**
 * Stores `attempts` for the student; returns the ids now stored (new or already there), i.e. the
 * acknowledged ones. `fromDevice` marks attempts attached from the device's history on join.
 */
export async function recordAttempts(
  db: Kysely<ClassDb>,
  who: StudentRef,
  attempts: readonly ClassAttempt[],
  site: string,
  fromDevice = false,
): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    for (const a of attempts) {
      const inserted = await tx
        .insertInto("attempt")
        .values({
          id: a.id,
          student_id: who.studentId,
          cohort_id: who.cohortId,
          item_id: a.itemId,
          item_type: a.itemType,
          correct: a.correct,
          score: a.score,
          answer: JSON.stringify(a.answer),
          duration_ms: a.durationMs,
          answered_at: a.answeredAt,
          from_device: fromDevice,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) {
        const statement = attemptStatement(a, who.studentId, who.cohortId, site);
        await tx
          .insertInto("xapi_queue")
          .values({
            statement_id: statement.id,
            attempt_id: a.id,
            statement: JSON.stringify(statement),
          })
          .execute();
        continue;
      }
      const owner = await tx
        .selectFrom("attempt")
        .select("student_id")
        .where("id", "=", a.id)
        .executeTakeFirstOrThrow();
      if (owner.student_id !== who.studentId)
        throw new ClassError(409, `attempt ${a.id}: id already used`);
    }
    return attempts.map((a) => a.id);
  });
}

/** Everything stored about one student (their own export). */
export async function exportStudent(db: Kysely<ClassDb>, studentId: string) {
  const student = await db
    .selectFrom("student")
    .select(["id", "handle", "cohort_id", "created_at"])
    .where("id", "=", studentId)
    .executeTakeFirst();
  const attempts = await db
    .selectFrom("attempt")
    .select([
      "id",
      "item_id",
      "item_type",
      "correct",
      "score",
      "answer",
      "duration_ms",
      "answered_at",
    ])
    .where("student_id", "=", studentId)
    .orderBy("answered_at")
    .execute();
  return { student, attempts };
}

/** Deletes the student, their attempts, queued statements and sessions. */
export async function deleteStudent(db: Kysely<ClassDb>, studentId: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const ids = tx.selectFrom("attempt").select("id").where("student_id", "=", studentId);
    await tx.deleteFrom("xapi_queue").where("attempt_id", "in", ids).execute();
    await tx.deleteFrom("attempt").where("student_id", "=", studentId).execute();
    await tx.deleteFrom("session").where("subject_id", "=", studentId).execute();
    await tx.deleteFrom("student").where("id", "=", studentId).execute();
  });
}
