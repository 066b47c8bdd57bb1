/**
 * Ground truth for the viewer e2e from the files on disk (never from the UI): a case's manifest and
 * annotation set (JSON), and its labelmap voxels read with lib/io readNifti.
 */
import fs from "node:fs";
import path from "node:path";
import { readNifti } from "../../../lib/io/nifti";
import type { GridSpec } from "../../../lib/domain/model";

const root = path.join(__dirname, "..", "..", "..");

export interface LabelFile {
  grid: GridSpec;
  data: ArrayLike<number>;
}

/** Reads `public/<site path>` as a labelmap. */
export function readLabelFile(sitePath: string): LabelFile {
  const file = path.join(root, "public", sitePath);
  const r = readNifti(new Uint8Array(fs.readFileSync(file)), file);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return { grid: r.value.grid, data: r.value.data };
}

/** `content/cases/<id>/<rel>` parsed as JSON. */
export function caseJson<T>(id: string, rel = "case.json"): T {
  return JSON.parse(fs.readFileSync(path.join(root, "content", "cases", id, rel), "utf8")) as T;
}

/** World LPS mm of voxel centre (i, j, k), computed here from the grid (independent of the viewer). */
export function voxelWorld(g: GridSpec, i: number, j: number, k: number): [number, number, number] {
  const d = g.direction;
  const s = [i * g.spacing[0], j * g.spacing[1], k * g.spacing[2]];
  return [0, 1, 2].map(
    (r) => g.origin[r] + d[r * 3] * s[0] + d[r * 3 + 1] * s[1] + d[r * 3 + 2] * s[2],
  ) as [number, number, number];
}

/** Voxel counts per label on axial slice k. */
export function sliceCounts(f: LabelFile, k: number): Map<number, number> {
  const [nx, ny] = f.grid.dims;
  const m = new Map<number, number>();
  for (let n = k * nx * ny; n < (k + 1) * nx * ny; n++) {
    const v = f.data[n];
    if (v > 0) m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

/** Voxels (i, j) of `label` on slice k whose 5×5 in-plane neighbourhood is all `label` (safe hover targets). */
export function interiorVoxels(f: LabelFile, k: number, label: number): [number, number][] {
  const [nx, ny] = f.grid.dims;
  const at = (i: number, j: number) => f.data[i + nx * (j + ny * k)];
  const out: [number, number][] = [];
  for (let j = 2; j < ny - 2; j++) {
    for (let i = 2; i < nx - 2; i++) {
      let ok = true;
      for (let dj = -2; dj <= 2 && ok; dj++)
        for (let di = -2; di <= 2 && ok; di++) ok = at(i + di, j + dj) === label;
      if (ok) out.push([i, j]);
    }
  }
  return out;
}
