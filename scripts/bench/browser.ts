/**
 * Launches the benchmark browser: Debian's /usr/bin/chromium (or CHROMIUM_PATH) with the e2e flags
 * (SwiftShader WebGL, precise memory info), falling back to Playwright's own Chromium when missing.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../../config/chromium";

export { CHROMIUM_ARGS, chromiumPath };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** The viewport every bench page gets (the e2e "Desktop Chrome" size). */
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * A fresh context whose page has the HTTP cache disabled (CDP Network.setCacheDisabled): a cold load.
 * `init` is a script run before any page script (the frame probe).
 */
export async function coldPage(
  browser: Browser,
  init: string,
  network?: NetworkLimit,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (network)
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downloadMbit * 1e6) / 8,
      uploadThroughput: (network.downloadMbit * 1e6) / 8,
    });
  return { context, page };
}

/** A network like a student's (CDP throttling): download rate in Mbit/s and round-trip latency. */
export interface NetworkLimit {
  downloadMbit: number;
  latencyMs: number;
}

/** A context with the HTTP cache on; warm runs open a new page in it after one priming load. */
export async function warmContext(browser: Browser, init: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(init);
  return context;
}
