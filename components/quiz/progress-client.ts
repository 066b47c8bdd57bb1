"use client";
/**
 * The page's one ProgressStore over localStorage (memory when unavailable), with a change counter
 * so components re-render after a record, an import or a clear.
 */
import { useSyncExternalStore } from "react";
import { browserStore } from "@/lib/progress/kv-store";
import { ProgressStore } from "@/lib/progress/progress-store";

let store: ProgressStore | undefined;
let persistent = false;
let version = 0;
const listeners = new Set<() => void>();

/** The page's progress store (created on first use, browser only). */
export function progressStore(): ProgressStore {
  if (!store) {
    const b = browserStore();
    persistent = b.persistent;
    store = new ProgressStore(b.store);
  }
  return store;
}

/** Whether progress is saved across reloads (false: private mode / storage blocked). */
export function progressPersistent(): boolean {
  progressStore();
  return persistent;
}

/** Call after changing the store so subscribed components re-render. */
export function notifyProgress(): void {
  version++;
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A number that changes whenever progress changes (0 during server rendering). */
export function useProgressVersion(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => -1,
  );
}
