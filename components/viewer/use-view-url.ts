"use client";
/**
 * The viewer's opening view and the page URL that mirrors it (`lib/domain/model/case-view.ts`).
 * On a case page (`syncUrl`) the URL's query is read once at mount (over the lesson's `view`) and
 * then replaced (history.replaceState, no navigation) a moment after the view settles, so copying
 * the address shares the same plane, slice, window preset, zoom, layers and shown structures.
 * A window dragged to values that match no preset is not kept in the URL (the preset is).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { Types } from "@cornerstonejs/core";
import {
  formatCaseView,
  parseCaseView,
  type CaseView,
  type GridSpec,
  type ViewPlane,
} from "@/lib/domain/model";
import { viewSlice } from "@/lib/imaging/viewport-geometry";
import type { OverlaySettings } from "./use-overlay-state";
import { useViewportValue } from "./use-viewport-render";

/** The view to open on: `view` from the lesson, overridden key by key by the URL's when `syncUrl`. */
export function useInitialView(view: CaseView | undefined, syncUrl: boolean): CaseView {
  const [v] = useState<CaseView>(() => ({
    ...view,
    ...(syncUrl && typeof window !== "undefined" ? parseCaseView(window.location.search).view : {}),
  }));
  return v;
}

interface UrlState {
  enabled: boolean;
  main: Types.IViewport | undefined;
  grid: GridSpec;
  layout: "single" | "mpr";
  orientation: ViewPlane;
  preset: string;
  settings: OverlaySettings;
  structureIds: string[];
}

/** The view the viewer shows now (only what differs from the defaults). */
export function currentView(s: UrlState & { main: Types.IViewport }): CaseView {
  const zoom = Math.round(s.main.getZoom() * 100) / 100;
  const shown = s.structureIds.filter((id) => !s.settings.hidden.has(id));
  return {
    ...(s.layout === "mpr" ? { layout: "mpr" } : {}),
    ...(s.layout === "single" && s.orientation !== "axial" ? { plane: s.orientation } : {}),
    slice: viewSlice(s.main, s.grid).index + 1,
    ...(s.preset ? { window: s.preset } : {}),
    ...(Math.abs(zoom - 1) > 0.01 ? { zoom } : {}),
    layers: [...s.settings.annotators],
    ...(s.settings.hidden.size && shown.length ? { show: shown } : {}),
  };
}

/** Keeps the page URL's query equal to the current view (250 ms after the last change). */
export function useViewUrl(s: UrlState): void {
  const { enabled, main } = s;
  // Re-evaluated when the main viewport's slice or zoom changes (its render event), not per frame.
  const camera = useViewportValue(
    main,
    (vp) => `${viewSlice(vp, s.grid).index}:${Math.round(vp.getZoom() * 100)}`,
    "",
  );
  const query = useMemo(
    () => (enabled && main ? formatCaseView(currentView({ ...s, main })) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `camera` stands for main's slice and zoom
    [enabled, main, camera, s.grid, s.layout, s.orientation, s.preset, s.settings, s.structureIds],
  );
  useEffect(() => {
    if (query === null) return;
    const t = setTimeout(() => {
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
        window.history.replaceState(window.history.state, "", url);
    }, 250);
    return () => clearTimeout(t);
  }, [query]);
}

/** Flashes `structureId` once, the first time `ready` is true. */
export function useFlashOnce(
  structureId: string | undefined,
  ready: boolean,
  update: (p: Partial<OverlaySettings>) => void,
): void {
  const done = useRef(false);
  useEffect(() => {
    if (!structureId || !ready || done.current) return;
    done.current = true;
    update({ flash: structureId });
  }, [structureId, ready, update]);
}
