/**
 * Adapts an embedded PGlite database to the `pg`-style pool that Kysely's `PostgresDialect`
 * expects, so both engines run through one dialect and one compiled SQL.
 *
 * PGlite is a single connection: `connect()` hands out one client at a time and queues the
 * others until `release()`, which keeps a transaction's statements together.
 */
import type { PGlite } from "@electric-sql/pglite";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

type Command = PostgresQueryResult<unknown>["command"];
const COMMANDS = new Set<Command>(["UPDATE", "DELETE", "INSERT", "SELECT", "MERGE"]);

/** The SQL command keyword of a statement ("SELECT" for anything Kysely does not count). */
function commandOf(text: string): Command {
  const word = /^\s*(?:with\b[\s\S]*?\)\s*)?(\w+)/i.exec(text)?.[1]?.toUpperCase() ?? "SELECT";
  return COMMANDS.has(word as Command) ? (word as Command) : "SELECT";
}

/** A pool of one over PGlite; `end()` closes the database. */
export function pglitePool(db: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  const client = {
    async query<R>(text: string, parameters: ReadonlyArray<unknown>) {
      const res = await db.query<R>(text, parameters as unknown[]);
      return {
        command: commandOf(text),
        rowCount: res.affectedRows ?? res.rows.length,
        rows: res.rows,
      };
    },
  };
  return {
    connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const mine = new Promise<void>((resolve) => (release = resolve));
      const ready = tail.then(() => undefined);
      tail = tail.then(() => mine);
      return ready.then(
        () => ({ query: client.query, release: () => release() }) as PostgresPoolClient,
      );
    },
    end: () => db.close(),
  };
}
