"use client";
/**
 * What the viewer's controls do: slice navigation, window presets, zoom/pan/reset, keyboard
 * shortcuts, hover/tap readout, jump-to-structure, and the test hook `window.__caseViewer`.
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest, CaseView, GridSpec } from "@/lib/domain/model";
import type { Vec3 } from "@/lib/domain/geometry/grid";
import { largestSlice } from "@/lib/imaging/label-stats";
import type { LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import type { OverlayModel } from "@/lib/imaging/overlay-model";
import { structuresAt, type StructureHit } from "@/lib/imaging/structures-at";
import { getWindow, panBy, resetWindow, setWindow, zoomBy } from "@/lib/imaging/view-actions";
import { goToSlice, viewSlice } from "@/lib/imaging/viewport-geometry";
import type { Mounted } from "./use-mounted-viewports";
import type { useOverlayState } from "./use-overlay-state";
import type { CaseViewerDebugHook, CaseViewerProps } from "./viewer-api";
import { presetsFor, type WindowPreset } from "./window-presets";
import { structureFocus } from "./structure-focus";

interface Args {
  vps: Types.IViewport[];
  grid: GridSpec;
  manifest: CaseManifest;
  labelmaps: Map<string, LoadedLabelmap>;
  model: OverlayModel;
  props: CaseViewerProps;
  setAnnounce: (s: string) => void;
  overlay: ReturnType<typeof useOverlayState>;
  setLayout: (f: (l: "single" | "mpr") => "single" | "mpr") => void;
  setHelp: (b: boolean) => void;
  tick: number;
  /** The view to open on (props.view, and the URL's on a case page). */
  view: CaseView;
}

declare global {
  interface Window {
    __caseViewer?: CaseViewerDebugHook;
  }
}

