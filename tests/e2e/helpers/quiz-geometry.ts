/**
 * Geometry for the quiz e2e, computed from the label files on disk (lib/io readNifti), never from
 * the UI: voxels inside a structure, a contour that follows it, and one-slice NIfTI masks for the
 * `npm run grade` CLI.
 */
import fs from "node:fs";
import path from "node:path";
import { readNifti, writeNifti } from "../../../lib/io/nifti";
import { indexToWorld } from "../../../lib/domain/geometry/grid";
import type { GridSpec } from "../../../lib/domain/model/primitives";

export type P3 = [number, number, number];

export function readLabels(sitePath: string): { grid: GridSpec; data: ArrayLike<number> } {
  const file = path.join(process.cwd(), "public", sitePath);
  const v = readNifti(new Uint8Array(fs.readFileSync(file)), file);
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join("; "));
  return { grid: v.value.grid, data: v.value.data };
}

/** Label value of a structure in an annotation set file of a case. */
export function labelOf(
  caseId: string,
  setFile: string,
  structure: string,
): { labelmap: string; label: number } {
  const set = JSON.parse(
    fs.readFileSync(path.join("content/cases", caseId, "annotations", setFile), "utf8"),
  );
  const a = set.annotations.find(
    (x: { structure: string; type: string }) =>
      x.type === "segmentation" && x.structure === structure,
  );
  return { labelmap: a.labelmap, label: a.label };
}

/** One-slice mask (nx·ny) of `label` on slice k. */
export function sliceMask(
  grid: GridSpec,
  data: ArrayLike<number>,
  label: number,
  k: number,
): Uint8Array {
  const n = grid.dims[0] * grid.dims[1];
  const out = new Uint8Array(n);
  for (let p = 0; p < n; p++) out[p] = data[k * n + p] === label ? 1 : 0;
  return out;
}

/** The voxel of a one-slice mask farthest from any background pixel (deep inside), as world mm. */
export function deepestPoint(grid: GridSpec, mask: Uint8Array, k: number): P3 {
  const [nx, ny] = grid.dims;
  const bg: [number, number][] = [];
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) if (!mask[j * nx + i]) bg.push([i, j]);
  let best: [number, number] = [0, 0];
  let bestD = -1;
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      if (!mask[j * nx + i]) continue;
      let d = Infinity;
      for (const [a, b] of bg) d = Math.min(d, (a - i) ** 2 + (b - j) ** 2);
      if (d > bestD) {
        bestD = d;
        best = [i, j];
      }
    }
  return indexToWorld(grid, [best[0], best[1], k]);
}

/**
 * A star-shaped contour of a one-slice mask: for each of `n` directions from the centroid, the
 * outer edge (pixel centre + ½ pixel) of the last mask pixel along the ray. World mm on slice k.
 */
export function starContour(grid: GridSpec, mask: Uint8Array, k: number, n = 48): P3[] {
  const [nx, ny] = grid.dims;
  let si = 0;
  let sj = 0;
  let c = 0;
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      if (!mask[j * nx + i]) continue;
      si += i;
      sj += j;
      c++;
    }
  const ci = si / c;
  const cj = sj / c;
  const out: P3[] = [];
  for (let a = 0; a < n; a++) {
    const t = (2 * Math.PI * a) / n;
    let last = 0;
    for (let r = 0; r < 60; r += 0.25) {
      const i = Math.round(ci + r * Math.cos(t));
      const j = Math.round(cj + r * Math.sin(t));
      if (i >= 0 && j >= 0 && i < nx && j < ny && mask[j * nx + i]) last = r;
    }
    out.push(
      indexToWorld(grid, [ci + (last + 0.5) * Math.cos(t), cj + (last + 0.5) * Math.sin(t), k]),
    );
  }
  return out;
}

/** Writes a one-slice mask (slice k of `grid`) as a gzipped NIfTI file. */
export function writeSliceMask(file: string, grid: GridSpec, k: number, mask: Uint8Array): void {
  const g: GridSpec = {
    ...grid,
    dims: [grid.dims[0], grid.dims[1], 1],
    origin: indexToWorld(grid, [0, 0, k]),
  };
  fs.writeFileSync(file, writeNifti({ grid: g, data: mask }, { gzip: true }));
}
