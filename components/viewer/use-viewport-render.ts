"use client";
/**
 * Subscriptions to one viewport's render event (cornerstone IMAGE_RENDERED on its element), so
 * each overlay follows its own viewport's camera and the viewer root is not re-rendered per frame.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { Enums, type Types } from "@cornerstonejs/core";

/** Calls `onRender` after each render of `vp` (at most once per animation frame). */
function listen(vp: Types.IViewport, onRender: () => void): () => void {
  const el = vp.element;
  let raf = 0;
  const on = () => {
    if (!raf) raf = requestAnimationFrame(() => ((raf = 0), onRender()));
  };
  el.addEventListener(Enums.Events.IMAGE_RENDERED, on);
  return () => {
    cancelAnimationFrame(raf);
    el.removeEventListener(Enums.Events.IMAGE_RENDERED, on);
  };
}

/**
 * A number that changes after every render of `vp` (0 without a viewport): put it in the
 * dependencies of an effect that draws over the viewport. Re-renders only the calling component.
 */
export function useViewportRender(vp: Types.IViewport | undefined): number {
  const [n, setN] = useState(0);
  useEffect(() => (vp ? listen(vp, () => setN((x) => x + 1)) : undefined), [vp]);
  return n;
}

/**
 * `read(vp)` kept current across renders of `vp` (`fallback` without a viewport). The caller
 * re-renders only when the value changes, so `read` must return a primitive (a string or number).
 */
export function useViewportValue<T extends string | number>(
  vp: Types.IViewport | undefined,
  read: (vp: Types.IViewport) => T,
  fallback: T,
): T {
  const subscribe = useCallback((cb: () => void) => (vp ? listen(vp, cb) : () => {}), [vp]);
  return useSyncExternalStore(
    subscribe,
    () => (vp ? read(vp) : fallback),
    () => fallback,
  );
}
