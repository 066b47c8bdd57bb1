"use client";
/**
 * The viewer's overlay settings: hidden structures, active annotator layers, opacity, fill/outline,
 * palette, and a short "flash" of one structure after a jump. Derives the per-layer colour tables.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CaseManifest, CaseView } from "@/lib/domain/model";
import { DEFAULT_OVERLAY_OPACITY } from "@/lib/imaging/layer-lut";
import { structureColors, type PaletteName } from "./palette";

export interface OverlaySettings {
  hidden: Set<string>;
  annotators: Set<string>;
  opacity: number;
  mode: "fill" | "outline";
  palette: PaletteName;
  flash: string | null;
}

/** An empty id set, shared (stable identity for props). */
export const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The structures the panel should show as not drawn: all of them when annotations are not revealed
 * (a quiz before its answer), all but `only` when one structure is highlighted, else the user's
 * hidden set. The panel then shows the true state instead of ticks for overlays that are not drawn.
 */
export function panelHidden(
  structureIds: readonly string[],
  hidden: ReadonlySet<string>,
  reveal: boolean,
  only: string | undefined,
): ReadonlySet<string> {
  if (!reveal) return new Set(structureIds);
  if (!only) return hidden;
  return new Set(structureIds.filter((id) => id !== only || hidden.has(id)));
}

/**
 * Overlay settings, starting from `view` where it names layers (`layers`, unknown ids ignored;
 * default the first annotator) or the structures to show (`show`: all others hidden).
 */
export function useOverlayState(manifest: CaseManifest, annotatorIds: string[], view?: CaseView) {
  const [s, setS] = useState<OverlaySettings>(() => ({
    hidden: view?.show
      ? new Set(manifest.structures.map((x) => x.id).filter((id) => !view.show!.includes(id)))
      : new Set(),
    annotators: new Set(
      view?.layers?.some((id) => annotatorIds.includes(id))
        ? view.layers.filter((id) => annotatorIds.includes(id))
        : annotatorIds.slice(0, 1),
    ),
    opacity: DEFAULT_OVERLAY_OPACITY,
    mode: "fill",
    palette: "case",
    flash: null,
  }));
  const update = useCallback(
    (patch: Partial<OverlaySettings>) => setS((x) => ({ ...x, ...patch })),
    [],
  );
  const setVisible = useCallback(
    (ids: string[], visible: boolean) =>
      setS((x) => {
        const hidden = new Set(x.hidden);
        for (const id of ids) {
          if (visible) hidden.delete(id);
          else hidden.add(id);
        }
        return { ...x, hidden };
      }),
    [],
  );
  const toggleAnnotator = useCallback(
    (id: string, on: boolean) =>
      setS((x) => {
        const annotators = new Set(x.annotators);
        if (on) annotators.add(id);
        else annotators.delete(id);
        return { ...x, annotators };
      }),
    [],
  );
  useEffect(() => {
    if (!s.flash) return;
    const t = setTimeout(() => setS((x) => ({ ...x, flash: null })), 1600);
    return () => clearTimeout(t);
  }, [s.flash]);
  const colors = useMemo(
    () => structureColors(manifest.structures, s.palette),
    [manifest.structures, s.palette],
  );
  return { settings: s, update, setVisible, toggleAnnotator, colors };
}

export { layerLut } from "@/lib/imaging/layer-lut";
