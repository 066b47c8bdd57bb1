/**
 * Opens the class database: PostgreSQL when a connection URL is given, otherwise the embedded,
 * file-backed PGlite (no server). Both go through Kysely's Postgres dialect, so every query is
 * the same SQL on both. Migrations run on open, up from an empty database.
 */
import { mkdirSync } from "node:fs";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import { migrationProvider } from "./migrations";
import { pglitePool } from "./pglite-pool";
import type { ClassDb } from "./schema";

export type DbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string | null };

export interface ClassDatabase {
  db: Kysely<ClassDb>;
  engine: DbTarget["kind"];
  close(): Promise<void>;
}

/** The target named by the environment: `DATABASE_URL`, else PGlite in `CLASS_DATA_DIR`. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dir: env.CLASS_DATA_DIR ?? ".class-data/pglite" };
}

/** Applies every pending migration; throws one line naming the failed migration. */
export async function migrateToLatest(db: Kysely<ClassDb>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? "failed");
    throw new Error(`class database: migration ${failed?.migrationName ?? "?"}: ${why}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/**
 * Opens and migrates. `dir: null` makes an in-memory PGlite (tests). The PGlite and pg modules
 * are loaded only when used, so the static site never loads either.
 */
export async function openClassDatabase(target: DbTarget): Promise<ClassDatabase> {
  let dialect: PostgresDialect;
  if (target.kind === "postgres") {
    const pg = await import("pg");
    const Pool = pg.default?.Pool ?? pg.Pool;
    dialect = new PostgresDialect({ pool: new Pool({ connectionString: target.url, max: 10 }) });
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    if (target.dir) mkdirSync(target.dir, { recursive: true });
    const lite = target.dir ? new PGlite(target.dir) : new PGlite();
    await lite.waitReady;
    dialect = new PostgresDialect({ pool: pglitePool(lite) });
  }
  const db = new Kysely<ClassDb>({ dialect });
  await migrateToLatest(db);
  return { db, engine: target.kind, close: () => db.destroy() };
}
