/**
 * The poster of a case viewer (its pixels are rendered by scripts/build-time/poster-render.ts): its opening view (axial plane, middle slice, first window preset,
 * the first annotator's labelmaps in fill + outline) rendered at build time to an image that the
 * page paints with its HTML, before the interactive viewer has loaded. Pixels are one per voxel
 * (the grid's smallest spacing), so shown with `object-fit: contain` in the viewer's box it covers
 * exactly the area cornerstone's fitted camera covers (full voxel extents, no inset).
 * Grey values come from `renderPlane` (nearest voxel, window mapped linearly like cornerstone's VOI);
 * labelmaps from `renderSlice` (the overlay canvas' own bitmap), blended source-over like a canvas.
 */
import type { CaseView, GridSpec } from "../domain/model";
import { dominantAxis, worldBounds } from "../domain/geometry/grid";

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
