/**
 * Placeholder with the viewer's footprint (image area + toolbar + panel) while its code loads.
 * Static on purpose: a pulsing skeleton makes the compositor draw a frame on every animation frame
 * while the viewer loads, which on software-composited machines (and the bench's SwiftShader) took
 * time from loading: first image 0.79-0.92x without it (A/B cold, 8 pairs, 27 Nov).
 */
import type { ReactNode } from "react";

export const DEFAULT_VIEWER_HEIGHT = 480;

export function ViewerSkeleton({
  height = DEFAULT_VIEWER_HEIGHT,
  children,
}: {
  height?: number;
  /** Drawn in the image box (the viewer's poster). */
  children?: ReactNode;
}) {
  return (
    <div
      data-testid="case-viewer"
      data-state="loading"
      aria-busy="true"
      className="grid gap-3 rounded-lg border border-slate-700 bg-slate-900 p-2 lg:grid-cols-[1fr_18rem]"
    >
      <div>
        <div className="mb-2 h-9 rounded bg-slate-800" />
        <div className="relative rounded bg-black" style={{ height }}>
          {children}
        </div>
        <div className="mt-2 h-8 rounded bg-slate-800" />
        <div className="mt-1 h-6" />
      </div>
      <div className="rounded bg-slate-800" style={{ minHeight: height }} />
      <span className="sr-only">Loading the image viewer…</span>
    </div>
  );
}
