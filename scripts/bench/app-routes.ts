/**
 * Fallback route list when the build's route table is not available (a reused build): every
 * app/**\/page.tsx as a route pattern, kind "unknown", no prerendered paths.
 */
import fs from "node:fs";
import path from "node:path";
import type { BuiltRoute } from "./route-table";

export function routesFromAppDir(root: string): BuiltRoute[] {
  const app = path.join(root, "app");
  const out: BuiltRoute[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory() && !e.name.startsWith("_")) {
        const seg = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
        walk(path.join(dir, e.name), prefix + seg);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(e.name)) {
        out.push({ route: prefix || "/", kind: "unknown", paths: [] });
      }
    }
  };
  if (fs.existsSync(app)) walk(app, "");
  return out;
}
