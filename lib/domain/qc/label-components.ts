/**
 * Face-connected components of a whole label volume in one pass (every value at once, background
 * 0 included): for each component its value, voxel count, whether it touches the grid border, and
 * the value of its neighbours when they all share one (a background component whose only neighbour
 * is label L and that does not touch the border is a hole in L). Grids with one slice use the 4
 * in-plane neighbours (docs/clarifications.md). Linear time (union-find with path halving).
 */
import type { GridShape } from "../geometry/grid";

/** `neighbour` value meaning "no neighbour of another value yet" / "neighbours of several values". */
export const NO_NEIGHBOUR = -2;
export const MIXED_NEIGHBOURS = -1;

export interface LabelComponents {
  count: number;
  value: Float64Array;
  size: Int32Array;
  touchesBorder: Uint8Array;
  /** The one value all other-valued face neighbours share, or NO_NEIGHBOUR / MIXED_NEIGHBOURS. */
  neighbour: Float64Array;
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

/** Components of `data` (i fastest, length nx·ny·nz) on `grid`. */
export function labelComponents(
  grid: Pick<GridShape, "dims">,
  values: ArrayLike<number>,
): LabelComponents {
  const data = Float64Array.from(values);
  const [nx, ny, nz] = grid.dims;
  const n = nx * ny * nz;
  const sy = nx;
  const sz = nx * ny;
  const parent = new Int32Array(n);
  for (let p = 0; p < n; p++) parent[p] = p;
  const union = (a: number, b: number) => {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[ra < rb ? rb : ra] = ra < rb ? ra : rb;
  };
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, p++) {
        const v = data[p];
        // Runs along i are joined directly (the common case), the rest through union-find.
        if (i > 0 && data[p - 1] === v) parent[p] = find(parent, p - 1);
        if (j > 0 && data[p - sy] === v) union(p, p - sy);
        if (k > 0 && data[p - sz] === v) union(p, p - sz);
      }
  // Every link points to a smaller index (roots are the smallest voxel of their component), so
  // one ascending pass resolves roots, and a second numbers them in place (parent becomes id).
  for (let p = 0; p < n; p++) parent[p] = parent[parent[p]];
  const number = new Int32Array(n);
  let count = 0;
  for (let p = 0; p < n; p++) if (parent[p] === p) number[p] = count++;
  const id = parent;
  for (let p = 0; p < n; p++) id[p] = number[parent[p]];
  return summarise(grid.dims, data, id, count);
}

function summarise(
  dims: readonly number[],
  data: Float64Array,
  id: Int32Array,
  count: number,
): LabelComponents {
  const [nx, ny, nz] = dims;
  const sy = nx;
  const sz = nx * ny;
  const value = new Float64Array(count);
  const size = new Int32Array(count);
  const touchesBorder = new Uint8Array(count);
  const neighbour = new Float64Array(count).fill(NO_NEIGHBOUR);
  const meet = (c: number, v: number) => {
    const cur = neighbour[c];
    if (cur === NO_NEIGHBOUR) neighbour[c] = v;
    else if (cur !== v) neighbour[c] = MIXED_NEIGHBOURS;
  };
  const meetBoth = (c: number, d: number, vc: number, vd: number) => {
    meet(c, vd);
    meet(d, vc);
  };
  const edge = (i: number, n: number) => n > 1 && (i === 0 || i === n - 1);
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, p++) {
        const c = id[p];
        value[c] = data[p];
        size[c]++;
        if (edge(i, nx) || edge(j, ny) || edge(k, nz)) touchesBorder[c] = 1;
        const v = data[p];
        if (i > 0 && data[p - 1] !== v) meetBoth(c, id[p - 1], v, data[p - 1]);
        if (j > 0 && data[p - sy] !== v) meetBoth(c, id[p - sy], v, data[p - sy]);
        if (k > 0 && data[p - sz] !== v) meetBoth(c, id[p - sz], v, data[p - sz]);
      }
  return { count, value, size, touchesBorder, neighbour };
}
