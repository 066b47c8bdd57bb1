/**
 * Grade an answer labelmap against a reference labelmap (NIfTI), for educators and for checking.
 *
 *   npm run --silent grade -- --reference REF.nii.gz --answer ANS.nii.gz [--label N] [--tolerance-mm T] [--json]
 *
 * --label N        compare the voxels equal to N (default: all non-zero voxels)
 * --tolerance-mm T NSD tolerance τ in mm (default 2)
 * --json           print one line of JSON, the last line of stdout:
 *                  {dice, iou, hd, hd95, assd, nsd, referenceVoxels, answerVoxels}
 *
 * Both files must be on the same grid (dims, pixdim spacing, origin, orientation); spacing comes
 * from the header's pixdim. Warnings go to stderr. Exit codes: 0 ok, 1 bad input, 2 bad usage.
 * Metric definitions: lib/domain/grading/masks.ts.
 */
import { parseArgs } from "node:util";
import { compareMasks, DEFAULT_NSD_TOLERANCE_MM } from "../lib/domain/grading";
import { gridDifferences, labelmapProblem, labelValues, volumeMask } from "../lib/io/labelmap";
import { readNiftiFile } from "../lib/io/read-nifti-file";

const USAGE =
  "usage: npm run --silent grade -- --reference REF.nii.gz --answer ANS.nii.gz [--label N] [--tolerance-mm T] [--json]";

function fail(message: string, code = 1): never {
  process.stderr.write(`grade: ${message}\n`);
  process.exit(code);
}

function parseNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === "" || !Number.isFinite(x))
    fail(`--${name} must be a number (got "${v}")\n${USAGE}`, 2);
  return x;
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        reference: { type: "string" },
        answer: { type: "string" },
        label: { type: "string" },
        "tolerance-mm": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!v.reference || !v.answer) fail(`--reference and --answer are required\n${USAGE}`, 2);
  const label = parseNumber("label", v.label);
  const tau = parseNumber("tolerance-mm", v["tolerance-mm"]) ?? DEFAULT_NSD_TOLERANCE_MM;
  if (tau < 0) fail(`--tolerance-mm must be ≥ 0 (got ${tau})`, 2);

  const ref = readNiftiFile(v.reference);
  if (!ref.ok) fail(ref.error);
  const ans = readNiftiFile(v.answer);
  if (!ans.ok) fail(ans.error);
  for (const [name, vol] of [
    [v.reference, ref.volume],
    [v.answer, ans.volume],
  ] as const) {
    const p = labelmapProblem(vol);
    if (p) fail(`${name}: ${p}`);
  }
  const diffs = gridDifferences(ref.volume, ans.volume, [v.reference, v.answer]);
  if (diffs.length) {
    fail(
      `the reference and the answer are on different grids:\n${diffs.map((d) => `  - ${d}`).join("\n")}`,
    );
  }

  if (label !== undefined) {
    const inRef = labelValues(ref.volume.data);
    const inAns = labelValues(ans.volume.data);
    const has = (l: { values: number[] }) => l.values.includes(label);
    const list = (l: { values: number[]; truncated: boolean }) =>
      l.values.filter((x) => x !== 0).join(", ") + (l.truncated ? ", …" : "") || "none";
    if (!has(inRef) && !has(inAns)) {
      fail(
        `label ${label} does not exist in either file (labels in ${v.reference}: ${list(inRef)}; in ${v.answer}: ${list(inAns)})`,
      );
    }
    if (!has(inRef))
      process.stderr.write(
        `grade: warning: label ${label} is absent from the reference (graded as empty)\n`,
      );
    if (!has(inAns))
      process.stderr.write(
        `grade: warning: label ${label} is absent from the answer (graded as empty)\n`,
      );
  }

  const m = compareMasks(volumeMask(ref.volume, label), volumeMask(ans.volume, label), {
    nsdToleranceMm: tau,
  });
  const out = {
    dice: m.dice,
    iou: m.iou,
    hd: m.hd,
    hd95: m.hd95,
    assd: m.assd,
    nsd: m.nsd,
    referenceVoxels: m.referenceVoxels,
    answerVoxels: m.answerVoxels,
  };
  if (v.json) {
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4));
  process.stdout.write(
    [
      `reference ${v.reference}${label !== undefined ? ` (label ${label})` : ""}: ${m.referenceVoxels} voxels`,
      `answer    ${v.answer}: ${m.answerVoxels} voxels (${m.overVoxels} over-, ${m.underVoxels} under-segmented)`,
      `Dice ${f(m.dice)}   IoU ${f(m.iou)}`,
      `HD ${f(m.hd)} mm   HD95 ${f(m.hd95)} mm   ASSD ${f(m.assd)} mm`,
      `NSD at ${tau} mm: ${f(m.nsd)}`,
    ].join("\n") + "\n",
  );
}

main();
