/**
 * Forwards queued xAPI statements (table `xapi_queue`) to a Learning Record Store with
 * `@xapi/xapi`. Nothing is lost: a row is marked sent only after the LRS accepted its batch; a
 * failed batch stays queued with exponential back-off (2^tries s, at most 10 min). Resending
 * is safe: the statement id is the attempt id, and an LRS accepts an identical statement again.
 */
import XAPI, { type Statement } from "@xapi/xapi";
import type { Kysely } from "kysely";
import type { ClassDb } from "../db/schema";

export interface LrsConfig {
  /** Statement API base, e.g. `https://lrs.example.org/xapi/` (trailing slash added). */
  endpoint: string;
  username: string;
  password: string;
}

/** The LRS named by `XAPI_LRS_ENDPOINT`, `XAPI_LRS_USERNAME`, `XAPI_LRS_PASSWORD`, or null. */
export function lrsFromEnv(env: NodeJS.ProcessEnv = process.env): LrsConfig | null {
  if (!env.XAPI_LRS_ENDPOINT) return null;
  return {
    endpoint: env.XAPI_LRS_ENDPOINT,
    username: env.XAPI_LRS_USERNAME ?? "",
    password: env.XAPI_LRS_PASSWORD ?? "",
  };
}

/** Back-off after `tries` failures, in ms. */
export function backoffMs(tries: number): number {
  return Math.min(600_000, 1000 * 2 ** Math.min(tries, 20));
}

export interface ForwardResult {
  sent: number;
  failed: number;
  error?: string;
}

/** Sends up to `batch` due statements once; returns what happened. */
export async function forwardOnce(
  db: Kysely<ClassDb>,
  lrs: LrsConfig,
  batch = 50,
  now = new Date(),
): Promise<ForwardResult> {
  const rows = await db
    .selectFrom("xapi_queue")
    .select(["statement_id", "statement", "tries"])
    .where("sent_at", "is", null)
    .where("next_try_at", "<=", now)
    .orderBy("created_at")
    .limit(batch)
    .execute();
  if (!rows.length) return { sent: 0, failed: 0 };
  const ids = rows.map((r) => r.statement_id);
  const endpoint = lrs.endpoint.endsWith("/") ? lrs.endpoint : `${lrs.endpoint}/`;
  const client = new XAPI({
    endpoint,
    auth: XAPI.toBasicAuth(lrs.username, lrs.password),
    version: "1.0.3",
  });
  try {
    await client.sendStatements({ statements: rows.map((r) => r.statement as Statement) });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    for (const r of rows) {
      await db
        .updateTable("xapi_queue")
        .set({
          tries: r.tries + 1,
          last_error: error.slice(0, 500),
          next_try_at: new Date(now.getTime() + backoffMs(r.tries)),
        })
        .where("statement_id", "=", r.statement_id)
        .execute();
    }
    return { sent: 0, failed: rows.length, error };
  }
  await db
    .updateTable("xapi_queue")
    .set({ sent_at: now, last_error: null })
    .where("statement_id", "in", ids)
    .execute();
  return { sent: rows.length, failed: 0 };
}

/** Forwards every `intervalMs` until stopped; one pass at a time. */
export function startForwarder(db: Kysely<ClassDb>, lrs: LrsConfig, intervalMs = 5000): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    forwardOnce(db, lrs)
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
