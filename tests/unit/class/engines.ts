/**
 * The database engines the class tests run on: embedded PGlite (in memory) always, and
 * PostgreSQL when `CLASS_TEST_PG_URL` points at a server (`.ci/run` starts one; without it a CI
 * run fails here instead of silently testing one engine). Each PostgreSQL use gets a fresh,
 * empty database, so test files can run in parallel and migrations start from nothing.
 */
import { randomBytes } from "node:crypto";
import { openClassDatabase, type ClassDatabase } from "@/server/class/db/open";

export const ENGINES: readonly ("pglite" | "postgres")[] = (() => {
  if (!process.env.CLASS_TEST_PG_URL && process.env.CI) {
    throw new Error("tests/unit/class: CI needs CLASS_TEST_PG_URL (PostgreSQL) — see .ci/run");
  }
  return process.env.CLASS_TEST_PG_URL ? ["pglite", "postgres"] : ["pglite"];
})();

/** A URL of a new empty PostgreSQL database on the test server, dropped by `drop()`. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.CLASS_TEST_PG_URL as string;
  const name = `class_t_${randomBytes(6).toString("hex")}`;
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.default.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Opens a migrated, empty class database on `engine`; `close()` also drops it. */
export async function openTestDb(engine: "pglite" | "postgres"): Promise<ClassDatabase> {
  if (engine === "pglite") return openClassDatabase({ kind: "pglite", dir: null });
  const fresh = await freshPostgres();
  const opened = await openClassDatabase({ kind: "postgres", url: fresh.url });
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await fresh.drop();
    },
  };
}
