/**
 * Pixels of a viewer poster (`lib/imaging/poster.ts`): grey values from `renderPlane` (nearest
 * voxel, window mapped linearly like cornerstone's VOI), labelmaps from `renderSlice` (the overlay
 * canvas' own bitmap), blended source-over like a canvas. Build-time only (scripts/posters.ts).
 */
import type { GridSpec } from "../../lib/domain/model";
import { indexToWorld, worldBounds, worldToVoxel, type Vec3 } from "../../lib/domain/geometry/grid";
import type { VoxelArray } from "../../lib/io";
import { posterSlice } from "../../lib/imaging/poster";
import { planeAxes, renderSlice, type SliceStyle } from "../../lib/imaging/slice-bitmap";
import { renderPlane } from "./render-plane";

export interface PosterInput {
  grid: GridSpec;
  /** Image voxels, i fastest. */
  data: ArrayLike<number>;
  /** Grey window [low, high] in stored units (preset centre ∓ width / 2). */
  window: [number, number];
  /** Labelmaps on the same grid, drawn in order over the image. */
  layers: { data: VoxelArray; style: SliceStyle }[];
}

/** RGB pixels (3 bytes each, row-major from the top-left) of the poster; size = `posterSize`. */
export function renderPoster(p: PosterInput): { width: number; height: number; rgb: Uint8Array } {
  const { grid } = p;
  const s = posterSlice(grid);
  const centre: Vec3 = [(grid.dims[0] - 1) / 2, (grid.dims[1] - 1) / 2, (grid.dims[2] - 1) / 2];
  centre[s.axis] = s.index;
  const at = indexToWorld(grid, centre)[2];
  const out = renderPlane({ grid, data: p.data }, "axial", { window: p.window, at });
  if (!p.layers.length) return out;
  const bitmaps = p.layers.map((l) => renderSlice(l.data, grid.dims, s.axis, s.index, l.style));
  const [ax, ay] = planeAxes(s.axis);
  const { min } = worldBounds(grid);
  const px = Math.min(...grid.spacing);
  const bw = grid.dims[ax];
  for (let y = 0; y < out.height; y++)
    for (let x = 0; x < out.width; x++) {
      // renderPlane's axial layout: screen x along +world x, screen y along +world y.
      const v = worldToVoxel(grid, [min[0] + x * px, min[1] + y * px, at]);
      if (!v) continue;
      const bx = Math.round(v[ax]);
      const by = Math.round(v[ay]);
      if (bx < 0 || by < 0 || bx >= bw || by >= grid.dims[ay]) continue;
      const o = (y * out.width + x) * 3;
      for (const b of bitmaps) {
        const q = (by * bw + bx) * 4;
        const a = b.rgba[q + 3] / 255;
        if (a === 0) continue;
        for (let c = 0; c < 3; c++)
          out.rgb[o + c] = Math.round(b.rgba[q + c] * a + out.rgb[o + c] * (1 - a));
      }
    }
  return out;
}
