/**
 * Annotation quality control of every case (or one): empty structures, islands, holes, masks
 * outside the image foreground, left/right labels on the wrong side of the midline, landmarks
 * outside the image, zero-area boxes, self-intersecting polygons (rules: lib/domain/qc).
 * Usage: tsx scripts/content-qc.ts [--case ID] [--json]
 * Prints a summary line per case and every finding (`level set structure: message`); exits 1 when
 * any case has an error, 2 on bad arguments or unreadable content.
 */
import { allCases } from "../lib/content/case-store";
import { caseQc, qcLine } from "../lib/content/case-qc";

const args = process.argv.slice(2);
const json = args.includes("--json");
const caseArg = args.indexOf("--case");
const only = caseArg >= 0 ? args[caseArg + 1] : undefined;
const unknown = args.filter((a, i) => a !== "--json" && a !== "--case" && i !== caseArg + 1);
if (unknown.length || (caseArg >= 0 && !only)) {
  console.error(`content-qc: unknown or incomplete arguments: ${args.join(" ")}`);
  console.error("usage: npm run content:qc -- [--case ID] [--json]");
  process.exit(2);
}

let cases;
try {
  cases = [...allCases().values()].filter((c) => !only || c.manifest.id === only);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (only && !cases.length) {
  console.error(`content-qc: unknown case "${only}"`);
  process.exit(2);
}
const results = cases.map((c) => ({ case: c.manifest.id, ...caseQc(c) }));
if (json) console.log(JSON.stringify(results));
else
  for (const r of results) {
    console.log(qcLine(r, r.case));
    for (const f of r.findings) console.log(`  ${f.level} ${f.set} ${f.structure}: ${f.message}`);
  }
process.exit(results.some((r) => r.errors > 0) ? 1 : 0);
