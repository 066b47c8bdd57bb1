/**
 * `npm run privacy:check [-- DIR ...]` (default: public content): fails (exit 1) naming the file and
 * the tag/field when a shipped DICOM, NIfTI, NRRD, TIFF, JPEG, PNG or WebP may identify a person
 * (kinds sniffed from content; hidden files and symbolic links included, see lib/privacy/), or
 * when a de-identification report lies there. Reviewed header text (NIfTI, NRRD, TIFF fields) can
 * be allowed in config/privacy-allowlist.json, by exact value or anchored pattern, for a file or
 * a folder prefix ending in "/":
 *   { "niftiText": [{ "file": "public/cases/x/y.nii.gz", "field": "descrip", "value": "FSL5.0", "reason": "..." }] }
 * A NIfTI descrip equal to its case's title (content/cases/<id>/case.json, or the test-only cases of
 * tests/fixtures/viewer-cases/<id>/case.json whose files the e2e set-up writes to public/cases/<id>/),
 * optionally followed by " (...)", is allowed: the title is published on the case page anyway.
 * A folder named on the command line that does not exist is an error (exit 2, one line).
 */
import fs from "node:fs";
import path from "node:path";
import { runPrivacyGate, scannedLine } from "./privacy-gate/run";

const root = process.cwd();
const given = process.argv.slice(2);
const dirs = given.length ? given : ["public", "content"];
// A folder named on the command line must exist: a typo must not pass as "nothing found".
const missing = given.find((d) => !fs.existsSync(path.resolve(root, d)));
if (missing) {
  console.error(`privacy:check: ${missing}: no such folder`);
  process.exit(2);
}
const { findings, scanned } = runPrivacyGate(root, dirs);
for (const f of findings) console.error(`${f.file}: ${f.where}: ${f.message}`);
const counts = scannedLine(scanned);
if (findings.length) {
  console.error(
    `privacy:check FAILED: ${findings.length} finding(s) in ${new Set(findings.map((f) => f.file)).size} file(s) (scanned ${counts} under ${dirs.join(", ")})`,
  );
  process.exitCode = 1;
} else console.log(`privacy:check passed: scanned ${counts} under ${dirs.join(", ")}`);
