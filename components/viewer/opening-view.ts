"use client";
/**
 * The view a viewer opens on, applied once its viewports are mounted: interaction mode of the tool
 * group, the window preset (the view's, else the case's first), the slice (the quiz item's
 * `initialSlice` along the opening plane's normal, else the view's one-based `slice`, else the middle one) and zoom.
 */
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest, CaseView, GridSpec } from "@/lib/domain/model";
import { setWindow, zoomBy } from "@/lib/imaging/view-actions";
import { goToSlice, viewSlice } from "@/lib/imaging/viewport-geometry";
import type { Mounted } from "./use-mounted-viewports";
import type { CaseViewerProps } from "./viewer-api";

export interface OpeningView {
  grid: GridSpec;
  manifest: CaseManifest;
  props: Pick<CaseViewerProps, "interaction" | "lockSlice" | "initialSlice">;
  view: CaseView;
  /** Told the name of the preset applied ("" when the case has none). */
  onPreset: (name: string) => void;
}

export function applyOpeningView(m: Mounted, o: OpeningView): void {
  const { grid, manifest, props, view: v } = o;
  m.tools.setMode(
    props.interaction && props.interaction !== "navigate" ? "draw" : "navigate",
    !!props.lockSlice,
  );
  const first = m.viewports.get(0);
  if (!first) return;
  const initial =
    manifest.windowPresets.find((p) => p.name === v.window) ?? manifest.windowPresets[0];
  if (initial) {
    const all = m.viewports.ids
      .map((_, n) => m.viewports.get(n))
      .filter((x): x is Types.IViewport => !!x);
    setWindow(all, initial.center, initial.width);
    o.onPreset(initial.name);
  }
  const s = viewSlice(first, grid);
  if (props.initialSlice !== undefined) goToSlice(first, grid, s.axis, props.initialSlice);
  else if (v.slice !== undefined) goToSlice(first, grid, s.axis, Math.min(v.slice, s.count) - 1);
  else goToSlice(first, grid, s.axis, Math.floor(s.count / 2));
  if (v.zoom !== undefined && v.zoom !== 1) zoomBy(first, v.zoom);
}
