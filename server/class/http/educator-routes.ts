/** An educator's classes: create, list, read one (students by handle, assignments), assign. */
import { z } from "zod";
import { addAssignment, createCohort, listAssignments, listCohorts, ownCohort } from "../cohorts";
import { json, problem, readJson } from "./respond";
import type { Route } from "./router";

const cohortBody = z.object({ title: z.string() });
const assignmentBody = z.object({
  targetKind: z.enum(["lesson", "quiz-set", "item"]),
  targetId: z.string().regex(/^[A-Za-z0-9._:/-]{1,200}$/),
  opensAt: z.string().datetime().nullable().default(null),
  dueAt: z.string().datetime().nullable().default(null),
});

export const educatorRoutes: Route = async ({ req, ctx, parts, session }) => {
  if (parts[0] !== "cohorts") return null;
  if (!session || session.kind !== "educator") return problem(401, "educator session required");
  const me = session.subjectId;
  if (parts.length === 1) {
    if (req.method === "GET") return json({ cohorts: await listCohorts(ctx.db, me) });
    const body = cohortBody.safeParse(await readJson(req));
    if (!body.success) return problem(400, "class: title required");
    return json(await createCohort(ctx.db, me, body.data.title), 201);
  }
  const cohort = await ownCohort(ctx.db, me, parts[1]);
  if (parts.length === 2 && req.method === "GET") {
    const students = await ctx.db
      .selectFrom("student")
      .select(["id", "handle"])
      .where("cohort_id", "=", cohort.id)
      .orderBy("handle")
      .execute();
    const assignments = await listAssignments(ctx.db, cohort.id);
    return json({
      id: cohort.id,
      title: cohort.title,
      joinCode: cohort.join_code,
      students,
      assignments,
    });
  }
  if (parts.length === 3 && parts[2] === "assignments" && req.method === "POST") {
    const body = assignmentBody.safeParse(await readJson(req));
    if (!body.success) return problem(400, "assignment: targetKind, targetId, optional ISO dates");
    return json({ id: await addAssignment(ctx.db, me, cohort.id, body.data) }, 201);
  }
  return null;
};
