/**
 * Group 3 — bytes. Per route: first-load JS (gzip) = the scripts its HTML references (computed from
 * the build's files), and all JS the browser fetched by network idle (which adds lazy chunks such as
 * the viewer). The viewer's chunks are the files containing cornerstone; routes without a viewer
 * must fetch none of them.
 */
import type { Browser } from "@playwright/test";
import { VIEWPORT } from "./browser";
import { readChunks, scriptsInHtml, sumChunks, type ChunkInfo } from "./chunks";
import { fmtBytes, table } from "./format";

export interface RouteBytes {
  route: string;
  url: string;
  status: number;
  firstLoadGzip: number;
  firstLoadFiles: number;
  /** All JS fetched by network idle, gzip bytes (from the build files). */
  loadedGzip: number;
  cornerstoneLoaded: boolean;
  /** Whether the page renders a viewer (a `data-testid="case-viewer"` or its skeleton appears). */
  hasViewer: boolean;
}

export interface BytesResult {
  routes: RouteBytes[];
  viewerChunks: ChunkInfo[];
  viewerGzip: number;
  viewerBytes: number;
  /** Routes that show no viewer but fetched cornerstone code (should be empty). */
  leaks: string[];
}

/**
 * Route visits at a time. Kept at 1: with 3 at once (tried to save time) the pages ran slower than
 * the network-idle wait, and /dev/viewer/colin27 and /practice/colin27 missed 56 kB and 7 kB of
 * lazy viewer chunks compared with one at a time.
 */
const CONCURRENCY = 1;

async function visit(
  browser: Browser,
  base: string,
  chunks: Map<string, ChunkInfo>,
  { route, url }: { route: string; url: string },
): Promise<RouteBytes> {
  const res = await fetch(base + url);
  const html = await res.text();
  const first = scriptsInHtml(html).filter((u) => u.startsWith("/_next/"));
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (p.endsWith(".js")) fetched.add(decodeURIComponent(p));
  });
  await page.goto(base + url, { waitUntil: "networkidle", timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const hasViewer =
    (await page.locator('[data-testid="case-viewer"], [data-testid="viewer-skeleton"]').count()) >
    0;
  await context.close();
  const all = [...fetched];
  return {
    route,
    url,
    status: res.status,
    firstLoadGzip: sumChunks(chunks, first, "gzipBytes"),
    firstLoadFiles: first.length,
    loadedGzip: sumChunks(chunks, all, "gzipBytes"),
    cornerstoneLoaded: all.some((u) => chunks.get(u)?.cornerstone),
    hasViewer,
  };
}

export async function measureBytes(
  browser: Browser,
  base: string,
  distDir: string,
  urls: { route: string; url: string }[],
): Promise<BytesResult> {
  const chunks = readChunks(distDir);
  const routes: RouteBytes[] = new Array<RouteBytes>(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      routes[i] = await visit(browser, base, chunks, urls[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
  const viewerChunks = [...chunks.values()]
    .filter((c) => c.cornerstone)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    routes,
    viewerChunks,
    viewerGzip: viewerChunks.reduce((s, c) => s + c.gzipBytes, 0),
    viewerBytes: viewerChunks.reduce((s, c) => s + c.bytes, 0),
    leaks: routes.filter((r) => r.cornerstoneLoaded && !r.hasViewer).map((r) => r.url),
  };
}

export function bytesTable(r: BytesResult): string {
  const t = table(
    [
      "route",
      "url",
      "HTTP",
      "first-load JS gz",
      "files",
      "all JS by idle gz",
      "viewer?",
      "cornerstone JS?",
    ],
    r.routes.map((x) => [
      x.route,
      x.url,
      String(x.status),
      fmtBytes(x.firstLoadGzip),
      String(x.firstLoadFiles),
      fmtBytes(x.loadedGzip),
      x.hasViewer ? "yes" : "no",
      x.cornerstoneLoaded ? "yes" : "no",
    ]),
  );
  const chunks = r.viewerChunks
    .map(
      (c) =>
        `${c.url.replace("/_next/static/chunks/", "")} ${fmtBytes(c.gzipBytes)} gz (${fmtBytes(c.bytes)})`,
    )
    .join(", ");
  return `${t}\nviewer (cornerstone) chunks: ${fmtBytes(r.viewerGzip)} gzip, ${fmtBytes(r.viewerBytes)} raw — ${chunks}\nroutes without a viewer that loaded cornerstone: ${r.leaks.length ? r.leaks.join(", ") : "none"}`;
}
