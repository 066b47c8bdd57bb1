/**
 * Writes `public/cases/<id>/rater-spread.json` for cases whose structures are segmented by two or
 * more annotators (definitions: lib/domain/agreement/rater-spread.ts; format and staleness check:
 * lib/content/rater-spread-file.ts, run by content:check).
 *
 *   npm run --silent rater-spread -- [CASE_ID ...]     (no id: every case with such structures)
 *
 * Spread on the whole case grid. Exit codes: 0 ok, 1 bad input (one line naming the file).
 */
import fs from "node:fs";
import path from "node:path";
import { outlierRaters, raterSpread } from "../lib/domain/agreement";
import { maskFromLabels } from "../lib/domain/geometry/mask";
import { casesDir, loadCaseFolder } from "../lib/content/case-store";
import { formatIssues } from "../lib/domain/parse-result";
import {
  hashPublicFile,
  multiRaterStructures,
  raterSpreadPath,
  type RaterSpreadFile,
} from "../lib/content/rater-spread-file";
import { readNiftiFile } from "../lib/io/read-nifti-file";

const root = process.cwd();
const fail = (m: string): never => {
  process.stderr.write(`rater-spread: ${m}\n`);
  process.exit(1);
};

function build(id: string): RaterSpreadFile | null {
  const r = loadCaseFolder(path.join(casesDir(path.join(root, "content")), id), root);
  if (!r.ok) return fail(formatIssues(r.issues));
  const structures = multiRaterStructures(r.value);
  if (!structures.size) return null;
  const grid = r.value.manifest.grid;
  const volumes = new Map<string, ArrayLike<number>>();
  const inputs: Record<string, string> = {};
  const labels = (site: string) => {
    if (!volumes.has(site)) {
      const v = readNiftiFile(path.join(root, "public", site));
      if (!v.ok) return fail(v.error);
      volumes.set(site, v.volume.data);
      inputs[site] = hashPublicFile(root, site);
    }
    return volumes.get(site)!;
  };
  const out: RaterSpreadFile["structures"] = [];
  for (const [structure, raters] of structures) {
    const masks = raters.map((x) => maskFromLabels(grid, labels(x.labelmap), x.label));
    const s = raterSpread(masks);
    out.push({
      structure,
      annotators: raters.map((x) => x.annotator),
      structures: raters.map((x) => x.structure),
      pairwiseDice: s.pairwiseDice,
      pairwiseHd95Mm: s.pairwiseHd95Mm,
      medianHd95Mm: s.medianHd95Mm,
      toleranceMm: s.toleranceMm,
      consensusVoxels: s.consensus.data.reduce((n, v) => n + v, 0),
      sensitivity: s.sensitivity,
      specificity: s.specificity,
      looDice: s.looDice,
      looNsd: s.looNsd,
      passDice: s.passDice,
      softHistogram: s.softHistogram,
      outliers: outlierRaters(s.looDice),
    });
  }
  return { case: id, generatedBy: `npm run rater-spread -- ${id}`, inputs, structures: out };
}

const ids = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(casesDir(path.join(root, "content"))).sort();
for (const id of ids) {
  const f = build(id);
  if (!f) continue;
  const dest = path.join(root, "public", raterSpreadPath(id));
  const tmp = `${dest}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(f, null, 1)}\n`);
  fs.renameSync(tmp, dest);
  console.log(
    `rater-spread: wrote public${raterSpreadPath(id)} (${f.structures.length} structure(s))`,
  );
}
