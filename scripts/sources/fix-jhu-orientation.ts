/**
 * Corrects the left–right axis of mricron-data's JHU-WhiteMatter-labels-1mm.nii.gz before import.
 *
 * Its header says RAS x = i − 91 (x grows with i), but the voxels are in the order of FSL's original
 * file, whose header says RAS x = 90 − i: every label named "right" lands on the patient's left
 * (found by the white-matter lesson's check; see content/cases/colin27/SOURCE.md). This writes a
 * copy whose x axis is FSL's (voxels untouched), plus the label table and colours beside it.
 * Refuses any input whose x axis is not exactly the mirrored one, so a fixed upstream file is never
 * flipped twice.  Usage: tsx scripts/sources/fix-jhu-orientation.ts IN.nii.gz OUT.nii.gz
 */
import fs from "node:fs";
import { readNifti, writeNifti } from "../../lib/io/nifti";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: fix-jhu-orientation.ts IN.nii.gz OUT.nii.gz");
  process.exit(2);
}
const r = readNifti(new Uint8Array(fs.readFileSync(input)), input);
if (!r.ok) {
  console.error(r.issues.map((i) => `${i.file}: ${i.message}`).join("\n"));
  process.exit(1);
}
const { grid, data } = r.value;
// LPS: the mirrored header has x_lps = 91 − i, i.e. origin 91 and direction −1 along i.
const d = grid.direction;
if (grid.origin[0] !== 91 || d[0] !== -1 || d[1] !== 0 || d[2] !== 0 || grid.dims[0] !== 182) {
  console.error(
    `${input}: x axis is not the known mirrored one (origin ${grid.origin[0]}, row ${d.slice(0, 3)}); not changed`,
  );
  process.exit(1);
}
const fixed = {
  ...grid,
  origin: [-90, grid.origin[1], grid.origin[2]] as typeof grid.origin,
  direction: [1, 0, 0, ...d.slice(3)],
};
fs.writeFileSync(output, writeNifti({ grid: fixed, data }, { gzip: true }));
for (const ext of [".txt", ".lut"]) {
  const side = input.replace(/\.gz$/, "") + ext;
  if (fs.existsSync(side)) fs.copyFileSync(side, output.replace(/\.gz$/, "") + ext);
}
console.error(`${output}: JHU x axis set to FSL's (RAS x = 90 − i); voxels unchanged`);
