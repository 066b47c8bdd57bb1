"use client";
/**
 * The image area: the focusable group that takes the command keys, one to three viewport slots
 * (each with its label overlay, shapes, orientation markers and plane name), the quiz drawing layer
 * on the main viewport, and the loading / error states over the image.
 */
import type { KeyboardEvent, ReactNode, RefObject } from "react";
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest } from "@/lib/domain/model";
import type { LoadProgress } from "@/lib/imaging/image-source";
import type { Orientation } from "@/lib/imaging/viewport-setup";
import { ErrorPanel } from "./error-panel";
import { OrientationMarkers } from "./orientation-markers";
import { OverlayCanvas, type OverlayLayer } from "./overlay-canvas";
import { ShapeOverlay, type DrawnShape } from "./shape-overlay";
import { StudentDrawing } from "./student-drawing";
import type { useHoverReadout } from "./use-hover-readout";
import type { CaseViewerProps } from "./viewer-api";

const ORIENT_LABEL: Record<Orientation, string> = {
  axial: "Axial",
  coronal: "Coronal",
  sagittal: "Sagittal",
};

interface Props {
  manifest: CaseManifest;
  height: number;
  orientations: Orientation[];
  slots: RefObject<(HTMLDivElement | null)[]>;
  vps: Types.IViewport[];
  isVolume: boolean;
  layers: OverlayLayer[];
  shapes: DrawnShape[];
  hover: ReturnType<typeof useHoverReadout>;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Quiz drawing: the mode, answer callback and wheel scrolling (absent: no drawing layer). */
  drawing?: {
    mode: Exclude<NonNullable<CaseViewerProps["interaction"]>, "navigate">;
    onAnswer: NonNullable<CaseViewerProps["onAnswer"]>;
    onScroll?: (delta: number) => void;
  };
  /** Element outside the image where the drawing tool bar goes. */
  toolsSlot: HTMLElement | null;
  /** Download progress while the image loads; null once it is shown. */
  loading: { progress: LoadProgress | null } | null;
  fatal: string | null;
  /** The build-time poster of the opening view (`viewer-poster.tsx`), shown until hand-over. */
  poster?: ReactNode;
}

export function ViewportArea(p: Props) {
  const { manifest, vps, grid } = { ...p, grid: p.manifest.grid };
  return (
    <div
      className="relative rounded bg-black focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300"
      style={{ height: p.height }}
      tabIndex={0}
      role="group"
      aria-label={`${manifest.title}: image viewer. Arrow keys scroll slices, question mark for shortcuts.`}
      aria-describedby={`${manifest.id}-visible-list`}
      onKeyDown={p.onKeyDown}
      data-testid="viewport-area"
    >
      <div
        className={`grid h-full gap-1 ${p.orientations.length === 3 ? "grid-cols-3" : "grid-cols-1"}`}
      >
        {[0, 1, 2].map((n) => (
          <div
            key={n}
            className={`relative min-h-0 overflow-hidden ${n < p.orientations.length ? "" : "hidden"}`}
          >
            <div
              ref={(el) => {
                p.slots.current[n] = el;
              }}
              data-testid={n === 0 ? "main-viewport" : `viewport-${n}`}
              className="absolute inset-0"
              onContextMenu={(e) => e.preventDefault()}
              onPointerMove={(e) => p.hover.onHover(n, e)}
              onPointerDown={(e) => e.pointerType === "touch" && p.hover.onHover(n, e)}
              // A finger lifting also fires pointerleave: keep the tapped structure in the readout.
              onPointerLeave={(e) => e.pointerType !== "touch" && p.hover.clearHover()}
            />
            {vps[n] && <OverlayCanvas viewport={vps[n]} grid={grid} layers={p.layers} />}
            {vps[n] && <ShapeOverlay viewport={vps[n]} grid={grid} shapes={p.shapes} />}
            {n === 0 && p.drawing && vps[0] && (
              <StudentDrawing
                viewport={vps[0]}
                grid={grid}
                {...p.drawing}
                toolsSlot={p.toolsSlot}
              />
            )}
            {n < p.orientations.length && (
              <OrientationMarkers viewport={vps[n]} manifest={manifest} isVolume={p.isVolume} />
            )}
            {p.isVolume && n < p.orientations.length && (
              <span className="pointer-events-none absolute left-1 top-1 rounded bg-black/60 px-1 text-xs text-slate-300">
                {ORIENT_LABEL[p.orientations[n]]}
              </span>
            )}
          </div>
        ))}
      </div>
      {p.loading && !p.fatal && (
        <div
          className="absolute inset-x-4 top-1/2 -translate-y-1/2 text-center text-sm"
          role="status"
        >
          <p>Loading image… {p.loading.progress?.text}</p>
          <progress
            className="mt-2 w-full"
            max={1}
            value={p.loading.progress?.fraction ?? undefined}
            aria-label="Image download progress"
          />
        </div>
      )}
      {p.poster}
      {p.fatal && (
        <div className="absolute inset-4">
          <ErrorPanel title="The image could not be shown" messages={[p.fatal]} />
        </div>
      )}
    </div>
  );
}
