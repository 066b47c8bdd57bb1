"use client";
/**
 * The image side of a viewer: the image download, the planes to show (three in the MPR layout of
 * a volume, else the chosen plane; quiz drawing uses the view's plane, default axial), the mounted viewports with the
 * opening view applied, and the viewer's state (loading, ready, error).
 */
import { useCallback, useMemo, useRef } from "react";
import type { Types } from "@cornerstonejs/core";
import type { CaseView } from "@/lib/domain/model";
import type { Orientation } from "@/lib/imaging/viewport-setup";
import { applyOpeningView } from "./opening-view";
import { useCaseImage } from "./use-case-image";
import { useMountedViewports, type Mounted } from "./use-mounted-viewports";
import type { CaseViewerProps } from "./viewer-api";
import { useViewer, type ViewerStore } from "./viewer-store";

export function useViewerViewports(props: CaseViewerProps, view: CaseView, store: ViewerStore) {
  const { manifest } = props.caseData;
  const grid = manifest.grid;
  const drawing = (props.interaction ?? "navigate") !== "navigate";
  const layout = useViewer(store, (s) => s.layout);
  const plane = useViewer(store, (s) => s.plane);
  const slots = useRef<(HTMLDivElement | null)[]>([]);
  const img = useCaseImage(manifest);
  const isVolume = img.image?.kind === "volume";
  const orientations: Orientation[] =
    layout === "mpr" && isVolume && !drawing
      ? ["axial", "coronal", "sagittal"]
      : [drawing ? (view.plane ?? "axial") : plane];
  const onMounted = useCallback(
    (m: Mounted) =>
      applyOpeningView(m, {
        grid,
        manifest,
        props,
        view,
        onPreset: (p) => store.set({ preset: p }),
      }),
    [grid, manifest, props, view, store],
  );
  const m = useMountedViewports(img.engine, img.image, slots, orientations, onMounted);
  const vps = useMemo(
    () =>
      (m.mounted?.viewports.ids.map((_, n) => m.mounted?.viewports.get(n)) ?? []).filter(
        (v): v is Types.IViewport => !!v,
      ),
    [m.mounted],
  );
  const fatal = img.error ?? m.error;
  const state: "loading" | "ready" | "error" = fatal ? "error" : m.mounted ? "ready" : "loading";
  return { slots, img, isVolume, drawing, orientations, vps, main: vps[0], fatal, state };
}
