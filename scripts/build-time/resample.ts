/**
 * Nearest-neighbour resampling of a labelmap onto another grid (the only resampling labels allow:
 * it never invents label values). For each target voxel centre, the source voxel whose centre is
 * nearest in index space is taken; ties (exactly half-way) go to the higher index (floor(x + 0.5)).
 * Target voxels whose centre falls outside the source volume get 0 (background).
 */
import type { GridSpec } from "../../lib/domain/model";
import type { LabelArray } from "../../lib/importers/types";
import { indexToWorld, worldToIndex } from "../../lib/domain/geometry/grid";

export interface ResampleReport {
  /** Target voxels that fell outside the source volume. */
  outside: number;
  /** Label values present in the source but absent after resampling. */
  lostLabels: number[];
}

/** Resamples `src` onto `target` (nearest neighbour); the output has the same array type as the input. */
export function resampleNearest(
  src: { grid: GridSpec; data: LabelArray },
  target: GridSpec,
): { data: LabelArray; report: ResampleReport } {
  const [sx, sy, sz] = src.grid.dims;
  const [tx, ty, tz] = target.dims;
  const Ctor = src.data.constructor as new (n: number) => LabelArray;
  const out = new Ctor(tx * ty * tz);
  // Affine from target index to source index: p_src = A·ijk + b (exact for orthonormal directions).
  const b = worldToIndex(src.grid, indexToWorld(target, [0, 0, 0]));
  const cols = [0, 1, 2].map((c) => {
    const e = [0, 0, 0];
    e[c] = 1;
    const p = worldToIndex(src.grid, indexToWorld(target, e));
    return [p[0] - b[0], p[1] - b[1], p[2] - b[2]];
  });
  let outside = 0;
  let n = 0;
  for (let k = 0; k < tz; k++)
    for (let j = 0; j < ty; j++)
      for (let i = 0; i < tx; i++, n++) {
        const si = Math.floor(b[0] + cols[0][0] * i + cols[1][0] * j + cols[2][0] * k + 0.5 + 1e-9);
        const sj = Math.floor(b[1] + cols[0][1] * i + cols[1][1] * j + cols[2][1] * k + 0.5 + 1e-9);
        const sk = Math.floor(b[2] + cols[0][2] * i + cols[1][2] * j + cols[2][2] * k + 0.5 + 1e-9);
        if (si < 0 || sj < 0 || sk < 0 || si >= sx || sj >= sy || sk >= sz) {
          outside++;
          continue;
        }
        out[n] = src.data[si + sx * (sj + sy * sk)];
      }
  const before = new Set(src.data);
  const after = new Set(out);
  const lostLabels = [...before].filter((v) => v !== 0 && !after.has(v)).sort((x, y) => x - y);
  return { data: out, report: { outside, lostLabels } };
}
