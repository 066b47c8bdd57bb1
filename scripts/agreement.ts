/**
 * Agreement between raters' labelmaps (NIfTI) of one structure, and their consensus.
 *
 *   npm run --silent agreement -- [--json] A.nii.gz B.nii.gz [C.nii.gz ...] [--label N]
 *                                 [--out consensus.nii.gz] [--consensus staple|majority]
 *
 * A file may carry its own label as `FILE.nii.gz:N` (raters of one concept labelled differently,
 * e.g. AAL's left insula and the split Harvard-Oxford one); it wins over --label for that file.
 *
 * Prints pairwise Dice, mean pairwise Dice, Fleiss' κ (and Cohen's κ for two raters), both inside
 * the bounding box of the union of all raters' foreground, and the STAPLE and majority-vote
 * consensus voxel counts. --json prints one line of JSON (the last line of stdout). --out writes the
 * consensus (STAPLE by default) as a uint8 0/1 NIfTI on the first file's grid (.gz → compressed).
 * Definitions: lib/domain/agreement/. Exit codes: 0 ok, 1 bad input, 2 bad usage.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import {
  cohenKappa,
  fleissKappa,
  majorityVote,
  meanPairwise,
  pairwiseDice,
  staple,
} from "../lib/domain/agreement";
import { gridDifferences, labelmapProblem, labelValues, volumeMask } from "../lib/io/labelmap";
import { writeNifti } from "../lib/io/nifti";
import { readNiftiFile } from "../lib/io/read-nifti-file";

const USAGE =
  "usage: npm run --silent agreement -- [--json] A.nii.gz[:N] B.nii.gz[:N] [C.nii.gz ...] [--label N] [--out consensus.nii.gz] [--consensus staple|majority]";

function fail(message: string, code = 1): never {
  process.stderr.write(`agreement: ${message}\n`);
  process.exit(code);
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        json: { type: "boolean", default: false },
        label: { type: "string" },
        out: { type: "string" },
        consensus: { type: "string", default: "staple" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const specs = args.positionals.map((a) => {
    const m = /^(.*\.nii(?:\.gz)?):(\d+)$/.exec(a);
    return m ? { file: m[1], label: Number(m[2]) } : { file: a, label: undefined };
  });
  const files = specs.map((x) => x.file);
  if (files.length < 2) fail(`give at least two labelmaps (got ${files.length})\n${USAGE}`, 2);
  if (v.consensus !== "staple" && v.consensus !== "majority")
    fail(`--consensus must be staple or majority\n${USAGE}`, 2);
  let label: number | undefined;
  if (v.label !== undefined) {
    label = Number(v.label);
    if (v.label.trim() === "" || !Number.isFinite(label))
      fail(`--label must be a number (got "${v.label}")`, 2);
  }

  const vols = files.map((f) => {
    const r = readNiftiFile(f);
    if (!r.ok) fail(r.error);
    const p = labelmapProblem(r.volume);
    if (p) fail(`${f}: ${p}`);
    return r.volume;
  });
  for (let r = 1; r < vols.length; r++) {
    const d = gridDifferences(vols[0], vols[r], [files[0], files[r]]);
    if (d.length)
      fail(
        `${files[r]} is not on the grid of ${files[0]}:\n${d.map((x) => `  - ${x}`).join("\n")}`,
      );
  }
  const labels = specs.map((x) => x.label ?? label);
  const missing = files.filter(
    (_f, r) => labels[r] !== undefined && !labelValues(vols[r].data).values.includes(labels[r]!),
  );
  if (missing.length && missing.length === files.length)
    fail(`label ${labels[0]} does not exist in any of the files`);
  for (const f of missing)
    process.stderr.write(
      `agreement: warning: label ${labels[files.indexOf(f)]} is absent from ${f} (counted as empty)\n`,
    );

  const masks = vols.map((vol, r) => volumeMask(vol, labels[r]));
  const pd = pairwiseDice(masks);
  const fk = fleissKappa(masks);
  const st = staple(masks);
  const mv = majorityVote(masks);
  const majorityVoxels = mv.data.reduce((s, x) => s + x, 0);
  let written: string | undefined;
  if (v.out) {
    const consensus = v.consensus === "majority" ? mv : st.consensus;
    const bytes = writeNifti(
      { grid: vols[0].grid, data: consensus.data },
      {
        gzip: v.out.endsWith(".gz"),
        description: `${v.consensus} consensus of ${files.length} raters`,
      },
    );
    try {
      fs.writeFileSync(v.out, bytes);
    } catch (e) {
      fail(`cannot write ${v.out}: ${(e as Error).message}`);
    }
    written = v.out;
    process.stderr.write(`agreement: wrote ${v.consensus} consensus to ${v.out}\n`);
  }

  const out = {
    raters: files,
    voxels: masks.map((m) => m.data.reduce((s, x) => s + x, 0)),
    pairwiseDice: pd,
    meanPairwiseDice: meanPairwise(pd),
    fleissKappa: fk.kappa,
    cohenKappa: masks.length === 2 ? cohenKappa(masks[0], masks[1]).kappa : null,
    kappaRegion: fk.region ? { min: fk.region.min, max: fk.region.max, voxels: fk.voxels } : null,
    stapleVoxels: st.voxels,
    majorityVoxels,
    staple: {
      sensitivity: st.sensitivity,
      specificity: st.specificity,
      prior: st.prior,
      iterations: st.iterations,
      converged: st.converged,
    },
    ...(written ? { out: written, consensus: v.consensus } : {}),
  };
  if (v.json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const f = (x: number) => x.toFixed(4);
  const lines = [
    `${files.length} raters:`,
    ...files.map((fl, r) => `  [${r}] ${fl}: ${out.voxels[r]} voxels`),
    "pairwise Dice:",
    ...pd.map((row, r) => `  [${r}] ${row.map(f).join("  ")}`),
    `mean pairwise Dice ${f(out.meanPairwiseDice)}`,
    `Fleiss' κ ${f(fk.kappa)} (inside the union bounding box, ${fk.voxels} voxels)`,
    ...(out.cohenKappa !== null ? [`Cohen's κ ${f(out.cohenKappa)}`] : []),
    `STAPLE consensus ${st.voxels} voxels (${st.iterations} iterations${st.converged ? "" : ", not converged"})`,
    `majority-vote consensus ${majorityVoxels} voxels`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

main();
