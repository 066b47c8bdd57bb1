/**
 * Writes `public/cases/colin27/harvard-oxford-split.nii.gz`: the Harvard-Oxford cortical areas that
 * the annotation set `content/cases/colin27/annotations/harvard-oxford-split.json` lists, split into
 * left and right so that they can be compared with AAL (lateralised) as raters of one concept.
 *
 * Rule: the x = 0 mm plane of the MNI grid (RAS x of the voxel centre). Centres with x ≤ 0 mm are
 * left, x > 0 mm right; the voxels on the plane itself (i = 90 on the Colin27 grid) go to the left,
 * as most AAL voxels on that plane do. Label L (< 100) of the set = Harvard-Oxford label L on the
 * left, label L + 100 = label L on the right; every other voxel is 0. Voxels are otherwise copied
 * unchanged (no resampling). Deterministic: same inputs, same bytes.
 *
 *   npx tsx scripts/sources/split-harvard-oxford.ts
 */
import fs from "node:fs";
import path from "node:path";
import { indexToWorld } from "../../lib/domain/geometry/grid";
import { annotationSetSchema } from "../../lib/domain/model/annotation-set";
import { writeNifti } from "../../lib/io/nifti";
import { readNiftiFile } from "../../lib/io/read-nifti-file";

const root = process.cwd();
const setFile = path.join(root, "content/cases/colin27/annotations/harvard-oxford-split.json");
const source = path.join(root, "public/cases/colin27/harvard-oxford.nii.gz");
const fail = (m: string): never => {
  process.stderr.write(`split-harvard-oxford: ${m}\n`);
  process.exit(1);
};

const set = annotationSetSchema.safeParse(JSON.parse(fs.readFileSync(setFile, "utf8")));
if (!set.success) fail(`${setFile}: not a valid annotation set`);
const labels = new Set<number>();
let out = "";
for (const a of set.success ? set.data.annotations : []) {
  if (a.type !== "segmentation") fail(`${setFile}: ${a.structure} is not a segmentation`);
  if (a.type === "segmentation") {
    labels.add(a.label);
    out = a.labelmap;
  }
}
const vol = readNiftiFile(source);
if (!vol.ok) fail(vol.error);
const { grid, data } = vol.ok ? vol.volume : fail("unreachable");
if (grid.direction.some((v, i) => v !== [-1, 0, 0, 0, -1, 0, 0, 0, 1][i]))
  fail(`${source}: not an axis-aligned LPS grid with x = origin − i; the split rule assumes one`);
const [nx, ny, nz] = grid.dims;
const split = new Uint8Array(nx * ny * nz);
for (let i = 0; i < nx; i++) {
  const rasX = -indexToWorld(grid, [i, 0, 0])[0];
  const offset = rasX <= 0 ? 0 : 100;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++) {
      const p = i + nx * (j + ny * k);
      const l = data[p];
      if (l > 0 && labels.has(l + offset)) split[p] = l + offset;
    }
}
const dest = path.join(root, "public", out);
fs.writeFileSync(`${dest}.tmp`, writeNifti({ grid, data: split }, { gzip: true }));
fs.renameSync(`${dest}.tmp`, dest);
console.log(`split-harvard-oxford: wrote public${out} (${labels.size} labels)`);
