/**
 * Grid comparison: one function, {@link compareGrids}, with named tolerance profiles so the importer,
 * `lib/io` and the viewer ask the same question ("are these the same voxels?") at a stated
 * strictness, and a one-line grid description for messages.
 */
import type { GridSpec } from "../model/primitives";

/**
 * Tolerances used by {@link compareGrids}. A spacing differs when |Δ| > spacingRel · max(a, b) +
 * spacingMm; the origin when its distance (mm) exceeds originMm + originVoxels · (smallest spacing
 * of the second grid); a direction cosine when |Δ| > direction.
 */
export interface GridTolerance {
  /** Relative tolerance on spacing (default 1e-4). */
  spacingRel?: number;
  /** Absolute tolerance on spacing, mm (default 0). */
  spacingMm?: number;
  /** Absolute tolerance on origin, mm (default 1e-3). */
  originMm?: number;
  /** Origin tolerance in voxels of the second (reference) grid's smallest spacing (default 0). */
  originVoxels?: number;
  /** Absolute tolerance on each direction cosine (default 1e-4). */
  direction?: number;
}

/**
 * The named tolerance profiles, one per question asked of two grids:
 * - `exact`: the same voxels up to float noise (grading CLIs, `lib/io`; the defaults).
 * - `import`: the importer accepts a labelmap as "on the image grid" without resampling
 *   (spacing and origin within 0.01 mm, direction cosines within 1e-4).
 * - `display`: the viewer overlays a file on the case grid (spacing within 1 %, origin within half
 *   a voxel, direction cosines within 0.01): a file that passes shows the same voxels.
 */
export const GRID_TOLERANCES = {
  exact: {},
  import: { spacingRel: 0, spacingMm: 0.01, originMm: 0.01, direction: 1e-4 },
  display: { spacingRel: 0.01, originMm: 0, originVoxels: 0.5, direction: 0.01 },
} as const satisfies Record<string, GridTolerance>;

export type GridToleranceName = keyof typeof GRID_TOLERANCES;

const fmt = (v: readonly number[], digits = 4) => v.map((x) => +x.toFixed(digits)).join(" × ");

/**
 * Differences between two grids, in words (empty when they match within tolerance). `names` label
 * the two grids in the messages (e.g. the file names).
 */
export function compareGrids(
  a: Partial<GridSpec> & Pick<GridSpec, "dims">,
  b: Partial<GridSpec> & Pick<GridSpec, "dims">,
  names: [string, string] = ["first", "second"],
  tolerance: GridTolerance | GridToleranceName = "exact",
): string[] {
  const tol: GridTolerance = typeof tolerance === "string" ? GRID_TOLERANCES[tolerance] : tolerance;
  const out: string[] = [];
  const [na, nb] = names;
  if (a.dims.some((d, i) => d !== b.dims[i])) {
    out.push(
      `dimensions differ: ${a.dims.join(" × ")} (${na}) vs ${b.dims.join(" × ")} (${nb}) voxels`,
    );
  }
  const rel = tol.spacingRel ?? 1e-4;
  const spacingMm = tol.spacingMm ?? 0;
  if (a.spacing && b.spacing) {
    const bad = a.spacing.some(
      (s, i) => Math.abs(s - b.spacing![i]) > rel * Math.max(s, b.spacing![i]) + spacingMm,
    );
    if (bad)
      out.push(
        `voxel spacing differs: ${fmt(a.spacing)} mm (${na}) vs ${fmt(b.spacing)} mm (${nb})`,
      );
  }
  if (a.origin && b.origin) {
    const d = Math.hypot(
      a.origin[0] - b.origin[0],
      a.origin[1] - b.origin[1],
      a.origin[2] - b.origin[2],
    );
    const voxels = tol.originVoxels && b.spacing ? tol.originVoxels * Math.min(...b.spacing) : 0;
    if (d > (tol.originMm ?? 1e-3) + voxels) {
      out.push(
        `origin differs by ${+d.toFixed(4)} mm: (${fmt(a.origin, 3)}) (${na}) vs (${fmt(b.origin, 3)}) (${nb})`,
      );
    }
  }
  if (a.direction && b.direction) {
    const m = Math.max(...a.direction.map((x, i) => Math.abs(x - b.direction![i])));
    if (m > (tol.direction ?? 1e-4)) {
      out.push(
        `orientation differs (largest direction-cosine difference ${+m.toFixed(4)}): [${fmt(a.direction, 3)}] (${na}) vs [${fmt(b.direction, 3)}] (${nb})`,
      );
    }
  }
  return out;
}

/** Whether two grids describe the same voxels under a named profile (see {@link GRID_TOLERANCES}). */
export function gridsMatch(
  a: GridSpec,
  b: GridSpec,
  tolerance: GridTolerance | GridToleranceName = "exact",
): boolean {
  return compareGrids(a, b, ["a", "b"], tolerance).length === 0;
}

/**
 * One-line description for messages: `181×217×181 voxels, spacing 1×1×1 mm, origin (90, 126, -72)
 * mm LPS, axes +x−y+z` (each axis named by the world axis its direction column is closest to).
 */
export function describeGrid(g: GridSpec): string {
  const r = (v: number) => String(Math.round(v * 1000) / 1000);
  const axes = [0, 1, 2]
    .map((c) => {
      const col = [g.direction[c], g.direction[3 + c], g.direction[6 + c]];
      const m = col.reduce((best, v, i) => (Math.abs(v) > Math.abs(col[best]) ? i : best), 0);
      return `${col[m] >= 0 ? "+" : "−"}${"xyz"[m]}`;
    })
    .join("");
  return `${g.dims.join("×")} voxels, spacing ${g.spacing.map(r).join("×")} mm, origin (${g.origin.map(r).join(", ")}) mm LPS, axes ${axes}`;
}
