"use client";
/** Loads the labelmap layers of the active annotators (lazily, once each) for overlay and readout. */
import { useEffect, useState } from "react";
import type { GridSpec } from "@/lib/domain/model";
import { loadLabelmap, type LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import type { LabelmapLayerRef } from "@/lib/imaging/overlay-model";

export interface LabelmapsState {
  loaded: Map<string, LoadedLabelmap>;
  /** Layer key -> error message naming the file. */
  errors: Map<string, string>;
  pending: number;
}

export function useLabelmaps(
  layers: readonly LabelmapLayerRef[],
  wanted: ReadonlySet<string>,
  grid: GridSpec,
): LabelmapsState {
  const [state, setState] = useState<LabelmapsState>({
    loaded: new Map(),
    errors: new Map(),
    pending: 0,
  });
  const wantedKey = layers
    .filter((l) => wanted.has(l.annotatorId))
    .map((l) => l.key)
    .join("|");
  useEffect(() => {
    const ctrl = new AbortController();
    const todo = layers.filter(
      (l) => wanted.has(l.annotatorId) && !state.loaded.has(l.key) && !state.errors.has(l.key),
    );
    if (!todo.length) return;
    setState((s) => ({ ...s, pending: todo.length }));
    for (const ref of todo) {
      loadLabelmap(ref, grid, ctrl.signal).then(
        (lm) =>
          setState((s) => ({
            ...s,
            loaded: new Map(s.loaded).set(ref.key, lm),
            pending: Math.max(0, s.pending - 1),
          })),
        (e: Error) => {
          if (e.name === "AbortError") return;
          setState((s) => ({
            ...s,
            errors: new Map(s.errors).set(ref.key, e.message),
            pending: Math.max(0, s.pending - 1),
          }));
        },
      );
    }
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- wantedKey summarises layers/wanted
  }, [wantedKey, grid]);
  return state;
}
