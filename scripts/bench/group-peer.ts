/**
 * Group 2 — the peer in the same run: our case page vs a minimal NiiVue page loading the same MRI
 * and the same labelmap overlay, timed the same way (probe: first frame with anatomy, and with the
 * overlay). Pairs alternate who goes first (ours first on even pairs) so drift in machine load hits
 * both sides; the ratio ours / NiiVue is taken pair by pair.
 */
import type { Browser, BrowserContext } from "@playwright/test";
import { coldPage, warmContext } from "./browser";
import { measureFirstFrame, type FrameRun } from "./first-frame";
import { probeScript } from "./probe";
import { pairRatios, summarize, type Summary } from "./stats";
import { fmtMs, fmtRatio, table } from "./format";

/** Decimals kept for ratios (ms keep 1): the table prints them to 2. */
const RATIO_DECIMALS = 3;

export interface PeerPair {
  ours: number;
  niivue: number;
  ratio: number;
  oursOverlay: number;
  niivueOverlay: number;
  overlayRatio: number;
}

export interface PeerResult {
  caseUrl: string;
  niivueUrl: string;
  cold: PeerPair[];
  warm: PeerPair[];
  coldRatio: Summary;
  warmRatio: Summary;
  coldOverlayRatio: Summary;
  niivueBundleBytes: number;
}

/** NiiVue shows the AAL overlay seconds after the image on this machine; wait for it this long, ms. */
const OVERLAY_TIMEOUT_MS = 20_000;
const OURS = probeScript("ours");
const PEER = probeScript("niivue");
const at = (r: FrameRun, k: "anatomyAt" | "overlayAt") => (r.error ? NaN : (r[k] ?? NaN));

async function cold(browser: Browser, url: string, init: string): Promise<FrameRun> {
  const { context, page } = await coldPage(browser, init);
  try {
    return await measureFirstFrame(page, url, {
      expectOverlay: true,
      overlayTimeoutMs: OVERLAY_TIMEOUT_MS,
    });
  } finally {
    await context.close();
  }
}

async function warm(ctx: BrowserContext, url: string): Promise<FrameRun> {
  const page = await ctx.newPage();
  try {
    return await measureFirstFrame(page, url, {
      expectOverlay: true,
      overlayTimeoutMs: OVERLAY_TIMEOUT_MS,
    });
  } finally {
    await page.close();
  }
}

function pair(o: FrameRun, n: FrameRun): PeerPair {
  const [ours, niivue, oursOverlay, niivueOverlay] = [
    at(o, "anatomyAt"),
    at(n, "anatomyAt"),
    at(o, "overlayAt"),
    at(n, "overlayAt"),
  ];
  return {
    ours,
    niivue,
    ratio: pairRatios([ours], [niivue])[0],
    oursOverlay,
    niivueOverlay,
    overlayRatio: pairRatios([oursOverlay], [niivueOverlay])[0],
  };
}

/** Our case page's own runs in the pairs (group 1 reports them as the case's row). */
export interface OursRuns {
  cold: FrameRun[];
  warm: FrameRun[];
}

/**
 * `ours` receives our page's runs: they are the same loads group 1 makes for the case (fresh
 * context with the cache disabled; new page in a context primed by one load), so group 1 reuses
 * them instead of loading the page 11 more times.
 */
export async function runPeer(
  browser: Browser,
  caseUrl: string,
  niivueUrl: string,
  runs: number,
  niivueBundleBytes: number,
  ours: OursRuns = { cold: [], warm: [] },
): Promise<PeerResult> {
  const coldPairs: PeerPair[] = [];
  const oursCold = async () => {
    const r = await cold(browser, caseUrl, OURS);
    ours.cold.push(r);
    return r;
  };
  const oursWarm = async (ctx: BrowserContext) => {
    const r = await warm(ctx, caseUrl);
    ours.warm.push(r);
    return r;
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      const o = await oursCold();
      coldPairs.push(pair(o, await cold(browser, niivueUrl, PEER)));
    } else {
      const n = await cold(browser, niivueUrl, PEER);
      coldPairs.push(pair(await oursCold(), n));
    }
  }
  const [co, cn] = [await warmContext(browser, OURS), await warmContext(browser, PEER)];
  const warmPairs: PeerPair[] = [];
  try {
    await warm(co, caseUrl);
    await warm(cn, niivueUrl);
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        const o = await oursWarm(co);
        warmPairs.push(pair(o, await warm(cn, niivueUrl)));
      } else {
        const n = await warm(cn, niivueUrl);
        warmPairs.push(pair(await oursWarm(co), n));
      }
    }
  } finally {
    await co.close();
    await cn.close();
  }
  return {
    caseUrl,
    niivueUrl,
    cold: coldPairs,
    warm: warmPairs,
    coldRatio: summarize(
      coldPairs.map((p) => p.ratio),
      RATIO_DECIMALS,
    ),
    warmRatio: summarize(
      warmPairs.map((p) => p.ratio),
      RATIO_DECIMALS,
    ),
    coldOverlayRatio: summarize(
      coldPairs.map((p) => p.overlayRatio),
      RATIO_DECIMALS,
    ),
    niivueBundleBytes,
  };
}

export function peerTable(r: PeerResult): string {
  const rows = (kind: string, ps: PeerPair[]) =>
    ps.map((p, i) => [
      `${kind} ${i + 1}${i % 2 ? " (NiiVue first)" : ""}`,
      fmtMs(p.ours),
      fmtMs(p.niivue),
      fmtRatio(p.ratio),
      fmtMs(p.oursOverlay),
      fmtMs(p.niivueOverlay),
      fmtRatio(p.overlayRatio),
    ]);
  const med = (kind: string, ps: PeerPair[], s: Summary) => [
    `${kind} median`,
    fmtMs(summarize(ps.map((p) => p.ours)).median),
    fmtMs(summarize(ps.map((p) => p.niivue)).median),
    fmtRatio(s.median),
    fmtMs(summarize(ps.map((p) => p.oursOverlay)).median),
    fmtMs(summarize(ps.map((p) => p.niivueOverlay)).median),
    fmtRatio(
      summarize(
        ps.map((p) => p.overlayRatio),
        RATIO_DECIMALS,
      ).median,
    ),
  ];
  return table(
    ["pair", "ours image", "NiiVue image", "ratio", "ours +overlay", "NiiVue +overlay", "ratio"],
    [
      ...rows("cold", r.cold),
      med("cold", r.cold, r.coldRatio),
      ...rows("warm", r.warm),
      med("warm", r.warm, r.warmRatio),
    ],
  );
}
