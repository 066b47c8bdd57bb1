/**
 * Geometry for the quiz e2e, computed from the label and annotation files on disk (lib/io
 * readNifti), never from the UI: voxels inside a structure, a contour that follows it, the nasion
 * landmark, Dice by hand count, and one-slice NIfTI masks graded by the `npm run grade` CLI.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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

/** Name of a structure in a case's manifest (content/cases/<case>/case.json). */
export function structureName(caseId: string, id: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join("content/cases", caseId, "case.json"), "utf8"),
  ) as { structures: { id: string; name: string }[] };
  return manifest.structures.find((s) => s.id === id)!.name;
}

/**
 * How quiz feedback writes a structure: its textbook name from the case vocabulary with the side in
 * front ("left hippocampus"), read from vocabulary.json.
 */
export function textbookName(caseId: string, id: string): string {
  const vocabulary = JSON.parse(
    fs.readFileSync(path.join("content/cases", caseId, "vocabulary.json"), "utf8"),
  ) as { entries: { structure: string; name: string; laterality: string }[] };
  const e = vocabulary.entries.find((x) => x.structure === id)!;
  return e.laterality === "left" || e.laterality === "right" ? `${e.laterality} ${e.name}` : e.name;
}

/** The nasion of the head-CT (world mm, from the annotation file) and the axial slice holding it. */
export function nasionOnDisk(): { nasion: P3; k: number; sliceZ: number } {
  const set = JSON.parse(
    fs.readFileSync("content/cases/head-ct/annotations/landmarks-illustrative.json", "utf8"),
  );
  const nasion: P3 = set.annotations.find(
    (a: { structure: string }) => a.structure === "nasion",
  ).point;
  const grid = JSON.parse(fs.readFileSync("content/cases/head-ct/case.json", "utf8")).grid;
  const k = Math.round((nasion[2] - grid.origin[2]) / grid.spacing[2]);
  return { nasion, k, sliceZ: grid.origin[2] + k * grid.spacing[2] };
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

/** Voxel extent [i0, j0, i1, j1] (inclusive indices) of a one-slice mask. */
export function maskExtent(grid: GridSpec, mask: Uint8Array): [number, number, number, number] {
  const nx = grid.dims[0];
  let [i0, j0, i1, j1] = [Infinity, Infinity, -Infinity, -Infinity];
  mask.forEach((v, p) => {
    if (!v) return;
    const [i, j] = [p % nx, Math.floor(p / nx)];
    [i0, j0, i1, j1] = [Math.min(i0, i), Math.min(j0, j), Math.max(i1, i), Math.max(j1, j)];
  });
  return [i0, j0, i1, j1];
}

/** Dice by hand count of two one-slice masks: 2|A∩B| / (|A| + |B|). */
export function handDice(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let na = 0;
  let nb = 0;
  let both = 0;
  for (let p = 0; p < a.length; p++) {
    na += a[p] ? 1 : 0;
    nb += b[p] ? 1 : 0;
    both += a[p] && b[p] ? 1 : 0;
  }
  return (2 * both) / (na + nb);
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

/** Dice of two one-slice masks (slice k of `grid`) as `npm run grade --json` computes it. */
export function cliDice(grid: GridSpec, k: number, ref: Uint8Array, ans: Uint8Array): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-e2e-"));
  writeSliceMask(path.join(dir, "ref.nii.gz"), grid, k, ref);
  writeSliceMask(path.join(dir, "ans.nii.gz"), grid, k, ans);
  const args = [
    "--reference",
    path.join(dir, "ref.nii.gz"),
    "--answer",
    path.join(dir, "ans.nii.gz"),
  ];
  const out = execFileSync("npm", ["run", "--silent", "grade", "--", ...args, "--json"], {
    encoding: "utf8",
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return (JSON.parse(out.trim().split("\n").at(-1) as string) as { dice: number }).dice;
}

/**
 * The left-thalamus outline item of the built-in lessons: drawn on the largest axial slice of AAL
 * label 77 (k = 78 by numpy argmax, 543 voxels).
 */
export const THALAMUS_OUTLINE = { item: "colin27-thalamus-left-outline", k: 78 } as const;

/** That item with its label, the AAL label file and the reference mask on slice `k`. */
export function thalamusOutline() {
  const thal = labelOf("colin27", "aal.json", "thalamus-left");
  const aal = readLabels(thal.labelmap);
  const ref = sliceMask(aal.grid, aal.data, thal.label, THALAMUS_OUTLINE.k);
  return { ...THALAMUS_OUTLINE, thal, aal, ref };
}
