"use client";
/**
 * Mounts the viewports of a loaded image into the given slots (re-mounted when the layout changes),
 * with the viewer's tool group, and re-renders the caller on every cornerstone render (rAF-throttled)
 * so overlays follow the camera. Cleans up its viewports, tool group and listeners on change/unmount.
 */
import { useEffect, useState, type RefObject } from "react";
import { Enums, type RenderingEngine } from "@cornerstonejs/core";
import type { LoadedImage } from "@/lib/imaging/image-source";
import { createViewerTools, type ViewerTools } from "@/lib/imaging/tool-group";
import {
  mountViewports,
  type MountedViewports,
  type Orientation,
} from "@/lib/imaging/viewport-setup";

export interface Mounted {
  viewports: MountedViewports;
  tools: ViewerTools;
}

export function useMountedViewports(
  engine: RenderingEngine | null,
  image: LoadedImage | null,
  slots: RefObject<(HTMLDivElement | null)[]>,
  orientations: Orientation[],
  onMounted: (m: Mounted) => void,
): { mounted: Mounted | null; error: string | null; tick: number } {
  const [mounted, setMounted] = useState<Mounted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const key = orientations.join(",");
  useEffect(() => {
    if (!engine || !image) return;
    let alive = true;
    let m: Mounted | null = null;
    let raf = 0;
    const bump = () => {
      if (!raf) raf = requestAnimationFrame(() => ((raf = 0), setTick((t) => t + 1)));
    };
    const elements = (slots.current ?? []).slice(
      0,
      image.kind === "volume" ? orientations.length : 1,
    );
    const resize = new ResizeObserver(() => !engine.hasBeenDestroyed && engine.resize(true, true));
    (async () => {
      try {
        if (elements.some((e) => !e)) throw new Error("viewport element missing");
        const els = elements as HTMLDivElement[];
        const viewports = await mountViewports(engine, els, orientations, image);
        if (!alive) return viewports.dispose();
        const tools = createViewerTools(viewports.ids, engine.id);
        m = { viewports, tools };
        for (const el of els) {
          el.addEventListener(Enums.Events.IMAGE_RENDERED, bump);
          resize.observe(el);
        }
        onMounted(m);
        setMounted(m);
      } catch (e) {
        if (alive) setError(`image display failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    return () => {
      alive = false;
      cancelAnimationFrame(raf);
      resize.disconnect();
      for (const el of elements) el?.removeEventListener(Enums.Events.IMAGE_RENDERED, bump);
      m?.tools.dispose();
      m?.viewports.dispose();
      setMounted(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `orientations`; onMounted is read once per mount
  }, [engine, image, key]);
  return { mounted, error, tick };
}
