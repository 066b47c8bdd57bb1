/**
 * One timed page load: navigate, wait for the probe's first frame with anatomy (and, when asked, the
 * overlay), collect resource timings. Times are ms since navigation start (the page's time origin).
 *
 * Waiting polls from Node with `page.evaluate` (CDP Runtime.evaluate): the site's CSP forbids the
 * string evaluation `page.waitForFunction` uses. The probe stamps times in the page itself, so the
 * polling interval does not change the measured times.
 */
import type { Page } from "@playwright/test";
import { COLLECT, type ProbeResult } from "./probe";

export interface FrameRun extends ProbeResult {
  /** Set when the viewer reported `data-state="error"` or nothing rendered in time. */
  error?: string;
}

export interface MeasureOptions {
  /** Also wait (up to `overlayTimeoutMs`) for the labelmap overlay after the first image. */
  expectOverlay: boolean;
  timeoutMs?: number;
  overlayTimeoutMs?: number;
}

const DONE = `(() => {
  const b = window.__bench;
  if (b && b.anatomyAt !== null) return "image";
  const v = document.querySelector('[data-testid="case-viewer"][data-state="error"]');
  const e = v && (v.querySelector('[data-testid="viewer-error"]') || v);
  return e ? "error:" + (e.textContent || "").replace(/\\s+/g, " ").slice(0, 200) : "";
})()`;

const OVERLAY = `(() => (window.__bench && window.__bench.overlayAt !== null ? "overlay" : ""))()`;

/** Polls `expr` (a string expression) until it returns a non-empty string; "" on timeout. */
export async function pollPage(
  page: Page,
  expr: string,
  timeoutMs: number,
  intervalMs = 50,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await page.evaluate(expr).catch(() => "");
    if (typeof v === "string" && v) return v;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return "";
}

export async function measureFirstFrame(
  page: Page,
  url: string,
  o: MeasureOptions,
): Promise<FrameRun> {
  const timeout = o.timeoutMs ?? 60_000;
  await page.goto(url, { waitUntil: "commit", timeout });
  const outcome =
    (await pollPage(page, DONE, timeout)) || `error:no frame with anatomy within ${timeout} ms`;
  if (outcome === "image" && o.expectOverlay)
    await pollPage(page, OVERLAY, o.overlayTimeoutMs ?? 10_000);
  const r = (await page.evaluate(COLLECT)) as ProbeResult;
  return outcome.startsWith("error:") ? { ...r, error: outcome.slice(6) } : r;
}
