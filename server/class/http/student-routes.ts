/**
 * A student's own data: submit attempts (also the offline queue's sync and the device history
 * attached on join), export everything, delete everything. Only student sessions reach these.
 */
import { attemptBatchSchema } from "@/lib/class/attempt-schema";
import { deleteStudent, exportStudent, recordAttempts } from "../attempts";
import { returnGrade } from "../lti/ags";
import { json, problem, readJson } from "./respond";
import type { Route } from "./router";

export const studentRoutes: Route = async ({ req, ctx, parts, session }) => {
  const key = parts.join("/");
  if (!["attempts", "attempts/attach", "me/export", "me/delete"].includes(key)) return null;
  if (!session || session.kind !== "student") return problem(401, "student session required");
  if (req.method === "GET" && key === "me/export")
    return json(await exportStudent(ctx.db, session.subjectId));
  if (req.method !== "POST") return problem(405, "method not allowed");
  if (key === "me/delete") {
    await deleteStudent(ctx.db, session.subjectId);
    return json({ deleted: true });
  }
  const body = attemptBatchSchema.safeParse(await readJson(req));
  if (!body.success) {
    const issue = body.error.issues[0];
    return problem(400, `attempts: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const student = await ctx.db
    .selectFrom("student")
    .select(["id", "cohort_id"])
    .where("id", "=", session.subjectId)
    .executeTakeFirst();
  if (!student) return problem(401, "student no longer exists");
  const who = { studentId: student.id, cohortId: student.cohort_id };
  const acknowledged = await recordAttempts(
    ctx.db,
    who,
    body.data.attempts,
    ctx.site,
    key === "attempts/attach",
  );
  // An LTI student's grade goes back to the LMS after each batch (best effort: a failed return
  // is reported, and the next batch sends the then-current score).
  let grade: unknown = null;
  if (ctx.lti) {
    try {
      grade = await returnGrade(ctx.db, ctx.lti.platform, ctx.lti.key, student.id);
    } catch (err) {
      grade = { error: err instanceof Error ? err.message : String(err) };
    }
  }
  return json({ acknowledged, grade });
};
