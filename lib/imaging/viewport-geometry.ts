/**
 * Geometry between a cornerstone viewport and the case's reference grid: which grid slice a
 * viewport shows, moving to a slice, and the affine that maps slice pixels to canvas CSS pixels.
 */
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "../domain/model";
import { dominantAxis, indexToWorld, worldToIndex, type Vec3 } from "../domain/geometry/grid";
import { planeAxes } from "./slice-bitmap";

export interface ViewSlice {
  /** Grid axis held fixed (2 = axial k for an axial grid). */
  axis: 0 | 1 | 2;
  /** Zero-based index along `axis` (nearest voxel centre, clamped to the grid). */
  index: number;
  /** Number of slices along `axis`. */
  count: number;
}

/** The grid slice a viewport currently shows (from the camera focal point and view normal). */
export function viewSlice(vp: Types.IViewport, grid: GridSpec): ViewSlice {
  const cam = vp.getCamera();
  const axis = dominantAxis(grid, (cam.viewPlaneNormal ?? [0, 0, 1]) as Vec3);
  const count = grid.dims[axis];
  const raw = Math.round(worldToIndex(grid, (cam.focalPoint ?? [0, 0, 0]) as Vec3)[axis]);
  return { axis, index: Math.min(count - 1, Math.max(0, raw)), count };
}

/** Moves the camera along its normal so that the view shows slice `index` of `axis` (clamped). */
export function goToSlice(
  vp: Types.IViewport,
  grid: GridSpec,
  axis: 0 | 1 | 2,
  index: number,
): void {
  const cam = vp.getCamera();
  if (!cam.focalPoint || !cam.position || !cam.viewPlaneNormal) return;
  const k = Math.min(grid.dims[axis] - 1, Math.max(0, index));
  const cur = worldToIndex(grid, cam.focalPoint as Vec3);
  const target = [...cur] as Vec3;
  target[axis] = k;
  const tw = indexToWorld(grid, target);
  const n = cam.viewPlaneNormal;
  const delta =
    (tw[0] - cam.focalPoint[0]) * n[0] +
    (tw[1] - cam.focalPoint[1]) * n[1] +
    (tw[2] - cam.focalPoint[2]) * n[2];
  const shift = (p: Types.Point3): Types.Point3 => [
    p[0] + n[0] * delta,
    p[1] + n[1] * delta,
    p[2] + n[2] * delta,
  ];
  vp.setCamera({ focalPoint: shift(cam.focalPoint), position: shift(cam.position) });
  vp.render();
}

/**
 * Canvas 2D transform [a, b, c, d, e, f] (CSS pixels) taking slice-bitmap pixel (x, y) — centre at
 * integer coordinates — to the canvas: X = a·x + c·y + e, Y = b·x + d·y + f.
 */
export function sliceToCanvas(
  vp: Types.IViewport,
  grid: GridSpec,
  s: ViewSlice,
): [number, number, number, number, number, number] {
  const [ax, ay] = planeAxes(s.axis);
  const at = (x: number, y: number) => {
    const ijk: Vec3 = [0, 0, 0];
    ijk[s.axis] = s.index;
    ijk[ax] = x;
    ijk[ay] = y;
    return vp.worldToCanvas(indexToWorld(grid, ijk) as Types.Point3);
  };
  const o = at(0, 0);
  const px = at(1, 0);
  const py = at(0, 1);
  return [px[0] - o[0], px[1] - o[1], py[0] - o[0], py[1] - o[1], o[0], o[1]];
}
