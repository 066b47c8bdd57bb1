/**
 * `npx tsx scripts/check-production-build.ts <distDir>`: fails (exit 1) naming each e2e test hook
 * (`window.__caseViewer`, `window.__quiz`) or e2e/studio-only route (`page.e2e.tsx`,
 * `page.studio.tsx`, … under app/) found in the Next build folder `<distDir>`; exit 2 when no
 * folder is given. Run on a build made without NEXT_PUBLIC_E2E and STUDIO (what users get); an
 * e2e build fails it by design. See tests/e2e/production-build.spec.ts.
 */
import path from "node:path";
import { scanBuild } from "./build-check/scan-build";

const distDir = process.argv[2];
if (!distDir) {
  console.error("check-production-build: usage: check-production-build.ts <distDir>");
  process.exit(2);
}
const problems = scanBuild(path.resolve(distDir), path.resolve("app"));
for (const p of problems) console.error(`check-production-build: ${p}`);
if (problems.length) process.exit(1);
console.log(`check-production-build: ${distDir}: no e2e hooks, no e2e/studio routes`);
