/** Prints which browser the run uses, so a CI log says it plainly. */
import fs from "node:fs";

export default function globalSetup(): void {
  const p = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const system = process.env.PLAYWRIGHT_BUNDLED !== "1" && fs.existsSync(p);
  console.log(`[e2e] browser: ${system ? p : "Playwright's bundled Chromium"}`);
}
