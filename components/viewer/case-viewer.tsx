"use client";
/**
 * The case viewer (client only; import it through `case-viewer-lazy.tsx`). Props and test hooks are
 * documented in `viewer-api.ts`. It owns: the image viewports on the page's shared rendering engine,
 * its tool group, the overlay canvases/SVG, the structure panel and the readout; all are released
 * on unmount.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Types } from "@cornerstonejs/core";
import { buildOverlayModel } from "@/lib/imaging/overlay-model";
import { viewSlice } from "@/lib/imaging/viewport-geometry";
import type { Orientation } from "@/lib/imaging/viewport-setup";
import { multiAnnotatorStructures } from "@/lib/imaging/structure-masks";
import { raterPeers } from "@/lib/domain/agreement/rater-key";
import { AgreementPanel } from "./agreement-panel";
import { useAgreement } from "./use-agreement";
import { useRaterSpread } from "./use-rater-spread";
import { ErrorPanel } from "./error-panel";
import { HelpSheet } from "./help-sheet";
import { LayerControls } from "./layer-controls";
import { OverlayCanvas } from "./overlay-canvas";
import { ShapeOverlay } from "./shape-overlay";
import { StructurePanel } from "./structure-panel";
import { StructureReadout } from "./structure-readout";
import { useCaseImage } from "./use-case-image";
import { useMountedViewports, type Mounted } from "./use-mounted-viewports";
import { useLabelmaps } from "./use-labelmaps";
import { NO_IDS, panelHidden, useOverlayState } from "./use-overlay-state";
import { useOverlayLayers } from "./use-overlay-layers";
import { useViewerActions, type ViewerActions } from "./use-viewer-actions";
import { DEFAULT_VIEWER_HEIGHT } from "./viewer-skeleton";
import type { CaseViewerProps } from "./viewer-api";
import { ViewerToolbar } from "./viewer-toolbar";
import { presetsFor } from "./window-presets";
import { SliceControls } from "./slice-controls";
import { StudentDrawing } from "./student-drawing";
import { OrientationMarkers } from "./orientation-markers";
import { useFlashOnce, useInitialView, useViewUrl } from "./use-view-url";

const ORIENT_LABEL: Record<Orientation, string> = {
  axial: "Axial",
  coronal: "Coronal",
  sagittal: "Sagittal",
};

export function CaseViewer(props: CaseViewerProps) {
  const {
    caseData,
    height = DEFAULT_VIEWER_HEIGHT,
    interaction = "navigate",
    revealAnnotations = true,
  } = props;
  const { manifest, annotationSets } = caseData;
  const grid = manifest.grid;
  const model = useMemo(
    () => buildOverlayModel(manifest, annotationSets),
    [manifest, annotationSets],
  );
  const annotatorIds = useMemo(() => [...model.annotators.keys()], [model]);
  const view = useInitialView(props.view, !!props.syncUrl);
  const overlay = useOverlayState(manifest, annotatorIds, view);
  const { settings } = overlay;
  const shownHidden = useMemo(
    () =>
      panelHidden(
        manifest.structures.map((s) => s.id),
        settings.hidden,
        revealAnnotations,
        props.highlightStructure,
      ),
    [manifest.structures, settings.hidden, revealAnnotations, props.highlightStructure],
  );

  const [layout, setLayout] = useState<"single" | "mpr">(view.layout ?? "single");
  const [orientation, setOrientation] = useState<Orientation>(view.plane ?? "axial");
  const [help, setHelp] = useState(false);
  /** Below the image: where the quiz drawing layer puts its tool bar (so it covers no pixels). */
  const [drawingTools, setDrawingTools] = useState<HTMLDivElement | null>(null);
  const [announce, setAnnounce] = useState("");
  const slots = useRef<(HTMLDivElement | null)[]>([]);
  const actionsRef = useRef<ViewerActions | null>(null);

  const img = useCaseImage(manifest);
  const isVolume = img.image?.kind === "volume";
  const drawing = interaction !== "navigate";
  const orientations: Orientation[] =
    layout === "mpr" && isVolume && !drawing
      ? ["axial", "coronal", "sagittal"]
      : [drawing ? "axial" : orientation];
  const onMounted = useCallback((m: Mounted) => actionsRef.current?.onMounted(m), []);
  const {
    mounted,
    error: mountError,
    tick,
  } = useMountedViewports(img.engine, img.image, slots, orientations, onMounted);
  const [agreementOpen, setAgreementOpen] = useState(false);
  const [consensus, setConsensus] = useState<Set<string>>(new Set());
  const [soft, setSoft] = useState<Set<string>>(new Set());
  const spread = useRaterSpread(manifest.id, agreementOpen);
  const peers = useMemo(() => raterPeers(manifest.structures), [manifest.structures]);
  const targets = useMemo(() => multiAnnotatorStructures(model.layers, peers), [model, peers]);
  const wanted = useMemo(() => {
    const w = new Set(settings.annotators);
    if (agreementOpen || consensus.size || soft.size)
      for (const ids of targets.values()) ids.forEach((a) => w.add(a));
    return w;
  }, [settings.annotators, agreementOpen, consensus, soft, targets]);
  const labelmaps = useLabelmaps(model.layers, wanted, grid);
  const agreement = useAgreement(
    agreementOpen,
    targets,
    labelmaps.loaded,
    grid,
    consensus,
    soft,
    peers,
  );
  const vps = useMemo(
    () =>
      mounted
        ? mounted.viewports.ids
            .map((_, n) => mounted.viewports.get(n))
            .filter((v): v is Types.IViewport => !!v)
        : [],
    [mounted],
  );
  const main = vps[0];
  const layers = useOverlayLayers({
    model,
    labelmaps: labelmaps.loaded,
    settings,
    colors: overlay.colors,
    props,
    grid,
    revealAnnotations,
    structures: manifest.structures,
  });
  const actions = useViewerActions({
    vps,
    grid,
    manifest,
    labelmaps: labelmaps.loaded,
    model,
    props,
    setAnnounce,
    overlay,
    setLayout,
    setHelp,
    tick,
    view,
  });
  useEffect(() => {
    actionsRef.current = actions;
  });

  const allLayers = useMemo(
    () => [...layers.labelLayers, ...agreement.consensusLayers],
    [layers.labelLayers, agreement.consensusLayers],
  );
  const fatal = img.error ?? mountError;
  const state = fatal ? "error" : mounted ? "ready" : "loading";
  const overlayErrors = [...labelmaps.errors.values()];
  const wantedLayers = model.layers.filter((l) => settings.annotators.has(l.annotatorId));
  const overlayState = wantedLayers.every(
    (l) => labelmaps.loaded.has(l.key) || labelmaps.errors.has(l.key),
  )
    ? "ready"
    : "loading";
  const mainSlice = main ? viewSlice(main, grid) : null;
  const sliceKey = mainSlice ? `${mainSlice.axis}:${mainSlice.index}` : "";
  // eslint-disable-next-line react-hooks/exhaustive-deps -- sliceKey identifies mainSlice
  const visibleList = useMemo(() => layers.onSlice(mainSlice), [layers.onSlice, sliceKey]);
  useViewUrl({
    enabled: !!props.syncUrl && state === "ready",
    main,
    grid,
    layout,
    orientation,
    preset: actions.preset,
    settings,
    structureIds: manifest.structures.map((x) => x.id),
    tick,
  });
  useFlashOnce(view.flash, overlayState === "ready" && state === "ready", overlay.update);

  return (
    <div
      data-testid="case-viewer"
      data-state={state}
      data-overlay-state={overlayState}
      data-case={manifest.id}
      className="grid gap-3 rounded-lg border border-slate-700 bg-slate-900 p-2 text-slate-100 lg:grid-cols-[1fr_18rem]"
    >
      <div className="min-w-0">
        <div className="mb-2 min-h-9">
          <ViewerToolbar
            isVolume={isVolume && !drawing}
            layout={layout}
            orientation={orientation}
            onLayout={setLayout}
            onOrientation={setOrientation}
            presets={presetsFor(manifest)}
            preset={actions.preset}
            onPreset={actions.applyPreset}
            windowText={actions.windowText}
            onZoom={actions.zoom}
            onReset={actions.reset}
            onHelp={() => setHelp(true)}
            disabled={state !== "ready"}
          />
        </div>
        <div
          className="relative rounded bg-black focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-300"
          style={{ height }}
          tabIndex={0}
          role="group"
          aria-label={`${manifest.title}: image viewer. Arrow keys scroll slices, question mark for shortcuts.`}
          aria-describedby={`${manifest.id}-visible-list`}
          onKeyDown={actions.onKeyDown}
          data-testid="viewport-area"
        >
          <div
            className={`grid h-full gap-1 ${orientations.length === 3 ? "grid-cols-3" : "grid-cols-1"}`}
          >
            {[0, 1, 2].map((n) => (
              <div
                key={n}
                className={`relative min-h-0 overflow-hidden ${n < orientations.length ? "" : "hidden"}`}
              >
                <div
                  ref={(el) => {
                    slots.current[n] = el;
                  }}
                  data-testid={n === 0 ? "main-viewport" : `viewport-${n}`}
                  className="absolute inset-0"
                  onContextMenu={(e) => e.preventDefault()}
                  onPointerMove={(e) => actions.onHover(n, e)}
                  onPointerDown={(e) => e.pointerType === "touch" && actions.onHover(n, e)}
                  // A finger lifting also fires pointerleave: keep the tapped structure in the readout.
                  onPointerLeave={(e) => e.pointerType !== "touch" && actions.clearHover()}
                />
                {vps[n] && (
                  <OverlayCanvas viewport={vps[n]} grid={grid} layers={allLayers} tick={tick} />
                )}
                {vps[n] && (
                  <ShapeOverlay viewport={vps[n]} grid={grid} shapes={layers.shapes} tick={tick} />
                )}
                {n === 0 && drawing && vps[0] && props.onAnswer && (
                  <StudentDrawing
                    viewport={vps[0]}
                    grid={grid}
                    mode={interaction}
                    onAnswer={props.onAnswer}
                    onScroll={
                      props.lockSlice
                        ? undefined
                        : (d) => mainSlice && actions.goTo(mainSlice.index + d)
                    }
                    tick={tick}
                    toolsSlot={drawingTools}
                  />
                )}
                {n < orientations.length && (
                  <OrientationMarkers
                    viewport={vps[n]}
                    manifest={manifest}
                    isVolume={isVolume}
                    tick={tick}
                  />
                )}
                {isVolume && n < orientations.length && (
                  <span className="pointer-events-none absolute left-1 top-1 rounded bg-black/60 px-1 text-xs text-slate-300">
                    {ORIENT_LABEL[orientations[n]]}
                  </span>
                )}
              </div>
            ))}
          </div>
          {state === "loading" && !fatal && (
            <div
              className="absolute inset-x-4 top-1/2 -translate-y-1/2 text-center text-sm"
              role="status"
            >
              <p>Loading image… {img.progress?.text}</p>
              <progress
                className="mt-2 w-full"
                max={1}
                value={img.progress?.fraction ?? undefined}
                aria-label="Image download progress"
              />
            </div>
          )}
          {fatal && (
            <div className="absolute inset-4">
              <ErrorPanel title="The image could not be shown" messages={[fatal]} />
            </div>
          )}
        </div>
        {drawing && <div ref={setDrawingTools} className="mt-1 min-h-7" />}
        <SliceControls
          slice={mainSlice}
          disabled={state !== "ready" || !!props.lockSlice}
          onSlice={actions.goTo}
        />
        <StructureReadout
          hits={actions.hover}
          model={model}
          structures={manifest.structures}
          hideNames={!!props.hideStructureNames}
        />
        <p aria-live="polite" className="sr-only" data-testid="viewer-announcer">
          {announce}
        </p>
        {overlayErrors.length > 0 && (
          <ErrorPanel title="Some annotation layers could not be loaded" messages={overlayErrors} />
        )}
      </div>
      <aside
        className="flex min-w-0 flex-col gap-3 overflow-y-auto pr-1"
        style={{ maxHeight: height + 100 }}
      >
        <LayerControls
          annotators={[...model.annotators.values()]}
          active={revealAnnotations ? settings.annotators : NO_IDS}
          note={revealAnnotations ? undefined : "Hidden during this question."}
          onToggle={overlay.toggleAnnotator}
          opacity={settings.opacity}
          onOpacity={(opacity) => overlay.update({ opacity })}
          mode={settings.mode}
          onMode={(mode) => overlay.update({ mode })}
          palette={settings.palette}
          onPalette={(palette) => overlay.update({ palette })}
          disabled={!revealAnnotations}
        />
        <StructurePanel
          structures={manifest.structures}
          covered={layers.covered}
          colors={overlay.colors}
          hidden={shownHidden}
          setVisible={overlay.setVisible}
          onJump={actions.jumpTo}
          onFocusStructure={(name) => setAnnounce(name)}
          hideNames={!!props.hideStructureNames}
          disabled={!revealAnnotations || !!props.highlightStructure}
        />
        <AgreementPanel
          targets={targets}
          results={agreement.results}
          structures={manifest.structures}
          annotators={model.annotators}
          open={agreementOpen}
          onOpen={setAgreementOpen}
          consensus={consensus}
          onConsensus={(id, on) => setConsensus((c) => toggled(c, id, on))}
          soft={soft}
          onSoft={(id, on) => setSoft((c) => toggled(c, id, on))}
          spread={spread}
          unit={manifest.image.kind === "raster" && !manifest.image.pixelSpacingMm ? "px" : "mm"}
        />
        <details className="text-sm" id={`${manifest.id}-visible-list`}>
          <summary className="cursor-pointer">
            Structures on this slice ({visibleList.length})
          </summary>
          <ul data-testid="visible-structures" className="mt-1 max-h-40 overflow-y-auto">
            {visibleList.map((s) => (
              <li key={s.id}>{props.hideStructureNames ? "?" : s.name}</li>
            ))}
          </ul>
        </details>
      </aside>
      <HelpSheet open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

/** A copy of `set` with `id` added (`on`) or removed. */
function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const n = new Set(set);
  if (on) n.add(id);
  else n.delete(id);
  return n;
}
