import { describe, expect, it } from "vitest";
import { concreteUrls, parseRouteTable } from "@/scripts/bench/route-table";

const OUTPUT = `✓ Generating static pages using 1 worker (98/98) in 38.6s
  Finalizing page optimization ...

Route (app)
┌ ○ /
├ ○ /_not-found
├ ○ /about
├ ○ /icon.svg
├   /cases/[id]
│ ├ ● /cases/colin27
│ ├ ● /cases/head-ct
│ └ ● [+5 more paths]
├ ƒ /dev/viewer/[id]
├ ƒ /dicom-web/[...path]
├ ƒ /lessons
├   /lessons/[slug]
│ └ ● /lessons/cortical-anatomy-axial-mri
└ ○ /review


○  (Static)   prerendered as static content
●  (SSG)      prerendered as static HTML (uses generateStaticParams)
`;

describe("parseRouteTable", () => {
  it("reads routes, kinds and the prerendered paths under dynamic routes", () => {
    const r = parseRouteTable(OUTPUT);
    expect(r.map((x) => x.route)).toEqual([
      "/",
      "/_not-found",
      "/about",
      "/icon.svg",
      "/cases/[id]",
      "/dev/viewer/[id]",
      "/dicom-web/[...path]",
      "/lessons",
      "/lessons/[slug]",
      "/review",
    ]);
    expect(r[0].kind).toBe("static");
    expect(r[4]).toEqual({
      route: "/cases/[id]",
      kind: "unknown",
      paths: ["/cases/colin27", "/cases/head-ct"],
    });
    expect(r[7].kind).toBe("dynamic");
    expect(r[8].paths).toEqual(["/lessons/cortical-anatomy-axial-mri"]);
  });

  it("returns nothing when there is no route table", () => {
    expect(parseRouteTable("Compiled successfully\n")).toEqual([]);
  });
});

describe("concreteUrls", () => {
  it("uses the first prerendered path, else substitutes the fallback, and skips handlers", () => {
    const urls = concreteUrls(parseRouteTable(OUTPUT), "colin27");
    expect(urls).toContainEqual({ route: "/cases/[id]", url: "/cases/colin27" });
    expect(urls).toContainEqual({ route: "/dev/viewer/[id]", url: "/dev/viewer/colin27" });
    expect(urls.find((u) => u.route === "/dicom-web/[...path]")).toBeUndefined();
    expect(urls.find((u) => u.route === "/_not-found")).toBeUndefined();
    expect(urls.find((u) => u.route === "/icon.svg")).toBeUndefined();
  });
});
