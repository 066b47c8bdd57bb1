/**
 * Inter-rater functions on real expert masks nobody here chose: BU-BIL dataset 2 (5 experts × 2
 * tools, images P01–P03; foreground = BLACK), read from ../shared, against the numpy reference
 * (scripts/golden/make_bubil_expected.py → tests/fixtures/golden/bubil-expected.json).
 */
import fs from "node:fs";
import path from "node:path";
import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import {
  cohenKappa,
  fleissKappa,
  majorityVote,
  meanPairwise,
  pairwiseDice,
  staple,
} from "@/lib/domain/agreement";
import { compareMasks } from "@/lib/domain/grading";
import type { Mask } from "@/lib/domain/geometry/mask";

const root = path.resolve(
  __dirname,
  "../../../../../shared/fixtures/external/bubil-multirater/ExpertsAnnotations_2A",
);
const expected = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../../fixtures/golden/bubil-expected.json"), "utf8"),
);

/** A BU-BIL mask: foreground where the first channel is < 128 (black). Grid width × height × 1. */
function loadMask(file: string): Mask {
  const png = decode(fs.readFileSync(file));
  const n = png.width * png.height;
  const data = new Uint8Array(n);
  const c = png.channels;
  for (let p = 0; p < n; p++) data[p] = png.data[p * c] < 128 ? 1 : 0;
  return { grid: { dims: [png.width, png.height, 1], spacing: [1, 1, 1] }, data };
}

describe.runIf(fs.existsSync(root))("BU-BIL expert masks vs the Python reference", () => {
  const raters: string[] = expected.raters;
  for (const img of ["P01", "P02", "P03"]) {
    describe(img, () => {
      const e = expected.images[img];
      const masks = raters.map((r) => loadMask(path.join(root, r, `seg_${img}.png`)));

      it("reads the masks (foreground = black)", () => {
        expect(masks.map((m) => m.data.reduce((s, v) => s + v, 0))).toEqual(e.voxels);
      });

      it("pairwise Dice", () => {
        const pd = pairwiseDice(masks);
        for (let a = 0; a < masks.length; a++)
          for (let b = 0; b < masks.length; b++)
            expect(Math.abs(pd[a][b] - e.pairwiseDice[a][b])).toBeLessThanOrEqual(1e-9);
        expect(meanPairwise(pd)).toBeCloseTo(e.meanPairwiseDice, 9);
      });

      it("Fleiss' κ inside the union bounding box", () => {
        const k = fleissKappa(masks);
        expect(Math.abs(k.kappa - e.fleissKappa)).toBeLessThanOrEqual(1e-9);
        expect(k.voxels).toBe(e.fleissVoxels);
        expect(k.region).toEqual(e.unionBox);
      });

      it("Cohen's κ, Amira vs ImageJ per person", () => {
        for (let p = 1; p <= 5; p++) {
          const a = masks[raters.indexOf(`Person${p}_Amira`)];
          const b = masks[raters.indexOf(`Person${p}_ImageJ`)];
          expect(
            Math.abs(cohenKappa(a, b).kappa - e.cohenKappaAmiraVsImageJ[`Person${p}`]),
          ).toBeLessThanOrEqual(1e-9);
        }
      });

      it("majority vote and STAPLE consensus", () => {
        expect(majorityVote(masks).data.reduce((s, v) => s + v, 0)).toBe(e.majorityVoxels);
        const s = staple(masks);
        expect(s.converged).toBe(true);
        expect(s.voxels).toBe(e.staple.voxels);
        expect(Math.abs(s.iterations - e.staple.iterations)).toBeLessThanOrEqual(1);
        expect(s.prior).toBeCloseTo(e.staple.prior, 12);
        for (let r = 0; r < masks.length; r++) {
          expect(Math.abs(s.sensitivity[r] - e.staple.sensitivity[r])).toBeLessThanOrEqual(1e-6);
          expect(Math.abs(s.specificity[r] - e.staple.specificity[r])).toBeLessThanOrEqual(1e-6);
        }
        let sum = 0;
        for (const w of s.probability) sum += w;
        expect(
          Math.abs(sum - e.staple.probabilitySum) / e.staple.probabilitySum,
        ).toBeLessThanOrEqual(1e-5);
      });

      it("surface distances between two raters", () => {
        for (const [pair, m] of Object.entries(
          e.pairMetrics as Record<string, Record<string, number> & { nsd: Record<string, number> }>,
        )) {
          const [x, y] = pair.split("|");
          for (const tau of [1, 2]) {
            const r = compareMasks(masks[raters.indexOf(x)], masks[raters.indexOf(y)], {
              nsdToleranceMm: tau,
            });
            for (const k of ["dice", "iou", "hd", "hd95", "assd"] as const)
              expect(Math.abs(r[k] - m[k])).toBeLessThanOrEqual(1e-6);
            expect(Math.abs(r.nsd - m.nsd[String(tau)])).toBeLessThanOrEqual(1e-6);
          }
        }
      });
    });
  }
});
