"use client";
/**
 * Pointer readout (the structures under the pointer or a tap, announced by name) and
 * jump-to-structure (its largest slice in every viewport, then a flash).
 */
import { useCallback, type PointerEvent } from "react";
import type { Types } from "@cornerstonejs/core";
import type { CaseManifest, GridSpec } from "@/lib/domain/model";
import type { Vec3 } from "@/lib/domain/geometry/grid";
import { largestSlice } from "@/lib/imaging/label-stats";
import type { LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import type { OverlayModel } from "@/lib/imaging/overlay-model";
import { structuresAt } from "@/lib/imaging/structures-at";
import { goToSlice, viewSlice } from "@/lib/imaging/viewport-geometry";
import { structureFocus } from "./structure-focus";
import type { useOverlayState } from "./use-overlay-state";
import type { ViewerStore } from "./viewer-store";

interface Args {
  vps: Types.IViewport[];
  grid: GridSpec;
  manifest: CaseManifest;
  labelmaps: Map<string, LoadedLabelmap>;
  model: OverlayModel;
  overlay: ReturnType<typeof useOverlayState>;
  store: ViewerStore;
  revealAnnotations: boolean;
  hideStructureNames: boolean;
}

const nameOf = (m: CaseManifest, id: string) => m.structures.find((s) => s.id === id)?.name ?? id;

export function useHoverReadout(a: Args) {
  const { vps, grid, manifest, labelmaps, model, overlay, store } = a;
  const { revealAnnotations, hideStructureNames } = a;
  const onHover = useCallback(
    (n: number, e: PointerEvent<HTMLDivElement>) => {
      const vp = vps[n];
      if (!vp) return;
      const r = e.currentTarget.getBoundingClientRect();
      const w = vp.canvasToWorld([e.clientX - r.left, e.clientY - r.top]) as Vec3;
      const { annotators, hidden } = overlay.settings;
      const active = [...labelmaps.values()].filter((l) => annotators.has(l.ref.annotatorId));
      const shapes = model.shapes.filter((s) => annotators.has(s.annotatorId));
      const hits = revealAnnotations
        ? structuresAt(grid, w, active, shapes).filter((h) => !hidden.has(h.structureId))
        : [];
      const names = [...new Set(hits.map((h) => nameOf(manifest, h.structureId)))];
      store.set(hideStructureNames ? { hover: hits } : { hover: hits, announce: names.join(", ") });
    },
    [
      vps,
      labelmaps,
      model.shapes,
      overlay.settings,
      grid,
      manifest,
      revealAnnotations,
      hideStructureNames,
      store,
    ],
  );
  const clearHover = useCallback(() => store.set({ hover: null }), [store]);

  const jumpTo = useCallback(
    (id: string) => {
      const target = structureFocus(id, grid, [...labelmaps.values()], model.shapes, largestSlice);
      const name = nameOf(manifest, id);
      if (!target) {
        store.set({ announce: `${name}: not in the loaded layers` });
        return;
      }
      overlay.setVisible([id], true);
      for (const vp of vps) {
        const s = viewSlice(vp, grid);
        goToSlice(vp, grid, s.axis, Math.round(target[s.axis]));
      }
      overlay.update({ flash: id });
      store.set({ announce: `${name}: slice ${Math.round(target[2]) + 1}` });
    },
    [grid, labelmaps, model.shapes, manifest, overlay, vps, store],
  );
  return { onHover, clearHover, jumpTo };
}
