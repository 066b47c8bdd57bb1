/**
 * Camera and window/level actions on cornerstone viewports, in plain numbers: window centre/width in
 * stored units (HU for CT), zoom as a factor, pan in canvas CSS pixels.
 */
import type { Types } from "@cornerstonejs/core";

type PropsViewport = Types.IViewport & {
  getProperties: () => { voiRange?: Types.VOIRange };
  setProperties: (p: { voiRange: Types.VOIRange }) => void;
  resetProperties?: () => void;
};

const hasProps = (vp: Types.IViewport): vp is PropsViewport =>
  "getProperties" in vp && "setProperties" in vp;

/** Current window (centre, width) of a viewport, or null before an image is shown. */
export function getWindow(vp: Types.IViewport): { center: number; width: number } | null {
  if (!hasProps(vp)) return null;
  const r = vp.getProperties().voiRange;
  return r ? { center: (r.upper + r.lower) / 2, width: r.upper - r.lower } : null;
}

/** Sets the same window on every viewport (width clamped to ≥ 1). */
export function setWindow(vps: Types.IViewport[], center: number, width: number): void {
  const w = Math.max(1, width);
  for (const vp of vps) {
    if (!hasProps(vp)) continue;
    vp.setProperties({ voiRange: { lower: center - w / 2, upper: center + w / 2 } });
    vp.render();
  }
}

/** Back to the loader's default window ("auto", e.g. from the data range or DICOM tags). */
export function resetWindow(vps: Types.IViewport[]): void {
  for (const vp of vps) {
    if (hasProps(vp)) vp.resetProperties?.();
    vp.render();
  }
}

/** Multiplies the zoom by `factor` (> 1 zooms in). */
export function zoomBy(vp: Types.IViewport, factor: number): void {
  vp.setZoom(vp.getZoom() * factor);
  vp.render();
}

/** Moves the image by (dx, dy) canvas CSS pixels. */
export function panBy(vp: Types.IViewport, dx: number, dy: number): void {
  const [x, y] = vp.getPan();
  vp.setPan([x + dx, y + dy]);
  vp.render();
}
