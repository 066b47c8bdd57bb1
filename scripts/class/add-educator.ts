/**
 * `npm run class:educator -- USERNAME` — creates a local educator account in the class database
 * named by the environment (DATABASE_URL, else PGlite in CLASS_DATA_DIR, default
 * .class-data/pglite). The password is read from CLASS_EDUCATOR_PASSWORD (at least 10
 * characters), so it never appears in the shell history's command line.
 */
import { ClassError, createEducator } from "../../server/class/cohorts";
import { openClassDatabase, targetFromEnv } from "../../server/class/db/open";

async function main(): Promise<void> {
  const username = process.argv[2];
  const password = process.env.CLASS_EDUCATOR_PASSWORD ?? "";
  if (!username)
    throw new Error(
      "usage: npm run class:educator -- USERNAME (password in CLASS_EDUCATOR_PASSWORD)",
    );
  const h = await openClassDatabase(targetFromEnv());
  try {
    await createEducator(h.db, username, password);
    process.stdout.write(`class:educator: created ${username} (${h.engine})\n`);
  } finally {
    await h.close();
  }
}

main().catch((err: unknown) => {
  const msg = err instanceof ClassError || err instanceof Error ? err.message : String(err);
  process.stderr.write(`class:educator: ${msg}\n`);
  process.exitCode = 1;
});
