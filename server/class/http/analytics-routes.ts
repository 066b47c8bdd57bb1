/**
 * An educator's analytics for one of their classes: `cohorts/<id>/analytics` (JSON: item stats
 * with flags, answer distributions and click points) and `cohorts/<id>/analytics.csv`.
 * Students appear only as pseudonymous ids; no answer text exists to show (see attempt-schema).
 */
import { itemAnswers } from "@/lib/class/analytics/answers";
import { itemFlags, itemStatsCsv } from "@/lib/class/analytics/flags";
import { itemStats, type AttemptRow } from "@/lib/class/analytics/item-stats";
import { ownCohort } from "../cohorts";
import { json, problem } from "./respond";
import type { Route } from "./router";

export const analyticsRoutes: Route = async ({ req, ctx, parts, session }) => {
  if (
    parts[0] !== "cohorts" ||
    parts.length !== 3 ||
    !["analytics", "analytics.csv"].includes(parts[2])
  )
    return null;
  if (req.method !== "GET") return null;
  if (!session || session.kind !== "educator") return problem(401, "educator session required");
  const cohort = await ownCohort(ctx.db, session.subjectId, parts[1]);
  const raw = await ctx.db
    .selectFrom("attempt")
    .select([
      "student_id",
      "item_id",
      "item_type",
      "correct",
      "score",
      "answer",
      "duration_ms",
      "answered_at",
    ])
    .where("cohort_id", "=", cohort.id)
    .execute();
  const rows: AttemptRow[] = raw.map((r) => ({
    studentId: r.student_id,
    itemId: r.item_id,
    itemType: r.item_type,
    correct: r.correct,
    score: r.score,
    answer: r.answer,
    durationMs: r.duration_ms,
    answeredAt: new Date(r.answered_at).toISOString(),
  }));
  const stats = itemStats(rows);
  if (parts[2] === "analytics.csv") {
    return new Response(itemStatsCsv(stats), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="class-${cohort.id}.csv"`,
        "cache-control": "no-store",
      },
    });
  }
  return json({
    items: stats.map((s) => ({ ...s, flags: itemFlags(s) })),
    answers: itemAnswers(rows),
  });
};
