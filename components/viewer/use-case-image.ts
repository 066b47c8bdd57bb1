"use client";
/**
 * Loads the case image once per case: initialises cornerstone (once per page), acquires the shared
 * rendering engine, downloads/decodes the image with progress. On unmount it frees the cached image
 * and releases the engine (the last viewer destroys it).
 */
import { useEffect, useState } from "react";
import type { RenderingEngine } from "@cornerstonejs/core";
import type { CaseManifest } from "@/lib/domain/model";
import { ensureCornerstone } from "@/lib/imaging/cornerstone-init";
import { loadCaseImage, type LoadedImage, type LoadProgress } from "@/lib/imaging/image-source";
import { acquireEngine, releaseEngine } from "@/lib/imaging/rendering-engine";

export interface CaseImageState {
  engine: RenderingEngine | null;
  image: LoadedImage | null;
  progress: LoadProgress | null;
  error: string | null;
}

export function useCaseImage(manifest: CaseManifest): CaseImageState {
  const [state, setState] = useState<CaseImageState>({
    engine: null,
    image: null,
    progress: null,
    error: null,
  });
  useEffect(() => {
    let alive = true;
    let engine: RenderingEngine | null = null;
    let image: LoadedImage | null = null;
    setState({
      engine: null,
      image: null,
      progress: { fraction: 0, text: "starting" },
      error: null,
    });
    (async () => {
      try {
        await ensureCornerstone();
        if (!alive) return;
        engine = acquireEngine();
        const loaded = await loadCaseImage(
          manifest,
          (progress) => alive && setState((s) => ({ ...s, progress })),
        );
        if (!alive) {
          loaded.dispose();
          return;
        }
        image = loaded;
        setState({ engine, image, progress: null, error: null });
      } catch (e) {
        if (alive)
          setState({
            engine,
            image: null,
            progress: null,
            error: e instanceof Error ? e.message : String(e),
          });
      }
    })();
    return () => {
      alive = false;
      image?.dispose();
      if (engine) releaseEngine();
    };
  }, [manifest]);
  return state;
}