export function useViewerActions(a: Args) {
  const { vps, grid, manifest, labelmaps, model, props, setAnnounce, overlay } = a;
  const main = vps[0];
  const [hover, setHover] = useState<StructureHit[] | null>(null);
  const [preset, setPreset] = useState("");

  const goTo = useCallback(
    (index: number) => {
      if (!main || props.lockSlice) return;
      const s = viewSlice(main, grid);
      goToSlice(main, grid, s.axis, index);
    },
    [main, grid, props.lockSlice],
  );

  const onMounted = useCallback(
    (m: Mounted) => {
      m.tools.setMode(
        props.interaction && props.interaction !== "navigate" ? "draw" : "navigate",
        !!props.lockSlice,
      );
      const first = m.viewports.get(0);
      if (!first) return;
      const v = a.view;
      const initial =
        manifest.windowPresets.find((p) => p.name === v.window) ?? manifest.windowPresets[0];
      if (initial) {
        const all = m.viewports.ids
          .map((_, n) => m.viewports.get(n))
          .filter((x): x is Types.IViewport => !!x);
        setWindow(all, initial.center, initial.width);
        setPreset(initial.name);
      }
      const s = viewSlice(first, grid);
      if (s.axis === 2 && props.initialSlice !== undefined)
        goToSlice(first, grid, 2, props.initialSlice);
      else if (v.slice !== undefined)
        goToSlice(first, grid, s.axis, Math.min(v.slice, s.count) - 1);
      else goToSlice(first, grid, s.axis, Math.floor(s.count / 2));
      if (v.zoom !== undefined && v.zoom !== 1) zoomBy(first, v.zoom);
    },
    [grid, manifest.windowPresets, props.interaction, props.lockSlice, props.initialSlice, a.view],
  );

  useEffect(() => {
    if (!main) return;
    const hook: CaseViewerDebugHook = {
      caseId: manifest.id,
      worldToCanvas: (p) => {
        const c = main.worldToCanvas(p as Types.Point3);
        return [c[0], c[1]];
      },
      canvasToWorld: (px) => main.canvasToWorld(px as Types.Point2) as [number, number, number],
      slice: () => viewSlice(main, grid).index,
    };
    window.__caseViewer = hook;
    return () => {
      if (window.__caseViewer === hook) delete window.__caseViewer;
    };
  }, [main, grid, manifest.id]);

  const applyPreset = useCallback(
    (p: WindowPreset | null) => {
      if (p) setWindow(vps, p.center, p.width);
      else resetWindow(vps);
      setPreset(p?.name ?? "");
    },
    [vps],
  );
  const zoom = useCallback((f: number) => vps.forEach((vp) => zoomBy(vp, f)), [vps]);
  const reset = useCallback(() => {
    for (const vp of vps) {
      vp.resetCamera();
      vp.render();
    }
    const initial = manifest.windowPresets[0];
    if (initial) setWindow(vps, initial.center, initial.width);
    else resetWindow(vps);
    setPreset(initial?.name ?? "");
  }, [vps, manifest.windowPresets]);

  const onHover = useCallback(
    (n: number, e: PointerEvent<HTMLDivElement>) => {
      const vp = vps[n];
      if (!vp) return;
      const r = e.currentTarget.getBoundingClientRect();
      const w = vp.canvasToWorld([e.clientX - r.left, e.clientY - r.top]) as Vec3;
      const active = [...labelmaps.values()].filter((l) =>
        overlay.settings.annotators.has(l.ref.annotatorId),
      );
      const shapes = model.shapes.filter((s) => overlay.settings.annotators.has(s.annotatorId));
      const hits =
        props.revealAnnotations === false
          ? []
          : structuresAt(grid, w, active, shapes).filter(
              (h) => !overlay.settings.hidden.has(h.structureId),
            );
      setHover(hits);
      const names = [
        ...new Set(
          hits.map(
            (h) => manifest.structures.find((s) => s.id === h.structureId)?.name ?? h.structureId,
          ),
        ),
      ];
      if (!props.hideStructureNames) setAnnounce(names.join(", "));
    },
    [
      vps,
      labelmaps,
      model.shapes,
      overlay.settings,
      grid,
      manifest.structures,
      props.revealAnnotations,
      props.hideStructureNames,
      setAnnounce,
    ],
  );

  const jumpTo = useCallback(
    (id: string) => {
      const target = structureFocus(id, grid, [...labelmaps.values()], model.shapes, largestSlice);
      const name = manifest.structures.find((s) => s.id === id)?.name ?? id;
      if (!target) {
        setAnnounce(`${name}: not in the loaded layers`);
        return;
      }
      overlay.setVisible([id], true);
      for (const vp of vps) {
        const s = viewSlice(vp, grid);
        goToSlice(vp, grid, s.axis, Math.round(target[s.axis]));
      }
      overlay.update({ flash: id });
      setAnnounce(`${name}: slice ${Math.round(target[2]) + 1}`);
    },
    [grid, labelmaps, model.shapes, manifest.structures, overlay, vps, setAnnounce],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!main || e.target !== e.currentTarget) return;
      const s = viewSlice(main, grid);
      const step: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
      let handled = true;
      if (e.shiftKey && e.key.startsWith("Arrow")) {
        const d: Record<string, [number, number]> = {
          ArrowUp: [0, -10],
          ArrowDown: [0, 10],
          ArrowLeft: [-10, 0],
          ArrowRight: [10, 0],
        };
        panBy(main, ...d[e.key]);
      } else if (e.key in step) goTo(s.index + step[e.key]);
      else if (e.key === "Home") goTo(0);
      else if (e.key === "End") goTo(s.count - 1);
      else if (e.key === "+" || e.key === "=") zoom(1.25);
      else if (e.key === "-") zoom(0.8);
      else if (e.key === "r") reset();
      else if (e.key === "?") a.setHelp(true);
      else if (e.key === "l") a.setLayout((l) => (l === "single" ? "mpr" : "single"));
      else if (e.key === "o")
        overlay.update({ mode: overlay.settings.mode === "fill" ? "outline" : "fill" });
      else if (e.key === "a")
        overlay.setVisible(
          manifest.structures.map((x) => x.id),
          true,
        );
      else if (e.key === "h")
        overlay.setVisible(
          manifest.structures.map((x) => x.id),
          false,
        );
      else if (e.key === "w") {
        const presets = presetsFor(manifest);
        const next = presets.findIndex((x) => x.name === preset) + 1;
        applyPreset(next >= presets.length ? null : presets[next]);
      } else handled = false;
      if (handled) e.preventDefault();
    },
    [main, grid, goTo, zoom, reset, a, overlay, manifest, preset, applyPreset],
  );

  const win = main ? getWindow(main) : null;
  const windowText = win ? `W ${Math.round(win.width)} L ${Math.round(win.center)}` : "W – L –";
  void a.tick;

  return {
    goTo,
    onMounted,
    applyPreset,
    preset,
    zoom,
    reset,
    onHover,
    clearHover: () => setHover(null),
    hover,
    jumpTo,
    onKeyDown,
    windowText,
  };
}

export type ViewerActions = ReturnType<typeof useViewerActions>;
