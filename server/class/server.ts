/**
 * The class server of one process, built once from the environment (class mode):
 * `CLASS_MODE=1` enables it; `DATABASE_URL` (PostgreSQL) or `CLASS_DATA_DIR` (PGlite, default
 * `.class-data/pglite`); `CLASS_PUBLIC_URL` (default http://localhost:3000); LTI from
 * lti/registration.ts; an LRS from xapi/forward.ts (forwarded every 5 s).
 */
import { openClassDatabase, targetFromEnv } from "./db/open";
import { classContext, type ClassContext } from "./http/context";
import { handleClassRequest } from "./http/router";
import { platformFromEnv, toolKeyFromPem } from "./lti/registration";
import { lrsFromEnv, startForwarder } from "./xapi/forward";

export function classModeEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CLASS_MODE === "1";
}

let ready: Promise<ClassContext> | null = null;

async function build(env: NodeJS.ProcessEnv): Promise<ClassContext> {
  const { db } = await openClassDatabase(targetFromEnv(env));
  const platform = platformFromEnv(env);
  const lti =
    platform && env.LTI_TOOL_KEY
      ? { platform, key: await toolKeyFromPem(env.LTI_TOOL_KEY, env.LTI_TOOL_KID) }
      : undefined;
  const lrs = lrsFromEnv(env);
  if (lrs) startForwarder(db, lrs);
  const entriesPerSecond = Number(env.CLASS_JOIN_PER_SECOND ?? 1) || 1;
  return classContext(db, env.CLASS_PUBLIC_URL ?? "http://localhost:3000", {
    lti,
    entriesPerSecond,
  });
}

/** Handles one request under /api/class/ (404 for everything when class mode is off). */
export async function serveClass(req: Request, clientKey: string): Promise<Response> {
  if (!classModeEnabled()) return Response.json({ error: "class mode is off" }, { status: 404 });
  ready ??= build(process.env).catch((err: unknown) => {
    ready = null;
    throw err;
  });
  return handleClassRequest(req, await ready, clientKey);
}
