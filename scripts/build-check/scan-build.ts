/**
 * What must never reach the build users get: the e2e test hooks (`window.__caseViewer`,
 * `window.__quiz`) and the routes of pages that exist only in e2e or studio builds (files named
 * `page.e2e.tsx`, `route.e2e.ts`, `page.studio.tsx`, …, see next.config.mjs `pageExtensions`).
 * Used by scripts/check-production-build.ts and its tests.
 */
import fs from "node:fs";
import path from "node:path";

/** Global names the e2e builds assign on `window`; none may appear in a production bundle. */
export const E2E_HOOK_NAMES = ["__caseViewer", "__quiz"] as const;

/** `page.e2e.tsx`, `route.studio.ts`, …: special files that only e2e or studio builds compile. */
const GATED_FILE = /^(page|route|layout)\.(e2e|studio)\.(tsx|ts|jsx|js)$/;

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * Route paths (e.g. `/dev/viewer/[id]`) of the gated files under `appDir`; route groups `(x)`
 * are dropped as Next does. Empty when `appDir` does not exist.
 */
export function gatedRoutes(appDir: string): string[] {
  return walk(appDir)
    .filter((f) => GATED_FILE.test(path.basename(f)))
    .map((f) => {
      const parts = path.relative(appDir, path.dirname(f)).split(path.sep);
      return "/" + parts.filter((p) => p && !/^\(.*\)$/.test(p)).join("/");
    });
}

/**
 * Problems found in the Next build folder `distDir`, one line each naming the file or route:
 * an e2e hook name in any emitted `.js` file (client and server), or a gated route in
 * `server/app-paths-manifest.json`. A folder that is not a Next build is itself a problem.
 */
export function scanBuild(distDir: string, appDir: string): string[] {
  const manifestPath = path.join(distDir, "server", "app-paths-manifest.json");
  if (!fs.existsSync(path.join(distDir, "BUILD_ID")) || !fs.existsSync(manifestPath))
    return [`${distDir}: not a Next.js build (no BUILD_ID or server/app-paths-manifest.json)`];
  const problems: string[] = [];
  for (const file of walk(distDir).filter((f) => f.endsWith(".js"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const name of E2E_HOOK_NAMES)
      if (text.includes(name))
        problems.push(`${path.relative(distDir, file)}: contains the e2e hook ${name}`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as Record<string, string>;
  // Keys look like "/dev/viewer/[id]/page" or "/dev/fixture-files/[id]/[name]/route".
  const built = Object.keys(manifest).map((k) => k.replace(/\/(page|route)$/, "") || "/");
  for (const route of gatedRoutes(appDir))
    if (built.includes(route)) problems.push(`${route}: e2e/studio-only route is in the build`);
  return problems;
}
