/**
 * The page's single RenderingEngine (one WebGL context, see stack notes): viewers acquire it and
 * release it on unmount; the last release destroys it, freeing the context for other pages.
 */
import { RenderingEngine } from "@cornerstonejs/core";

let engine: RenderingEngine | null = null;
let users = 0;
let viewportCounter = 0;

/** The shared engine, created on first use. Pair every call with `releaseEngine()`. */
export function acquireEngine(): RenderingEngine {
  if (!engine || engine.hasBeenDestroyed) engine = new RenderingEngine("atlas-engine");
  users++;
  return engine;
}

/** Drops one use; destroys the engine when no viewer uses it any more. */
export function releaseEngine(): void {
  users = Math.max(0, users - 1);
  if (users === 0 && engine) {
    engine.destroy();
    engine = null;
  }
}

/** A viewport/tool-group id unique within the page, e.g. `v3-axial`. */
export function uniqueId(prefix: string): string {
  return `${prefix}${++viewportCounter}`;
}
