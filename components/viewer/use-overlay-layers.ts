"use client";
/**
 * Turns the overlay model + settings into what the canvases draw: labelmap layers with colour
 * tables, extra masks (quiz), vector shapes with colours/labels, and the structures on a slice.
 */
import { useCallback, useMemo } from "react";
import type { GridSpec, Structure } from "@/lib/domain/model";
import type { LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import type { OverlayModel } from "@/lib/imaging/overlay-model";
import { structuresOnSlice } from "@/lib/imaging/structures-at";
import { shapeOnSlice } from "@/lib/imaging/shape-on-slice";
import type { ViewSlice } from "@/lib/imaging/viewport-geometry";
import { planeAxisOrder } from "@/lib/domain/geometry/plane-grid";
import type { OverlayLayer } from "./overlay-canvas";
import { hexToRgb } from "./palette";
import type { DrawnShape } from "./shape-overlay";
import { layerLut, type OverlaySettings } from "./use-overlay-state";
import type { CaseViewerProps, ExtraMaskOverlay } from "./viewer-api";

interface Args {
  model: OverlayModel;
  labelmaps: Map<string, LoadedLabelmap>;
  settings: OverlaySettings;
  colors: Map<string, string>;
  props: CaseViewerProps;
  grid: GridSpec;
  revealAnnotations: boolean;
  structures: Structure[];
}

/** The extra mask overlays (e.g. a quiz's error map) as layers drawn on their one axial slice. */
function extraLayers(extras: ExtraMaskOverlay[], dims: GridSpec["dims"]): OverlayLayer[] {
  return extras.map((m, n) => {
    const ax = planeAxisOrder(m.axis ?? 2);
    const max = Math.max(0, ...Object.keys(m.colors).map(Number));
    const lut = new Uint8Array((max + 1) * 4);
    for (const [v, c] of Object.entries(m.colors)) lut.set([...hexToRgb(c), 255], Number(v) * 4);
    return {
      key: `extra-${n}`,
      data: m.data,
      dims: [dims[ax[0]], dims[ax[1]], 1],
      style: { lut, fillAlpha: m.opacity ?? 0.5, outline: false },
      onlyAxialSlice: m.slice,
      onlyAxis: m.axis,
    };
  });
}

export function useOverlayLayers({
  model,
  labelmaps,
  settings,
  colors,
  props,
  grid,
  revealAnnotations,
  structures,
}: Args) {
  const only = props.highlightStructure;
  const active = useMemo(
    () =>
      revealAnnotations
        ? [...labelmaps.values()].filter((l) => settings.annotators.has(l.ref.annotatorId))
        : [],
    [labelmaps, settings.annotators, revealAnnotations],
  );
  const labelLayers = useMemo<OverlayLayer[]>(() => {
    const out: OverlayLayer[] = active.map((l) => ({
      key: l.ref.key,
      data: l.data,
      dims: grid.dims,
      style: {
        lut: layerLut(l.ref, l.stats.maxLabel, colors, settings.hidden, only, settings.flash),
        fillAlpha: settings.mode === "fill" ? settings.opacity : 0,
        outline: true,
      },
    }));
    return [...out, ...extraLayers(props.extraOverlays ?? [], grid.dims)];
  }, [
    active,
    grid.dims,
    colors,
    settings.hidden,
    settings.flash,
    settings.mode,
    settings.opacity,
    only,
    props.extraOverlays,
  ]);

  const names = useMemo(() => new Map(structures.map((x) => [x.id, x.name])), [structures]);
  const shapes = useMemo<DrawnShape[]>(() => {
    if (!revealAnnotations) return [];
    return model.shapes
      .filter(
        (s) =>
          settings.annotators.has(s.annotatorId) &&
          !settings.hidden.has(s.annotation.structure) &&
          (!only || s.annotation.structure === only),
      )
      .map((s) => ({
        shape: s,
        color:
          s.annotation.structure === settings.flash
            ? "#ffffff"
            : (colors.get(s.annotation.structure) ?? "#ff00ff"),
        label: props.hideStructureNames
          ? null
          : (s.annotation.type === "landmark" && s.annotation.label) ||
            (names.get(s.annotation.structure) ?? s.annotation.structure),
        emphasis: s.annotation.structure === settings.flash,
      }));
  }, [
    model.shapes,
    settings.annotators,
    settings.hidden,
    settings.flash,
    only,
    colors,
    props.hideStructureNames,
    revealAnnotations,
    names,
  ]);

  const covered = useMemo(() => new Set(model.coverage.keys()), [model]);

  const onSlice = useCallback(
    (s: ViewSlice | null): Structure[] => {
      if (!s) return [];
      const ids = new Set(
        structuresOnSlice(
          grid,
          s.axis,
          s.index,
          active.map((l) => ({ ref: l.ref, data: l.data })),
        ),
      );
      for (const sh of shapes)
        if (shapeOnSlice(grid, s.axis, s.index, sh.shape)) ids.add(sh.shape.annotation.structure);
      return structures.filter((x) => ids.has(x.id) && !settings.hidden.has(x.id));
    },
    [grid, active, shapes, structures, settings.hidden],
  );
  return { labelLayers, shapes, covered, onSlice };
}
