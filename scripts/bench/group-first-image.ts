/**
 * Group 1 — time to first image on every built-in case page (/cases/<id>): navigation start → first
 * frame with anatomy, and first pixels (the prerendered poster's paint, or that frame without one);
 * median of `runs` cold loads (fresh context, HTTP cache disabled) and `runs` warm loads (new page
 * in a context whose cache was primed by one unrecorded load).
 */
import type { Browser } from "@playwright/test";
import type { BenchCase } from "./cases";
import { coldPage, warmContext, type NetworkLimit } from "./browser";
import { measureFirstFrame, type FrameRun } from "./first-frame";
import { firstPixels, probeScript } from "./probe";
import { summarize, type Summary } from "./stats";
import { fmtMs, table } from "./format";

export interface CaseTiming {
  id: string;
  cold: Summary;
  warm: Summary;
  coldOverlay: Summary;
  warmOverlay: Summary;
  /** First pixels (the poster's paint, or the first image on pages without one). */
  coldPixels: Summary;
  warmPixels: Summary;
  error?: string;
  /** Set when the case was not timed (e.g. a DICOMweb case without Orthanc installed). */
  skipped?: string;
  /** Where the runs came from when not from this group's own loads (colin27: group 2's pairs). */
  source?: string;
  /** The cold run closest to the median, with its resource timings (for finding the largest cost). */
  medianColdRun?: FrameRun;
}

const PROBE = probeScript("ours");

export async function coldRun(
  browser: Browser,
  url: string,
  expectOverlay: boolean,
  network?: NetworkLimit,
): Promise<FrameRun> {
  const { context, page } = await coldPage(browser, PROBE, network);
  try {
    return await measureFirstFrame(page, url, { expectOverlay });
  } finally {
    await context.close();
  }
}

export async function timeCase(
  browser: Browser,
  base: string,
  c: BenchCase,
  runs: number,
): Promise<CaseTiming> {
  const url = `${base}/cases/${c.id}`;
  const expectOverlay = c.labelmaps.length > 0;
  const cold: FrameRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await coldRun(browser, url, expectOverlay);
    cold.push(r);
    if (r.error) break; // a broken case (e.g. DICOMweb without its server) is reported once
  }
  const err = cold.find((r) => r.error)?.error;
  const warm: FrameRun[] = [];
  if (!err) {
    const ctx = await warmContext(browser, PROBE);
    try {
      const prime = await ctx.newPage();
      await measureFirstFrame(prime, url, { expectOverlay });
      await prime.close();
      for (let i = 0; i < runs; i++) {
        const page = await ctx.newPage();
        warm.push(await measureFirstFrame(page, url, { expectOverlay }));
        await page.close();
      }
    } finally {
      await ctx.close();
    }
  }
  return caseTiming(c.id, cold, warm, err);
}

/** The timing row of case `id` from its cold and warm runs (`err`: the first cold run's error). */
export function caseTiming(
  id: string,
  cold: FrameRun[],
  warm: FrameRun[],
  err?: string,
): CaseTiming {
  const at = (rs: FrameRun[], k: "anatomyAt" | "overlayAt") =>
    rs.map((r) => (r.error ? NaN : (r[k] ?? NaN)));
  const coldS = summarize(at(cold, "anatomyAt"));
  const medianColdRun = [...cold].sort(
    (a, b) =>
      Math.abs((a.anatomyAt ?? 1e9) - coldS.median) - Math.abs((b.anatomyAt ?? 1e9) - coldS.median),
  )[0];
  return {
    id,
    cold: coldS,
    warm: summarize(at(warm, "anatomyAt")),
    coldOverlay: summarize(at(cold, "overlayAt")),
    warmOverlay: summarize(at(warm, "overlayAt")),
    coldPixels: summarize(cold.map((r) => (r.error ? NaN : firstPixels(r)))),
    warmPixels: summarize(warm.map((r) => (r.error ? NaN : firstPixels(r)))),
    error: err,
    medianColdRun,
  };
}

export function firstImageTable(rows: CaseTiming[]): string {
  return table(
    [
      "case page",
      "first pixels cold",
      "first pixels warm",
      "cold median",
      "cold min–max",
      "warm median",
      "warm min–max",
      "overlay cold",
      "overlay warm",
      "n",
    ],
    rows.map((r) =>
      r.skipped || r.error
        ? [
            `/cases/${r.id}`,
            "—",
            "—",
            "—",
            "—",
            "—",
            "—",
            "—",
            "—",
            r.skipped ? `skipped: ${r.skipped}` : `error: ${(r.error ?? "").slice(0, 60)}`,
          ]
        : [
            `/cases/${r.id}${r.source ? ` (${r.source})` : ""}`,
            fmtMs(r.coldPixels.median),
            fmtMs(r.warmPixels.median),
            fmtMs(r.cold.median),
            `${fmtMs(r.cold.min)}–${fmtMs(r.cold.max)}`,
            fmtMs(r.warm.median),
            `${fmtMs(r.warm.min)}–${fmtMs(r.warm.max)}`,
            fmtMs(r.coldOverlay.median),
            fmtMs(r.warmOverlay.median),
            `${r.cold.n}+${r.warm.n}`,
          ],
    ),
  );
}
