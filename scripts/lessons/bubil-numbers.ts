/**
 * Numbers quoted in the lesson "How much do annotators agree? Ten outlines of one cell"
 * (content/lessons/annotator-agreement-bubil.mdx), computed with the domain core on the shipped
 * BU-BIL cases (public/cases/bubil-p0x, 10 masks each: Person 1–5 × Amira, ImageJ).
 *
 *   npx tsx scripts/lessons/bubil-numbers.ts            # prints JSON
 *   npx tsx scripts/lessons/bubil-numbers.ts --write    # writes tests/fixtures/lessons/bubil-numbers.json
 *
 * Per image: pairwise Dice (all 45 pairs; same person across tools; different people); mean area
 * per tool (pixels); majority vote (> 5 of 10) vs STAPLE (W ≥ 0.5) pixel counts and their Dice, the
 * pixels only STAPLE keeps (and how many raters hold them) and those only the majority keeps;
 * leave-one-out Dice range, τ and outliers (lib/domain/agreement/rater-spread.ts); and how the
 * consensus settles as raters are added: for k = 1…10, the mean and lowest Dice between the STAPLE
 * of every subset of k masks (all C(10, k)) and the STAPLE of all ten (k = 1: the mask itself).
 * Masks are cropped to the union bounding box of all ten (padded by 2 pixels) first; Dice and
 * STAPLE (which works on the union box of its inputs) are unchanged by the crop.
 */
import fs from "node:fs";
import path from "node:path";
import {
  majorityVote,
  outlierRaters,
  pairwiseDice,
  raterCounts,
  raterSpread,
  staple,
} from "../../lib/domain/agreement";
import { dice } from "../../lib/domain/grading/masks";
import { countVoxels, unionBoundingBox, type Mask } from "../../lib/domain/geometry/mask";
import { readNiftiFile } from "../../lib/io/read-nifti-file";

const ROOT = path.resolve(__dirname, "..", "..");
export const OUTPUT = path.join(ROOT, "tests", "fixtures", "lessons", "bubil-numbers.json");
export const RATERS = [1, 2, 3, 4, 5].flatMap((p) => [`person${p}-amira`, `person${p}-imagej`]);

function load(caseId: string): Mask[] {
  const full = RATERS.map((r) => {
    const v = readNiftiFile(path.join(ROOT, "public", "cases", caseId, `${r}.nii.gz`));
    if (!v.ok) throw new Error(v.error);
    const [nx, ny] = v.volume.grid.dims;
    const data = Uint8Array.from(v.volume.data, (x) => (x === 1 ? 1 : 0));
    return {
      grid: {
        dims: [nx, ny, 1] as [number, number, number],
        spacing: [1, 1, 1] as [number, number, number],
      },
      data,
    };
  });
  const box = unionBoundingBox(full)!;
  const [nx] = full[0].grid.dims;
  const i0 = Math.max(0, box.min[0] - 2);
  const j0 = Math.max(0, box.min[1] - 2);
  const cx = Math.min(nx - 1, box.max[0] + 2) - i0 + 1;
  const cy = Math.min(full[0].grid.dims[1] - 1, box.max[1] + 2) - j0 + 1;
  return full.map((m) => {
    const data = new Uint8Array(cx * cy);
    for (let j = 0; j < cy; j++)
      data.set(m.data.subarray(i0 + nx * (j0 + j), i0 + nx * (j0 + j) + cx), cx * j);
    return { grid: { dims: [cx, cy, 1], spacing: [1, 1, 1] }, data };
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k - 1).map((s) => [...s, n - 1]), ...subsets(n - 1, k)];
}

/** Pixels in STAPLE but not in the majority vote, the range of raters holding them, and |MV \ STAPLE|. */
function stapleOnly(masks: Mask[], st: Mask, mv: Mask) {
  const counts = raterCounts(masks);
  let n = 0;
  let lo = Infinity;
  let hi = -Infinity;
  let mvOnly = 0;
  for (let p = 0; p < counts.length; p++) {
    if (st.data[p] && !mv.data[p]) {
      n++;
      lo = Math.min(lo, counts[p]);
      hi = Math.max(hi, counts[p]);
    }
    if (mv.data[p] && !st.data[p]) mvOnly++;
  }
  return { stapleOnlyPixels: n, stapleOnlyRaters: n ? [lo, hi] : [], majorityOnlyPixels: mvOnly };
}

/** The numbers of one image; `maxK` < 10 computes the settling table only up to k = maxK (tests). */
export function imageNumbers(caseId: string, maxK = 10) {
  const masks = load(caseId);
  const pd = pairwiseDice(masks);
  const all: number[] = [];
  const samePerson: number[] = [];
  const otherPeople: number[] = [];
  for (let a = 0; a < 10; a++)
    for (let b = a + 1; b < 10; b++) {
      all.push(pd[a][b]);
      (a >> 1 === b >> 1 ? samePerson : otherPeople).push(pd[a][b]);
    }
  const areas = masks.map(countVoxels);
  const st = staple(masks).consensus;
  const mv = majorityVote(masks);
  const spread = raterSpread(masks);
  const settle = [];
  for (let k = 1; k <= maxK; k++) {
    const ds = subsets(10, k).map((s) => {
      const sub = s.map((i) => masks[i]);
      return dice(k === 1 ? sub[0] : staple(sub).consensus, st);
    });
    settle.push({ k, mean: r3(mean(ds)), min: r3(Math.min(...ds)) });
  }
  return {
    pairwiseDice: { min: r3(Math.min(...all)), max: r3(Math.max(...all)), mean: r3(mean(all)) },
    samePersonAcrossTools: samePerson.map(r3),
    samePersonMean: r3(mean(samePerson)),
    differentPeopleMean: r3(mean(otherPeople)),
    meanArea: {
      amira: Math.round(mean(areas.filter((_, i) => i % 2 === 0))),
      imagej: Math.round(mean(areas.filter((_, i) => i % 2 === 1))),
    },
    imagejLargerFor: areas.filter((a, i) => i % 2 === 1 && a > areas[i - 1]).length,
    majorityPixels: countVoxels(mv),
    staplePixels: countVoxels(st),
    majorityVsStapleDice: r3(dice(mv, st)),
    ...stapleOnly(masks, st, mv),
    leaveOneOut: {
      min: r3(Math.min(...spread.looDice)),
      max: r3(Math.max(...spread.looDice)),
      lowest: RATERS[spread.looDice.indexOf(Math.min(...spread.looDice))],
      toleranceMm: spread.toleranceMm,
      outliers: RATERS.filter((_, i) => outlierRaters(spread.looDice)[i]),
    },
    settle,
  };
}

if (require.main === module) {
  const out = Object.fromEntries(
    ["bubil-p01", "bubil-p02", "bubil-p03"].map((id) => [id, imageNumbers(id)]),
  );
  const text = `${JSON.stringify(out, null, 2)}\n`;
  if (process.argv.includes("--write")) fs.writeFileSync(OUTPUT, text);
  else process.stdout.write(text);
}
