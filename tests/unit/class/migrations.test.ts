import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "@/server/class/db/migrations";
import { migrateToLatest, openClassDatabase } from "@/server/class/db/open";
import { ENGINES, openTestDb } from "./engines";

const TABLES = [
  "assignment",
  "attempt",
  "cohort",
  "educator",
  "grade_outbox",
  "lti_link",
  "lti_nonce",
  "lti_state",
  "session",
  "student",
  "xapi_queue",
];

describe.each(ENGINES)("class database migrations on %s", (engine) => {
  it("migrates up from an empty database to every table, and again is a no-op", async () => {
    const h = await openTestDb(engine);
    try {
      const rows = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = 'public' and table_name not like 'kysely_%'
        order by table_name`.execute(h.db);
      expect(rows.rows.map((r) => r.table_name)).toEqual(TABLES);
      const applied = await sql<{
        name: string;
      }>`select name from kysely_migration order by name`.execute(h.db);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS).sort());
      expect(await migrateToLatest(h.db)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe("PGlite file-backed store", () => {
  it("keeps rows across close and reopen of the same directory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "class-pglite-"));
    try {
      const a = await openClassDatabase({ kind: "pglite", dir });
      await a.db
        .insertInto("educator")
        .values({ id: "e1", username: "ada", password_hash: "x" })
        .execute();
      await a.close();
      const b = await openClassDatabase({ kind: "pglite", dir });
      const got = await b.db.selectFrom("educator").select("username").execute();
      await b.close();
      expect(got).toEqual([{ username: "ada" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
