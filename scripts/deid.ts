/**
 * `npm run deid -- IN_DIR OUT_DIR [--shift-days N] [--salt SECRET] [--safe-private FILE.json] [--report FILE]`
 *
 * De-identifies every DICOM file under IN_DIR (PS3.15 Annex E Basic Profile, see lib/deid/) into
 * OUT_DIR and writes a JSON report (default OUT_DIR/deid-report.json; it names input files, so do
 * not publish it). Files flagged for burned-in text go to OUT_DIR/needs-review/ and must be checked
 * by a person before use. Malformed files are listed with their error; the batch goes on.
 * Exit code: 0 every DICOM file de-identified (non-DICOM files are listed as skipped), 1 usage
 * error, 2 some DICOM files were malformed (each listed with its error).
 * The salt (or DEID_SALT) makes UID replacement reproducible across runs; keep it secret.
 */
import fs from "node:fs";
import path from "node:path";
import { deidentifyFolder } from "../lib/deid/batch";
import type { SafePrivateTag } from "../lib/deid/private-filter";
import { UidMap } from "../lib/deid/uid-map";
import { PROFILE_EDITION } from "../lib/deid/annex-e-table";

function main(argv: string[]): number {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) opts[a.slice(2)] = argv[++i] ?? "";
    else positional.push(a);
  }
  const [inDir, outDir] = positional;
  if (!inDir || !outDir || !fs.existsSync(inDir) || !fs.statSync(inDir).isDirectory()) {
    console.error(
      "usage: npm run deid -- IN_DIR OUT_DIR [--shift-days N] [--salt S] [--safe-private F.json] [--report F]",
    );
    if (inDir && !fs.existsSync(inDir)) console.error(`${inDir}: no such folder`);
    return 1;
  }
  const shift = opts["shift-days"] !== undefined ? Number(opts["shift-days"]) : undefined;
  if (shift !== undefined && !Number.isInteger(shift)) {
    console.error(`--shift-days must be a whole number of days, got "${opts["shift-days"]}"`);
    return 1;
  }
  let safePrivate: SafePrivateTag[] = [];
  if (opts["safe-private"]) {
    const raw = JSON.parse(fs.readFileSync(opts["safe-private"], "utf8")) as {
      creator: string;
      group: string;
      element: string;
    }[];
    safePrivate = raw.map((s) => ({
      creator: s.creator,
      group: parseInt(s.group, 16),
      element: parseInt(s.element, 16),
    }));
  }
  const salt = opts.salt ?? process.env.DEID_SALT;
  const result = deidentifyFolder(inDir, outDir, {
    uids: new UidMap(salt),
    dateShiftDays: shift,
    safePrivate,
  });
  const reportPath = opts.report ?? path.join(outDir, "deid-report.json");
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  const summary = {
    profile: PROFILE_EDITION,
    input: inDir,
    output: outDir,
    dateShiftDays: shift ?? null,
    ...result,
  };
  fs.writeFileSync(reportPath, JSON.stringify(summary, null, 1) + "\n");
  for (const e of result.entries) {
    if (e.skipped) continue;
    if (e.error) console.error(`ERROR ${path.join(inDir, e.input)}: ${e.error}`);
    else if (e.report?.flags.length)
      console.error(
        `REVIEW ${path.join(inDir, e.input)} -> ${e.output}: ${e.report.flags.join("; ")}`,
      );
  }
  console.log(
    `de-identified ${result.written} file(s), ${result.failed} error(s), ${result.skipped} non-DICOM file(s) skipped, ${result.flagged} flagged for review; report: ${reportPath}`,
  );
  return result.failed > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
