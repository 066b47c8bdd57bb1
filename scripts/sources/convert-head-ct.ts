/**
 * Converts InVesalius' Cranium.inv3 (Debian invesalius-examples) into the inputs of the head-CT case:
 *   npx tsx scripts/sources/convert-head-ct.ts CRANIUM.inv3 OUT_DIR
 * Writes OUT_DIR/ct.nii.gz (int16 HU), one labelmap per InVesalius threshold mask
 * (bone.nii.gz, head.nii.gz; label 1) with its name table (bone.txt, head.txt), and prints the grid.
 * Orientation and origin: see lib/io/inv3.ts (the file stores neither).
 */
import fs from "node:fs";
import path from "node:path";
import { formatIssues } from "../../lib/domain/parse-result";
import { readInv3 } from "../../lib/io/inv3";
import { describeGrid } from "../../lib/domain/geometry/grid-compare";
import { niftiGz } from "../case-import/nifti-gz";

const [inv3, out] = process.argv.slice(2);
if (!inv3 || !out) {
  console.error("usage: convert-head-ct.ts CRANIUM.inv3 OUT_DIR");
  process.exit(1);
}
const p = readInv3(new Uint8Array(fs.readFileSync(inv3)), inv3);
if (!p.ok) {
  console.error(formatIssues(p.issues));
  process.exit(1);
}
const { grid, data, masks } = p.value;
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, "ct.nii.gz"),
  niftiGz(grid, data, "CT HU from InVesalius Cranium.inv3"),
);
// mask 0 = bone threshold, mask 1 = soft tissue + bone threshold (InVesalius' two default masks).
const names = ["bone", "head"];
const labels = (lo: number, hi: number) => [
  `Bone (CT threshold ${lo} to ${hi} HU)`,
  `Head: soft tissue and bone (CT threshold ${lo} to ${hi} HU)`,
];
for (const m of masks) {
  const base = names[m.index];
  if (!base) continue;
  const voxels = m.data.reduce((s, v) => s + v, 0);
  fs.writeFileSync(
    path.join(out, `${base}.nii.gz`),
    niftiGz(grid, m.data, `InVesalius mask ${m.index}`),
  );
  const label = labels(m.thresholdRange[0], m.thresholdRange[1])[m.index];
  fs.writeFileSync(
    path.join(out, `${base}.txt`),
    `# ${m.name} (InVesalius mask ${m.index})\n1\t${label}\n`,
  );
  console.log(`${base}: "${m.name}" threshold ${m.thresholdRange.join("..")} HU, ${voxels} voxels`);
}
console.log(`ct: ${describeGrid(grid)}`);
