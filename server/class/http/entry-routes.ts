/** Logging in (educators), joining a class (students), the current session, logging out. */
import { z } from "zod";
import { createSession, endSessions } from "../auth/sessions";
import { checkEducator, joinCohort } from "../cohorts";
import { json, problem, readJson, sessionCookie } from "./respond";
import type { Call, Route } from "./router";

const loginBody = z.object({ username: z.string().max(64), password: z.string().max(200) });
const joinBody = z.object({ code: z.string().max(16), handle: z.string().max(64) });

async function startSession(
  call: Call,
  kind: "educator" | "student",
  subjectId: string,
  extra: object,
) {
  const { token, csrf } = await createSession(call.ctx.db, kind, subjectId);
  const secure = call.ctx.site.startsWith("https:");
  return json({ kind, csrf, ...extra }, 200, { "set-cookie": sessionCookie(token, secure) });
}

export const entryRoutes: Route = async (call) => {
  const { req, parts, ctx } = call;
  const [head] = parts;
  if (parts.length !== 1) return null;
  if (req.method === "GET" && head === "me") {
    if (!call.session) return problem(401, "no session");
    return json({ kind: call.session.kind, id: call.session.subjectId, csrf: call.session.csrf });
  }
  if (req.method !== "POST") return null;
  if (head === "logout") {
    if (call.session) await endSessions(ctx.db, call.session.subjectId);
    return json({ ok: true });
  }
  if (head !== "login" && head !== "join") return null;
  if (!ctx.entries.take(call.clientKey)) return problem(429, "too many attempts: wait a moment");
  if (head === "login") {
    const body = loginBody.safeParse(await readJson(req));
    if (!body.success) return problem(400, "login: username and password required");
    const id = await checkEducator(ctx.db, body.data.username, body.data.password);
    if (!id) return problem(401, "login: wrong username or password");
    return startSession(call, "educator", id, {});
  }
  const body = joinBody.safeParse(await readJson(req));
  if (!body.success) return problem(400, "join: code and handle required");
  const joined = await joinCohort(ctx.db, body.data.code, body.data.handle);
  return startSession(call, "student", joined.studentId, { cohortId: joined.cohortId });
};
