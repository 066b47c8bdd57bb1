/**
 * scanBuild on small hand-made build folders: it names a hook in a chunk and a gated route in
 * the app-paths manifest, and passes a folder that has neither. The real production build is
 * checked by tests/e2e/production-build.spec.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gatedRoutes, scanBuild } from "@/scripts/build-check/scan-build";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prod-check-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, text: string) {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
}

write("app/dev/viewer/[id]/page.e2e.tsx", "");
write("app/(tools)/studio/page.studio.tsx", "");
write("app/cases/[id]/page.tsx", "");

function dist(name: string, chunk: string, routes: string[]) {
  write(`${name}/BUILD_ID`, "x");
  write(`${name}/static/chunks/a.js`, chunk);
  const manifest = Object.fromEntries(routes.map((r) => [r, "app" + r + ".js"]));
  write(`${name}/server/app-paths-manifest.json`, JSON.stringify(manifest));
  return path.join(tmp, name);
}

describe("scanBuild", () => {
  const app = path.join(tmp, "app");
  it("derives gated routes from file names, dropping route groups", () => {
    expect(gatedRoutes(app).sort()).toEqual(["/dev/viewer/[id]", "/studio"]);
  });
  it("passes a build without hooks or gated routes", () => {
    expect(scanBuild(dist("clean", "window.x=1", ["/cases/[id]/page"]), app)).toEqual([]);
  });
  it("names each hook and each gated route found", () => {
    const d = dist("dirty", "window.__quiz={};window.__caseViewer=h", [
      "/dev/viewer/[id]/page",
      "/studio/page",
    ]);
    expect(scanBuild(d, app).sort()).toEqual([
      "/dev/viewer/[id]: e2e/studio-only route is in the build",
      "/studio: e2e/studio-only route is in the build",
      `${path.join("static", "chunks", "a.js")}: contains the e2e hook __caseViewer`,
      `${path.join("static", "chunks", "a.js")}: contains the e2e hook __quiz`,
    ]);
  });
  it("rejects a folder that is not a build", () => {
    expect(scanBuild(path.join(tmp, "nothing"), app)[0]).toMatch(/not a Next\.js build/);
  });
});
