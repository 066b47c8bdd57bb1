/**
 * The poster of a case viewer: its opening view (axial plane, middle slice, first window preset,
 * the first annotator's labelmaps in fill + outline) rendered at build time to an image that the
 * page paints with its HTML, before the interactive viewer has loaded. Pixels are one per voxel
 * (the grid's smallest spacing), so shown with `object-fit: contain` in the viewer's box it covers
 * exactly the area cornerstone's fitted camera covers (full voxel extents, no inset).
 * Grey values come from `renderPlane` (nearest voxel, window mapped linearly like cornerstone's VOI);
 * labelmaps from `renderSlice` (the overlay canvas' own bitmap), blended source-over like a canvas.
 */
import type { CaseView, GridSpec } from "@/lib/domain/model";
import { renderPlane, worldBounds } from "@/lib/cases/render-plane";
import { dominantAxis, indexToWorld, worldToVoxel, type Vec3 } from "./grid-math";
import { planeAxes, renderSlice, type SliceStyle } from "./slice-bitmap";
import type { VoxelArray } from "@/lib/io";

/** Site path of a case's poster (written by `scripts/posters.ts` under `public/`). */
export function posterUrl(caseId: string): string {
  return `/posters/${caseId}.png`;
}

/** Pixel size of the axial poster of `grid` (the same formula as `renderPlane`). */
export function posterSize(grid: GridSpec): { width: number; height: number } {
  const { min, max } = worldBounds(grid);
  const px = Math.min(...grid.spacing);
  return {
    width: Math.max(1, Math.round((max[0] - min[0]) / px) + 1),
    height: Math.max(1, Math.round((max[1] - min[1]) / px) + 1),
  };
}

/** The grid slice the viewer opens on: the axial view's axis, index ⌊count / 2⌋ (zero-based). */
export function posterSlice(grid: GridSpec): { axis: 0 | 1 | 2; index: number } {
  const axis = dominantAxis(grid, [0, 0, 1]);
  return { axis, index: Math.floor(grid.dims[axis] / 2) };
}

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

/**
 * Whether `view` opens on exactly the poster's view: axial single plane, the middle slice
 * (one-based ⌊count / 2⌋ + 1), the first window preset, zoom 1, the first annotator's layers (also
 * when `layers` names none the case has), every structure shown, nothing flashing. A view written
 * back to the URL with these defaults spelled out still matches.
 */
export function isPosterView(
  grid: GridSpec,
  firstWindow: string | undefined,
  annotatorIds: readonly string[],
  structureIds: readonly string[],
  view: CaseView,
): boolean {
  const known = view.layers?.filter((id) => annotatorIds.includes(id)) ?? [];
  return (
    (view.layout ?? "single") === "single" &&
    (view.plane ?? "axial") === "axial" &&
    (view.slice === undefined || view.slice - 1 === posterSlice(grid).index) &&
    (view.window === undefined || view.window === firstWindow) &&
    (view.zoom ?? 1) === 1 &&
    (known.length === 0 || (known.length === 1 && known[0] === annotatorIds[0])) &&
    (view.show === undefined || structureIds.every((id) => view.show!.includes(id))) &&
    view.flash === undefined
  );
}
