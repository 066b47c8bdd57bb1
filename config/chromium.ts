/**
 * The Chromium every browser run uses (e2e tests and benchmarks): Debian's /usr/bin/chromium, or
 * CHROMIUM_PATH, unless PLAYWRIGHT_BUNDLED=1 (then Playwright's own browser). The flags keep the
 * browser off the network and give WebGL2 through SwiftShader (no GPU needed).
 */
import fs from "node:fs";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--enable-precise-memory-info",
];

/** Path of the system Chromium, or undefined to let Playwright use its own. */
export function chromiumPath(): string | undefined {
  const p = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return process.env.PLAYWRIGHT_BUNDLED !== "1" && fs.existsSync(p) ? p : undefined;
}
