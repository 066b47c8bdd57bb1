"use client";
/**
 * The state of one case viewer that its parts share: layout, plane, applied window preset, help
 * sheet, hover readout and the screen-reader announcement. A small external store read with
 * `useSyncExternalStore`, so a part re-renders only when the slice it selects changes and the
 * hooks take the store instead of argument bags. Overlay settings (annotators, opacity, mode,
 * palette, hidden structures) stay in `use-overlay-state.ts`.
 */
import { useState, useSyncExternalStore } from "react";
import type { StructureHit } from "@/lib/imaging/structures-at";
import type { Orientation } from "@/lib/imaging/viewport-setup";

export interface ViewerState {
  layout: "single" | "mpr";
  /** Plane of the single view. */
  plane: Orientation;
  /** Name of the applied window preset, "" for auto. */
  preset: string;
  help: boolean;
  /** Structures under the pointer, null when the pointer is off the image. */
  hover: StructureHit[] | null;
  /** Text for the polite live region. */
  announce: string;
}

export interface ViewerStore {
  get: () => ViewerState;
  /** Merges `patch` (or what `patch(state)` returns) and notifies when something changed. */
  set: (patch: Partial<ViewerState> | ((s: ViewerState) => Partial<ViewerState>)) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createViewerStore(initial: ViewerState): ViewerStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (patch) => {
      const p = typeof patch === "function" ? patch(state) : patch;
      const keys = Object.keys(p) as (keyof ViewerState)[];
      if (keys.every((k) => Object.is(state[k], p[k]))) return;
      state = { ...state, ...p };
      listeners.forEach((l) => l());
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** One store per viewer instance, created on first render from `initial`. */
export function useCreateViewerStore(initial: () => ViewerState): ViewerStore {
  const [store] = useState(() => createViewerStore(initial()));
  return store;
}

/** The part of the state `select` picks; re-renders when it changes (compared with Object.is). */
export function useViewer<T>(store: ViewerStore, select: (s: ViewerState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.get()),
    () => select(store.get()),
  );
}
