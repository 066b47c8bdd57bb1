/**
 * GET /sw.js: the offline service worker (service-worker.ts) with this build's id baked in, so
 * each deployment serves a byte-different script and browsers install it (which drops the old
 * build's cache). `no-cache` makes browsers revalidate it on every update check.
 * Cache policy: lib/offline/cache-rule.ts; README "Offline study".
 */
import fs from "node:fs";
import path from "node:path";
import { cacheRule } from "@/lib/offline/cache-rule";
import { serviceWorker } from "./service-worker";

export const dynamic = "force-dynamic";

/** The build id from `<distDir>/BUILD_ID`, or "dev" when there is none (next dev). */
function buildId(): string {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  try {
    return fs.readFileSync(file, "utf8").trim() || "dev";
  } catch {
    return "dev";
  }
}

export function GET(): Response {
  const body = `"use strict";\n(${serviceWorker.toString()})(${JSON.stringify(buildId())}, ${cacheRule.toString()});\n`;
  return new Response(body, {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
    },
  });
}
