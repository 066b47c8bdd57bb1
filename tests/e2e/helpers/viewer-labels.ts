/**
 * Ground truth for the viewer e2e from the files on disk (never from the UI): a case's manifest and
 * annotation set (JSON), and its labelmap voxels read with lib/io readNifti; plus opening the
 * Colin27 case page that these files describe.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
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

/** The labels on axial slice k, most voxels first. */
export function labelsBySize(f: LabelFile, k: number): number[] {
  return [...sliceCounts(f, k)].sort((x, y) => y[1] - x[1]).map(([v]) => v);
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

/** World mm of the middle one of `label`'s interior voxels on slice k, or null if it has none. */
export function interiorPoint(
  f: LabelFile,
  k: number,
  label: number,
): [number, number, number] | null {
  const inner = interiorVoxels(f, k, label);
  if (!inner.length) return null;
  const [i, j] = inner[Math.floor(inner.length / 2)];
  return voxelWorld(f.grid, i, j, k);
}

interface Manifest {
  structures: { id: string; name: string }[];
}
interface AnnSet {
  annotations: { type: string; structure: string; labelmap?: string; label?: number }[];
}

export interface Colin27 {
  manifest: Manifest;
  /** The AAL annotation set (annotations/aal.json). */
  aal: AnnSet;
  /** The AAL label file it names (aal.nii.gz). */
  labels: LabelFile;
  /** Structure name of an AAL label value, from the annotation set and the manifest. */
  nameOfLabel: (v: number) => string;
}

let colin27Files: Colin27 | undefined;

/** Colin27's manifest, AAL annotation set and label file, read once per worker. */
export function colin27(): Colin27 {
  if (colin27Files) return colin27Files;
  const manifest = caseJson<Manifest>("colin27");
  const aal = caseJson<AnnSet>("colin27", "annotations/aal.json");
  const labels = readLabelFile(aal.annotations.find((a) => a.type === "segmentation")!.labelmap!);
  const nameOfLabel = (v: number) => {
    const sid = aal.annotations.find((a) => a.label === v)?.structure;
    const name = manifest.structures.find((s) => s.id === sid)?.name;
    if (name === undefined) throw new Error(`colin27: no structure has AAL label ${v}`);
    return name;
  };
  colin27Files = { manifest, aal, labels, nameOfLabel };
  return colin27Files;
}

/**
 * Opens /cases/colin27 and waits until the image and its overlay are ready, then `settleMs` more
 * for the last render to land. Returns the viewer and the main viewport's box and centre (page px).
 */
export async function openColin(page: Page, { settleMs = 500 }: { settleMs?: number } = {}) {
  await page.goto("/cases/colin27");
  const viewer = page.getByTestId("case-viewer");
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await expect(viewer).toHaveAttribute("data-overlay-state", "ready", { timeout: 60_000 });
  if (settleMs > 0) await page.waitForTimeout(settleMs);
  const box = (await page.getByTestId("main-viewport").boundingBox())!;
  return { viewer, box, centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
}
