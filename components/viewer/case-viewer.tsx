"use client";
/**
 * The case viewer (client only; import it through `case-viewer-lazy.tsx`). Props and test hooks are
 * documented in `viewer-api.ts`. It owns: the image viewports on the page's shared rendering engine,
 * its tool group, the overlay canvases/SVG, the structure panel and the readout; all are released
 * on unmount. Shared state lives in its store (`viewer-store.ts`); overlays follow their own
 * viewport's render event (`use-viewport-render.ts`), so a camera change does not re-render it.
 */
import { useMemo, useState } from "react";
import { viewSlice, type ViewSlice } from "@/lib/imaging/viewport-geometry";
import { ErrorPanel } from "./error-panel";
import { HelpSheet } from "./help-sheet";
import { SliceControls } from "./slice-controls";
import { StructureReadout } from "./structure-readout";
import { useHoverReadout } from "./use-hover-readout";
import { useFlashOnce, useInitialView, useViewUrl } from "./use-view-url";
import { useViewerActions } from "./use-viewer-actions";
import { useViewerData } from "./use-viewer-data";
import { useViewerViewports } from "./use-viewer-viewports";
import { useViewportValue } from "./use-viewport-render";
import type { CaseViewerProps } from "./viewer-api";
import { usePosterShown, ViewerPoster } from "./viewer-poster";
import { ViewerSidebar } from "./viewer-sidebar";
import { DEFAULT_VIEWER_HEIGHT } from "./viewer-skeleton";
import { useCreateViewerStore, useViewer } from "./viewer-store";
import { ViewerToolbar } from "./viewer-toolbar";
import { ViewportArea } from "./viewport-area";
import { presetsFor } from "./window-presets";

export function CaseViewer(props: CaseViewerProps) {
  const { caseData, height = DEFAULT_VIEWER_HEIGHT, interaction = "navigate" } = props;
  const { revealAnnotations = true, hideStructureNames = false, onAnswer } = props;
  const { manifest } = caseData;
  const grid = manifest.grid;
  const lockSlice = !!props.lockSlice;
  const view = useInitialView(props.view, !!props.syncUrl);
  const store = useCreateViewerStore(() => ({
    ...{ layout: view.layout ?? "single", plane: view.plane ?? "axial", preset: "" },
    ...{ help: false, hover: null, announce: "" },
  }));
  const { layout, plane, preset, help, hover, announce } = useViewer(store, (s) => s);
  /** Below the image: where the quiz drawing layer puts its tool bar (so it covers no pixels). */
  const [drawingTools, setDrawingTools] = useState<HTMLDivElement | null>(null);
  const data = useViewerData(props, view);
  const { model, overlay, labelmaps, structureIds } = data;
  const viewports = useViewerViewports(props, view, store);
  const { vps, main, img, isVolume, drawing, state, fatal, ...v } = viewports;
  const args = { vps, grid, manifest, store, overlay, labelmaps: labelmaps.loaded, model };
  const actions = useViewerActions({ ...args, lockSlice });
  const readout = useHoverReadout({ ...args, revealAnnotations, hideStructureNames });
  const sliceKey = useViewportValue(main, (vp) => sliceText(viewSlice(vp, grid)), "");
  const mainSlice = useMemo(() => parseSlice(sliceKey), [sliceKey]);
  const visibleList = useMemo(() => data.layers.onSlice(mainSlice), [data.layers, mainSlice]);
  const settings = overlay.settings;
  const ready = state === "ready";
  const url = { main, grid, layout, orientation: plane, preset, settings, structureIds };
  useViewUrl({ enabled: !!props.syncUrl && ready, ...url });
  useFlashOnce(view.flash, data.overlayReady && ready, overlay.update);
  const posterKey = `${sliceKey}|${layout}|${plane}|${preset}`;
  const posterShown = usePosterShown(ready, data.overlayReady, posterKey);
  const scroll = (d: number) => mainSlice && actions.goTo(mainSlice.index + d);

  return (
    <div
      data-testid="case-viewer"
      data-state={state}
      data-overlay-state={data.overlayReady ? "ready" : "loading"}
      data-case={manifest.id}
      className="grid gap-3 rounded-lg border border-slate-700 bg-slate-900 p-2 text-slate-100 lg:grid-cols-[1fr_18rem]"
    >
      <div className="min-w-0">
        <div className="mb-2 min-h-9">
          <ViewerToolbar
            {...{ isVolume: isVolume && !drawing, layout, orientation: plane, preset }}
            onLayout={(l) => store.set({ layout: l })}
            onOrientation={(o) => store.set({ plane: o })}
            presets={presetsFor(manifest)}
            onPreset={actions.applyPreset}
            viewport={main}
            onCommand={actions.runCommand}
            disabled={!ready}
          />
        </div>
        <ViewportArea
          {...{ manifest, height, vps, isVolume, fatal, slots: v.slots }}
          orientations={v.orientations}
          layers={data.allLayers}
          shapes={data.layers.shapes}
          hover={readout}
          onKeyDown={actions.onKeyDown}
          drawing={
            drawing && onAnswer && interaction !== "navigate"
              ? { mode: interaction, onAnswer, onScroll: lockSlice ? undefined : scroll }
              : undefined
          }
          toolsSlot={drawingTools}
          loading={state === "loading" ? { progress: img.progress } : null}
          poster={<ViewerPoster viewer={props} view={view} show={!fatal && posterShown} />}
        />
        {drawing && <div ref={setDrawingTools} className="mt-1 min-h-7" />}
        <SliceControls slice={mainSlice} disabled={!ready || lockSlice} onSlice={actions.goTo} />
        <StructureReadout
          {...{
            hits: hover,
            model,
            structures: manifest.structures,
            hideNames: hideStructureNames,
          }}
        />
        <p aria-live="polite" className="sr-only" data-testid="viewer-announcer">
          {announce}
        </p>
        {labelmaps.errors.size > 0 && (
          <ErrorPanel
            title="Some annotation layers could not be loaded"
            messages={[...labelmaps.errors.values()]}
          />
        )}
      </div>
      <ViewerSidebar
        {...{ manifest, data, revealAnnotations, visible: visibleList }}
        hideNames={hideStructureNames}
        highlightStructure={props.highlightStructure}
        onJump={readout.jumpTo}
        onAnnounce={(name) => store.set({ announce: name })}
        maxHeight={height + 100}
      />
      <HelpSheet open={help} onClose={() => store.set({ help: false })} />
    </div>
  );
}

const sliceText = (s: ViewSlice) => `${s.axis}:${s.index}:${s.count}`;

/** The slice `sliceText` wrote, null for "" (no viewport yet). */
function parseSlice(key: string): ViewSlice | null {
  if (!key) return null;
  const [axis, index, count] = key.split(":").map(Number);
  return { axis: axis as 0 | 1 | 2, index, count };
}
