/**
 * `npm run deid -- IN_DIR OUT_DIR [--shift-days N | --keep-dates] [--salt SECRET]
 *                 [--safe-private FILE.json] [--report FILE] [--overwrite]`
 *
 * De-identifies every DICOM file under IN_DIR (PS3.15 Annex E Basic Profile, see lib/deid/) into
 * OUT_DIR and writes a JSON report (default OUT_DIR.deid-report.json, beside OUT_DIR and never
 * inside it: it names input files and holds the date shift, so do not publish it). Files flagged
 * for burned-in text go to OUT_DIR/needs-review/ and must be checked by a person before use.
 * OUT_DIR must be new or empty (or `--overwrite`: the old OUT_DIR is replaced as a whole) and
 * outside IN_DIR; the batch is written beside it and moved into place at the end.
 * Dates: removed by default; `--shift-days N` (N a non-zero whole number) moves them all by N
 * days; `--keep-dates` keeps the real dates and records that (UNMODIFIED, code 113106).
 * Exit code: 0 every DICOM file de-identified (non-DICOM files and DICOMDIRs listed as skipped),
 * 1 usage error (one line, nothing written), 2 some inputs were malformed or broken links (each
 * listed with its error).
 * The salt (or DEID_SALT) makes UID replacement reproducible across runs; keep it secret.
 */
import fs from "node:fs";
import path from "node:path";
import { deidentifyFolder } from "../lib/deid/batch";
import { UidMap } from "../lib/deid/uid-map";
import { PROFILE_EDITION } from "../lib/deid/annex-e-table";
import { USAGE, parseDeidArgs, type DeidArgs } from "./deid/args";
import {
  checkPaths,
  commitStaging,
  defaultReportPath,
  makeStaging,
  writeAtomically,
} from "./deid/output-dir";
import { readSafePrivate } from "./deid/safe-private";
import type { SafePrivateTag } from "../lib/deid/private-filter";

/**
 * Runs the batch into a staging folder, moves it to OUT_DIR, then writes the report (atomically).
 * Throws only for output-side failures (disk full, permissions); the staging folder is removed.
 */
function run(args: DeidArgs, reportPath: string, safePrivate: SafePrivateTag[], salt?: string) {
  const staging = makeStaging(args.outDir);
  try {
    const result = deidentifyFolder(args.inDir, staging, {
      uids: new UidMap(salt),
      dateShiftDays: args.shiftDays,
      keepDates: args.keepDates,
      safePrivate,
    });
    commitStaging(staging, args.outDir);
    const dates = args.keepDates ? "kept" : args.shiftDays !== undefined ? "shifted" : "removed";
    const summary = {
      profile: PROFILE_EDITION,
      input: args.inDir,
      output: args.outDir,
      dates,
      dateShiftDays: args.shiftDays ?? (args.keepDates ? 0 : null),
      ...result,
    };
    writeAtomically(reportPath, JSON.stringify(summary, null, 1) + "\n");
    return result;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The whole command; returns the exit code (0 done, 1 usage or output error, 2 bad inputs). */
function main(argv: string[]): number {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseDeidArgs(argv);
  if (!parsed.ok) {
    console.error(`deid: ${parsed.error} (${USAGE.replace("usage: ", "")})`);
    return 1;
  }
  const args = parsed.value;
  const reportPath = args.report ?? defaultReportPath(args.outDir);
  const bad = checkPaths(args.inDir, args.outDir, reportPath, args.overwrite);
  if (bad) {
    console.error(`deid: ${bad}`);
    return 1;
  }
  if (args.salt === undefined && process.env.DEID_SALT !== undefined && !process.env.DEID_SALT) {
    console.error(
      "deid: DEID_SALT is set but empty (an empty salt lets anyone recompute the UIDs)",
    );
    return 1;
  }
  let safePrivate: SafePrivateTag[] = [];
  if (args.safePrivate) {
    const read = readSafePrivate(args.safePrivate);
    if (!read.ok) {
      console.error(`deid: ${read.error}`);
      return 1;
    }
    safePrivate = read.value;
  }
  let result;
  try {
    result = run(args, reportPath, safePrivate, args.salt ?? process.env.DEID_SALT);
  } catch (e) {
    console.error(`deid: ${args.outDir}: cannot write the output: ${(e as Error).message}`);
    return 1;
  }
  if (args.keepDates)
    console.error("WARNING dates kept unchanged (--keep-dates): the outputs hold the real dates");
  for (const e of result.entries) {
    if (e.note) console.error(`NOTE ${path.join(args.inDir, e.input)}: ${e.note}`);
    if (e.skipped) continue;
    if (e.error) console.error(`ERROR ${path.join(args.inDir, e.input)}: ${e.error}`);
    else if (e.report?.flags.length)
      console.error(
        `REVIEW ${path.join(args.inDir, e.input)} -> ${e.output}: ${e.report.flags.join("; ")}`,
      );
  }
  console.log(
    `de-identified ${result.written} file(s), ${result.failed} error(s), ${result.skipped} file(s) skipped (not DICOM, or DICOMDIR), ${result.flagged} flagged for review; report: ${reportPath}`,
  );
  return result.failed > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
