"use client";
/**
 * What the viewer's controls do: slice navigation, window presets, zoom/reset, the command table's
 * keys (`commands.ts`), and the e2e test hook `window.__caseViewer`. Hover readout and
 * jump-to-structure are in `use-hover-readout.ts`; the opening view in `opening-view.ts`.
 */
import { useCallback, useEffect, useMemo, type KeyboardEvent } from "react";
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest, GridSpec } from "@/lib/domain/model";
import { panBy, resetWindow, setWindow, zoomBy } from "@/lib/imaging/view-actions";
import { goToSlice, viewSlice } from "@/lib/imaging/viewport-geometry";
import { COMMANDS, commandForKey, type CommandContext } from "./commands";
import type { useOverlayState } from "./use-overlay-state";
import type { CaseViewerDebugHook } from "./viewer-api";
import type { ViewerStore } from "./viewer-store";
import { presetsFor, type WindowPreset } from "./window-presets";

declare global {
  interface Window {
    __caseViewer?: CaseViewerDebugHook;
  }
}

interface Args {
  vps: Types.IViewport[];
  grid: GridSpec;
  manifest: CaseManifest;
  lockSlice: boolean;
  store: ViewerStore;
  overlay: ReturnType<typeof useOverlayState>;
}

/** Slice, window and zoom actions on the mounted viewports (`vps[0]` is the main one). */
export function useCameraActions({ vps, grid, manifest, lockSlice, store }: Args) {
  const main = vps[0];
  const goTo = useCallback(
    (index: number) => {
      if (!main || lockSlice) return;
      goToSlice(main, grid, viewSlice(main, grid).axis, index);
    },
    [main, grid, lockSlice],
  );
  const applyPreset = useCallback(
    (p: WindowPreset | null) => {
      if (p) setWindow(vps, p.center, p.width);
      else resetWindow(vps);
      store.set({ preset: p?.name ?? "" });
    },
    [vps, store],
  );
  const zoom = useCallback((f: number) => vps.forEach((vp) => zoomBy(vp, f)), [vps]);
  const reset = useCallback(() => {
    for (const vp of vps) {
      vp.resetCamera();
      vp.render();
    }
    applyPreset(manifest.windowPresets[0] ?? null);
  }, [vps, manifest.windowPresets, applyPreset]);
  return { goTo, applyPreset, zoom, reset };
}

/** The command table bound to this viewer: `runCommand` for buttons, `onKeyDown` for keys. */
export function useCommands(a: Args, cam: ReturnType<typeof useCameraActions>) {
  const { vps, grid, manifest, store, overlay } = a;
  const main = vps[0];
  const ctx = useMemo<CommandContext>(
    () => ({
      slice: () => (main ? viewSlice(main, grid) : null),
      goTo: cam.goTo,
      pan: (dx, dy) => main && panBy(main, dx, dy),
      zoom: cam.zoom,
      reset: cam.reset,
      openHelp: () => store.set({ help: true }),
      toggleLayout: () => store.set((s) => ({ layout: s.layout === "single" ? "mpr" : "single" })),
      toggleFillOutline: () =>
        overlay.update({ mode: overlay.settings.mode === "fill" ? "outline" : "fill" }),
      showAll: (visible) =>
        overlay.setVisible(
          manifest.structures.map((x) => x.id),
          visible,
        ),
      nextPreset: () => {
        const presets = presetsFor(manifest);
        const next = presets.findIndex((x) => x.name === store.get().preset) + 1;
        cam.applyPreset(next >= presets.length ? null : presets[next]);
      },
    }),
    [main, grid, cam, store, overlay, manifest],
  );
  /** Runs command `id` as if `key` had been pressed (the toolbar's buttons). */
  const runCommand = useCallback(
    (id: string, key: string) => COMMANDS.find((c) => c.id === id)?.run(ctx, key),
    [ctx],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!main || e.target !== e.currentTarget) return;
      const command = commandForKey(e.key, e.shiftKey);
      if (!command) return;
      command.run(ctx, e.key);
      e.preventDefault();
    },
    [main, ctx],
  );
  return { runCommand, onKeyDown };
}

/** Sets `window.__caseViewer` for the main viewport, in e2e builds only (NEXT_PUBLIC_E2E=1). */
export function useDebugHook(main: Types.IViewport | undefined, grid: GridSpec, caseId: string) {
  useEffect(() => {
    // A build-time constant: production bundles drop the hook (scripts/check-production-build.ts).
    if (process.env.NEXT_PUBLIC_E2E !== "1" || !main) return;
    const hook: CaseViewerDebugHook = {
      caseId,
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
  }, [main, grid, caseId]);
}

/** All of the above for one viewer. */
export function useViewerActions(a: Args) {
  const cam = useCameraActions(a);
  const commands = useCommands(a, cam);
  useDebugHook(a.vps[0], a.grid, a.manifest.id);
  return { ...cam, ...commands };
}

export type ViewerActions = ReturnType<typeof useViewerActions>;
