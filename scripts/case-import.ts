/**
 * `npm run case:import -- --id ID --image PATH [--annotations PATH …] …` — imports an image and its
 * annotations as a case: content/cases/ID/ (case.json, annotations/*.json, SOURCE.md, LICENSE) and
 * public/cases/ID/ (image, labelmaps, thumbnail). See scripts/case-import/args.ts for every option;
 * the work is scripts/case-import/run.ts (the studio calls the same function).
 * Exit codes: 0 written or unchanged, 1 bad input (message names the file and the problem),
 * 2 the case exists and differs (rerun with --force).
 */
import { USAGE } from "./case-import/args";
import { runCaseImport } from "./case-import/run";

const t0 = Date.now();
const log = (msg: string) =>
  process.stderr.write(`[case:import ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
const fail = (msg: string, code = 1): never => {
  process.stderr.write(`case:import: ${msg}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const out = await runCaseImport(argv, log);
  if (out.code !== 0) return fail(out.message, out.code);
  log(out.message);
}

main().catch((e: unknown) =>
  fail(
    process.env.CASE_IMPORT_DEBUG
      ? `unexpected error: ${(e as Error).stack ?? String(e)}`
      : `unexpected error: ${e instanceof Error ? e.message : String(e)} (CASE_IMPORT_DEBUG=1 shows where)`,
  ),
);
