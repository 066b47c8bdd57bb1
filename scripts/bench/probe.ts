/**
 * The in-page frame probe, injected with `addInitScript` before any page script. It records, in
 * `window.__bench`, the `performance.now()` (ms since navigation start) of:
 *   - `anatomyAt`: the first frame whose image canvas has anatomy (≥ 2 % of a 64×64 sample with
 *     r+g+b > 48, i.e. not black background);
 *   - `overlayAt`: the first frame with the labelmap overlay visible (ours: any opaque pixel on the
 *     overlay canvas; NiiVue: ≥ 0.5 % coloured pixels, |r−g| or |g−b| > 24, in its WebGL canvas).
 *   - `pixelsAt`: the paint of the viewer's prerendered poster (Element Timing entry "viewer-poster"),
 *     null on pages without one. First pixels = the earlier of `pixelsAt` and `anatomyAt`.
 * It checks right after every draw — ours: cornerstone's `CORNERSTONE_IMAGE_RENDERED` (caught in the
 * capture phase, the event does not bubble); NiiVue: the peer page calls `window.__benchCheck()`
 * after each `drawScene`. Our overlay canvas is drawn by our own code, with no event: once the
 * image is found it is sampled every 50 ms until it shows. Nothing else is polled: checking on every
 * animation frame cost > 1 s of main-thread time per load on a busy 2-core machine, and the earlier
 * 100 ms poll of both canvases from navigation start cost 50–210 ms per load of ours (17–31
 * samples; measured 27 Nov), time the probe added to what it measured.
 *
 * Kept as a JavaScript string (not a serialised function) so tsx's name helpers never leak into the
 * page. For NiiVue, WebGL contexts are created with `preserveDrawingBuffer: true` so the frame can
 * be read back after compositing (the only change to the peer page).
 */

export type ProbeMode = "ours" | "niivue";

export interface ProbeResult {
  anatomyAt: number | null;
  overlayAt: number | null;
  /** Paint of the poster `<img>` (Element Timing), null without a poster. */
  pixelsAt?: number | null;
  renders: number;
  /** Resource timings of interest (ms since navigation start; bytes). */
  resources: {
    name: string;
    start: number;
    end: number;
    transfer: number;
    encoded: number;
    decoded: number;
  }[];
  domContentLoaded: number;
}

export function probeScript(mode: ProbeMode): string {
  return `(() => {
  const MODE = ${JSON.stringify(mode)};
  const B = (window.__bench = { anatomyAt: null, overlayAt: null, pixelsAt: null, renders: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.identifier === "viewer-poster" && B.pixelsAt === null) B.pixelsAt = e.renderTime || e.loadTime;
    }).observe({ type: "element", buffered: true });
  } catch (e) { /* no Element Timing: first pixels = first frame */ }
  if (MODE === "niivue") {
    const orig = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, attrs) {
      if (type === "webgl2" || type === "webgl") attrs = Object.assign({}, attrs || {}, { preserveDrawingBuffer: true });
      return orig.call(this, type, attrs);
    };
  }
  let sctx = null;
  function sample(src) {
    if (!src || !src.width || !src.height) return null;
    if (!sctx) {
      const c = document.createElement("canvas");
      c.width = 64; c.height = 64;
      sctx = c.getContext("2d", { willReadFrequently: true });
    }
    sctx.clearRect(0, 0, 64, 64);
    try { sctx.drawImage(src, 0, 0, 64, 64); } catch (e) { return null; }
    const d = sctx.getImageData(0, 0, 64, 64).data;
    let lit = 0, colour = 0, opaque = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], b = d[i + 2], a = d[i + 3];
      if (!a) continue;
      opaque++;
      if (r + g + b > 48) lit++;
      if (Math.abs(r - g) > 24 || Math.abs(g - b) > 24) colour++;
    }
    return { lit: lit / 4096, colour: colour / 4096, opaque: opaque / 4096 };
  }
  function check() {
    const now = performance.now();
    if (MODE === "ours") {
      const img = document.querySelector('[data-testid="main-viewport"] canvas');
      if (B.anatomyAt === null) { const s = sample(img); if (s && s.lit >= 0.02) B.anatomyAt = now; }
      if (B.overlayAt === null) {
        const ov = document.querySelector('[data-testid="main-viewport"] ~ canvas');
        const s = sample(ov);
        if (s && s.opaque > 0) B.overlayAt = now;
      }
    } else {
      const gl = document.querySelector("canvas#gl");
      const s = sample(gl);
      if (s) {
        if (B.anatomyAt === null && s.lit >= 0.02) B.anatomyAt = now;
        if (B.overlayAt === null && s.colour >= 0.005) B.overlayAt = now;
      }
    }
  }
  let timer = null;
  function overlayPoll() {
    if (MODE !== "ours" || timer !== null || B.anatomyAt === null || B.overlayAt !== null) return;
    timer = setInterval(() => { check(); if (B.overlayAt !== null) clearInterval(timer); }, 50);
  }
  window.__benchCheck = () => { B.renders++; check(); overlayPoll(); };
  document.addEventListener("CORNERSTONE_IMAGE_RENDERED", window.__benchCheck, true);
})();`;
}

/** Page-side collector (a string for the same reason): resource timings and DOMContentLoaded. */
export const COLLECT = `(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const resources = performance.getEntriesByType("resource")
    .filter((r) => /\\.(js|nii|gz|png|jpe?g|dcm)(\\?|$)/.test(r.name))
    .map((r) => ({ name: new URL(r.name).pathname, start: Math.round(r.startTime), end: Math.round(r.responseEnd), transfer: r.transferSize, encoded: r.encodedBodySize, decoded: r.decodedBodySize }));
  return { ...window.__bench, resources, domContentLoaded: nav ? Math.round(nav.domContentLoadedEventEnd) : NaN };
})()`;

/** First pixels of a run (ms): the poster's paint, or the first live frame when earlier / no poster. */
export function firstPixels(r: Pick<ProbeResult, "anatomyAt" | "pixelsAt">): number {
  const a = r.anatomyAt ?? NaN;
  return r.pixelsAt == null ? a : Math.min(r.pixelsAt, Number.isNaN(a) ? Infinity : a);
}
