"use client";
/**
 * Mounts the viewports of a loaded image into the given slots (re-mounted when the layout changes),
 * with the viewer's tool group. Overlays follow the camera through their own viewport's render event
 * (`use-viewport-render.ts`). Cleans up its viewports, tool group and observer on change/unmount.
 */
import { useEffect, useState, type RefObject } from "react";
import type { RenderingEngine } from "@cornerstonejs/core";
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
): { mounted: Mounted | null; error: string | null } {
  const [mounted, setMounted] = useState<Mounted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = orientations.join(",");
  useEffect(() => {
    if (!engine || !image) return;
    let alive = true;
    let m: Mounted | null = null;
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
        for (const el of els) resize.observe(el);
        onMounted(m);
        setMounted(m);
      } catch (e) {
        if (alive) setError(`image display failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    })();
    return () => {
      alive = false;
      resize.disconnect();
      m?.tools.dispose();
      m?.viewports.dispose();
      setMounted(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `orientations`; onMounted is read once per mount
  }, [engine, image, key]);
  return { mounted, error };
}
