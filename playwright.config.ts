/**
 * E2E against `next start` (production build) in a real Chromium.
 *
 * Browser: Debian's /usr/bin/chromium when present (or CHROMIUM_PATH), else Playwright's own
 * Chromium (for developers who ran `npx playwright install`). WebGL2 runs on SwiftShader.
 * Env: PORT (default 3100), NEXT_DIST_DIR (separate build folder), E2E_SKIP_BUILD=1 (reuse a build),
 * E2E_REUSE_SERVER=1 (use an already running server on PORT). The build sets NEXT_PUBLIC_E2E=1: only
 * such builds have the test hooks and the /dev/* pages (a reused build must be one too).
 */
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./config/chromium";

const port = Number(process.env.PORT ?? 3100);
// The importer e2e cases (tests/e2e/importers.spec.ts) are built from ../shared before the build,
// because public/ files must exist at build time; a failure there only fails that spec. The viewer
// posters (scripts/posters.ts) are build artefacts, made before every build like `npm run build`.
const build =
  process.env.E2E_SKIP_BUILD === "1"
    ? ""
    : "(npx tsx tests/e2e/helpers/importer-cases.ts || echo 'importer e2e cases not built') && npx tsx scripts/posters.ts && NEXT_PUBLIC_E2E=1 npx next build --webpack && ";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    // The offline service worker would fetch past page.route(); only offline.spec.ts allows it.
    serviceWorkers: "block",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `${build}npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
    // Where the /dicom-web proxy finds Orthanc (tests/e2e/dicomweb.spec.ts starts it on this port).
    env: { ORTHANC_URL: process.env.ORTHANC_URL ?? "http://127.0.0.1:8042" },
  },
});
