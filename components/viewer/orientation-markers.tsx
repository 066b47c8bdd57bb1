"use client";
/**
 * The four orientation letters at the edges of one viewport (R/L, A/P, S/I), so a student can check
 * sides the way the feedback asks. Volumes: read from the viewport's own projection (the world
 * direction of one canvas pixel to the right and one up), so they follow the view and any flip.
 * 2D images: from the manifest's `displayOrientation`, or none (photos, microscopy have no patient
 * axes). Re-rendered on each render of its viewport (camera changes).
 */
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest } from "@/lib/domain/model";
import { declaredMarkers, edgeMarkers, type EdgeMarkers } from "@/lib/imaging/orientation-markers";
import { useViewportRender } from "./use-viewport-render";

/** Markers of a viewport, or null when the image has no patient axes. */
export function markersOf(
  viewport: Types.IViewport,
  manifest: CaseManifest,
  isVolume: boolean,
): EdgeMarkers | null {
  if (!isVolume) {
    const o = manifest.displayOrientation;
    return o ? declaredMarkers(o.right, o.down) : null;
  }
  const canvas = viewport.canvas;
  const cx = (canvas?.clientWidth ?? 2) / 2;
  const cy = (canvas?.clientHeight ?? 2) / 2;
  const c = viewport.canvasToWorld([cx, cy]);
  const r = viewport.canvasToWorld([cx + 1, cy]);
  const u = viewport.canvasToWorld([cx, cy - 1]);
  return edgeMarkers(
    [r[0] - c[0], r[1] - c[1], r[2] - c[2]],
    [u[0] - c[0], u[1] - c[1], u[2] - c[2]],
  );
}

const EDGE = {
  top: "left-1/2 top-1 -translate-x-1/2",
  bottom: "bottom-1 left-1/2 -translate-x-1/2",
  left: "left-1 top-1/2 -translate-y-1/2",
  right: "right-1 top-1/2 -translate-y-1/2",
} as const;

export function OrientationMarkers({
  viewport,
  manifest,
  isVolume,
}: {
  viewport: Types.IViewport | undefined;
  manifest: CaseManifest;
  isVolume: boolean;
}) {
  const tick = useViewportRender(viewport);
  if (!viewport) return null;
  const m = markersOf(viewport, manifest, isVolume);
  if (!m) return null;
  return (
    <div aria-hidden="true" data-tick={tick} className="pointer-events-none absolute inset-0">
      {(Object.keys(EDGE) as (keyof typeof EDGE)[]).map((edge) => (
        <span
          key={edge}
          data-testid={`orientation-${edge}`}
          className={`absolute rounded bg-black/60 px-1 font-mono text-xs font-semibold text-amber-200 ${EDGE[edge]}`}
        >
          {m[edge]}
        </span>
      ))}
    </div>
  );
}
