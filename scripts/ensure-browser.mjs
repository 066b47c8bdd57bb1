#!/usr/bin/env node
/**
 * Makes sure a Chromium for the e2e tests exists: Debian's /usr/bin/chromium (installed with apt-get
 * when missing and we are root on Debian), or Playwright's own browser. Prints what it found.
 */
import fs from "node:fs";
import { execSync } from "node:child_process";

const system = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(system)) {
  console.log(`[browser] using ${system}`);
  process.exit(0);
}
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && fs.existsSync("/usr/bin/apt-get")) {
  console.log("[browser] installing Debian chromium with apt-get…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  process.exit(0);
}
console.log(
  "[browser] /usr/bin/chromium not found. Install it (sudo apt-get install chromium) or run " +
    "`npx playwright install chromium` and set PLAYWRIGHT_BUNDLED=1.",
);
