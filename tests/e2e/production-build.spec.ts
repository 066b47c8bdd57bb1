/**
 * The build users get (no NEXT_PUBLIC_E2E) ships neither the e2e test hooks (`window.__caseViewer`,
 * `window.__quiz`) nor the e2e-only /dev/* routes; the e2e build this suite runs against has both,
 * which shows the scan finds them. One extra `next build` into its own folder (.next-prod-check).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { gatedRoutes, scanBuild } from "../../scripts/build-check/scan-build";

const APP = path.resolve("app");
const PROD_DIST = ".next-prod-check";

test("the production build has no e2e hooks and no e2e routes", async () => {
  test.setTimeout(20 * 60_000);
  expect(gatedRoutes(APP)).toContain("/dev/viewer/[id]");

  // The suite's own build (NEXT_PUBLIC_E2E=1) carries the hooks and routes the scan looks for.
  const e2eProblems = scanBuild(path.resolve(process.env.NEXT_DIST_DIR || ".next"), APP).join("\n");
  expect(e2eProblems).toContain("contains the e2e hook __caseViewer");
  expect(e2eProblems).toContain("contains the e2e hook __quiz");
  expect(e2eProblems).toContain("/dev/viewer/[id]: e2e/studio-only route is in the build");

  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: PROD_DIST };
  delete env.NEXT_PUBLIC_E2E;
  delete env.STUDIO;
  // `next build` adds its dist folder's types to tsconfig.json: put the file back as it was.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  const build = spawnSync("npx", ["next", "build", "--webpack"], { env, encoding: "utf8" });
  fs.writeFileSync("tsconfig.json", tsconfig);
  expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);

  const check = spawnSync("npx", ["tsx", "scripts/check-production-build.ts", PROD_DIST], {
    encoding: "utf8",
  });
  expect(check.stderr).toBe("");
  expect(check.status).toBe(0);
});
