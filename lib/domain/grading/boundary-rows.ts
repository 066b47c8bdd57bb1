/**
 * Boundary voxels of a mask stored row by row (a compressed sparse row list): for each row (j, k)
 * of a box of the grid, the sorted i of its boundary voxels. The boundary definition is the one of
 * masks.ts: a foreground voxel with a face neighbour, along an axis of the grid longer than one
 * voxel, that is background or outside the grid.
 */

/** Inclusive voxel box [lo, hi] on a grid; lo ≤ hi on every axis. */
export interface VoxelBox {
  lo: readonly [number, number, number];
  hi: readonly [number, number, number];
}

export interface BoundaryRows {
  /** Row r = (j − lo.j) + cy·(k − lo.k) holds xs[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  /** Grid i of every boundary voxel, ascending within a row; rows in (k, j) order. */
  xs: Int32Array;
  /** Number of boundary voxels. */
  count: number;
}

/**
 * A 32-bit view of `data` for skipping four background voxels at once (word w covers data[4w ..
 * 4w + 3]), or null when `data` does not start on a 4-byte boundary of its buffer.
 */
export function wordView(data: Uint8Array): Uint32Array | null {
  return data.byteOffset % 4 === 0
    ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2)
    : null;
}

/**
 * Boundary rows of the mask `data` (nonzero = foreground) on a grid of `dims`, read only inside
 * `box`, which must hold every foreground voxel (voxels outside it are taken as background).
 * A grid with no axis longer than 1 has no neighbours; its one voxel, if foreground, is boundary.
 */
export function boundaryRows(
  data: Uint8Array,
  dims: readonly [number, number, number],
  box: VoxelBox,
): BoundaryRows {
  const [nx, ny, nz] = dims;
  const { lo, hi } = box;
  const cy = hi[1] - lo[1] + 1;
  const cz = hi[2] - lo[2] + 1;
  const ax = nx > 1;
  const ay = ny > 1;
  const az = nz > 1;
  const none = !ax && !ay && !az;
  const sy = nx;
  const sz = nx * ny;
  const rowStart = new Int32Array(cy * cz + 1);
  const words = wordView(data);
  let xs = new Int32Array(1024);
  let count = 0;
  for (let k = lo[2], r = 0; k <= hi[2]; k++) {
    const kEdge = az && (k === 0 || k === nz - 1);
    for (let j = lo[1]; j <= hi[1]; j++, r++) {
      rowStart[r] = count;
      const jEdge = ay && (j === 0 || j === ny - 1);
      const base = nx * (j + ny * k);
      for (let i = lo[0]; i <= hi[0]; i++) {
        const p = base + i;
        if (words && (p & 3) === 0 && i + 3 <= hi[0] && words[p >> 2] === 0) {
          i += 3; // with the loop's i++: skip the four background voxels p .. p + 3
          continue;
        }
        if (!data[p]) continue;
        if (
          none ||
          kEdge ||
          jEdge ||
          (ax && (i === 0 || i === nx - 1 || !data[p - 1] || !data[p + 1])) ||
          (ay && (!data[p - sy] || !data[p + sy])) ||
          (az && (!data[p - sz] || !data[p + sz]))
        ) {
          if (count === xs.length) {
            const grown = new Int32Array(xs.length * 2);
            grown.set(xs);
            xs = grown;
          }
          xs[count++] = i;
        }
      }
    }
  }
  rowStart[cy * cz] = count;
  return { rowStart, xs, count };
}
