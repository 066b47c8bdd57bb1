import path from "node:path";
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import { Budget, fittingCount } from "@/scripts/bench/budget";
import {
  scaleDir,
  setSyntheticLessons,
  slope,
  type ScaleRow,
} from "@/scripts/bench/group-build-scale";
import { scriptsInHtml } from "@/scripts/bench/chunks";
import { parseGradingOutput } from "@/scripts/bench/group-grading";
import { foldMemoryDump, type TraceEvent } from "@/scripts/bench/memory-dump";
import { resolveStatic } from "@/scripts/bench/static-server";
import { synthLesson, synthLessonName } from "@/scripts/bench/synth-lessons";
import { timeline } from "@/scripts/bench/timeline";

describe("fittingCount", () => {
  it("halves N until the estimate fits, and gives null below the minimum", () => {
    const est = (n: number) => 1000 * n;
    expect(fittingCount(300, 25, est, (ms) => ms <= 300_000)).toBe(300);
    expect(fittingCount(300, 25, est, (ms) => ms <= 100_000)).toBe(75);
    expect(fittingCount(300, 25, est, (ms) => ms <= 10_000)).toBeNull();
  });
  it("tries a requested N below the minimum as is (--lessons 5)", () => {
    const est = (n: number) => 1000 * n;
    expect(fittingCount(5, 25, est, () => true)).toBe(5);
    expect(fittingCount(5, 25, est, () => false)).toBeNull();
  });
});

describe("Budget.section", () => {
  it("records each section once, in order, ending the open one", () => {
    const b = new Budget(null);
    b.section("build");
    b.section("1");
    b.section(null);
    b.section(null);
    expect(b.sections.map((x) => x.name)).toEqual(["build", "1"]);
    expect(b.sections.every((x) => x.ms >= 0)).toBe(true);
  });
});

describe("scriptsInHtml", () => {
  it("lists script srcs and script preloads once, decoded, without origin or query", () => {
    const html = `<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async></script>
<script src="http://127.0.0.1:3206/_next/static/chunks/app/cases/%5Bid%5D/page-1.js?v=2"></script><link rel="stylesheet" href="/x.css"/>`;
    expect(scriptsInHtml(html)).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/app/cases/[id]/page-1.js",
    ]);
  });
  it("leaves out nomodule scripts, which module-capable browsers never fetch", () => {
    const html = `<script src="/_next/static/chunks/polyfills-1.js" noModule=""></script><script src="/_next/static/chunks/main-app-2.js" async=""></script>`;
    expect(scriptsInHtml(html)).toEqual(["/_next/static/chunks/main-app-2.js"]);
  });
});

describe("parseGradingOutput", () => {
  it("takes the last JSON line with results and keeps the human lines", () => {
    const out =
      'compareMasks 128³: median 600 ms\n{"runs":3,"results":{"a":{"medianMs":1,"minMs":0.5}}}\n';
    expect(parseGradingOutput(out)).toEqual({
      lines: ["compareMasks 128³: median 600 ms"],
      results: { a: { medianMs: 1, minMs: 0.5 } },
      runs: 3,
    });
    expect(parseGradingOutput("no json here")).toBeNull();
  });
});

describe("foldMemoryDump", () => {
  it("sums the allocator sizes (hex) per process type", () => {
    const ev: TraceEvent[] = [
      { ph: "M", name: "process_name", pid: 1, args: { name: "GPU Process" } },
      { ph: "M", name: "process_name", pid: 2, args: { name: "Renderer" } },
      { ph: "M", name: "process_name", pid: 3, args: { name: "Renderer" } },
      {
        ph: "v",
        name: "periodic_interval",
        pid: 1,
        args: {
          dumps: {
            allocators: {
              malloc: { attrs: { size: { value: "100" } } },
              "gpu/x": { attrs: { size: { value: "ff" } } },
            },
          },
        },
      },
      {
        ph: "v",
        name: "periodic_interval",
        pid: 2,
        args: { dumps: { allocators: { v8: { attrs: { size: { value: "10" } } } } } },
      },
      {
        ph: "v",
        name: "periodic_interval",
        pid: 3,
        args: { dumps: { allocators: { v8: { attrs: { size: { value: "20" } } } } } },
      },
    ];
    expect(foldMemoryDump(ev)).toEqual({ "GPU Process": { malloc: 256 }, Renderer: { v8: 48 } });
  });
});

describe("resolveStatic", () => {
  const page = path.resolve("/srv/page");
  const cases = path.resolve("/srv/cases");
  it("maps / and assets to the page folder and /cases/* to the case files", () => {
    expect(resolveStatic("/", page, cases)).toBe(path.join(page, "index.html"));
    expect(resolveStatic("/niivue-bench.js?x=1", page, cases)).toBe(
      path.join(page, "niivue-bench.js"),
    );
    expect(resolveStatic("/cases/colin27/aal.nii.gz", page, cases)).toBe(
      path.join(cases, "colin27", "aal.nii.gz"),
    );
  });
  it("refuses paths that climb out", () => {
    expect(resolveStatic("/cases/../../etc/passwd", page, cases)).toBeNull();
    expect(resolveStatic("/%2e%2e/secret", page, cases)).toBeNull();
  });
});

describe("synthetic lessons", () => {
  it("have sortable names and the lesson frontmatter fields with the given case", () => {
    expect(synthLessonName(7)).toBe("bench-synthetic-0007.mdx");
    const mdx = synthLesson(7, "colin27");
    for (const f of [
      "title:",
      "summary:",
      "modalities:",
      "regions:",
      "difficulty:",
      "objectives:",
      "cases: [colin27]",
      "authors:",
      "license:",
      "date:",
    ])
      expect(mdx).toContain(f);
    expect(mdx).toContain('<CaseViewer case="colin27" />');
    expect(mdx.split(/\s+/).length).toBeGreaterThan(350);
  });
});

describe("timeline", () => {
  it("counts repeated fetches of a case file and finds when the JS was done", () => {
    const t = timeline({
      anatomyAt: 900,
      overlayAt: 950,
      renders: 1,
      domContentLoaded: 100,
      resources: [
        {
          name: "/_next/static/chunks/a.js",
          start: 10,
          end: 300,
          transfer: 1000,
          encoded: 1000,
          decoded: 3000,
        },
        {
          name: "/cases/c/image.nii.gz",
          start: 400,
          end: 500,
          transfer: 50,
          encoded: 50,
          decoded: 50,
        },
        {
          name: "/cases/c/image.nii.gz",
          start: 550,
          end: 700,
          transfer: 50,
          encoded: 50,
          decoded: 50,
        },
        { name: "/cases/c/thumbnail.png", start: 20, end: 30, transfer: 5, encoded: 5, decoded: 5 },
      ],
    });
    expect(t.jsDone).toBe(300);
    expect(t.files).toEqual([
      { name: "/cases/c/image.nii.gz", count: 2, transfer: 100, firstStart: 400, lastEnd: 700 },
    ]);
  });
});

describe("setSyntheticLessons", () => {
  it("grows and shrinks the copy's synthetic lessons in place, keeping the real ones", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
    try {
      const lessons = path.join(dir, "content", "lessons");
      fs.mkdirSync(lessons, { recursive: true });
      fs.writeFileSync(path.join(lessons, "real.mdx"), "---\ntitle: real\n---\n");
      expect(setSyntheticLessons(dir, 3, "colin27")).toBe(4);
      expect(setSyntheticLessons(dir, 5, "colin27")).toBe(6);
      expect(setSyntheticLessons(dir, 2, "colin27")).toBe(3);
      expect(fs.readdirSync(lessons).sort()).toEqual([
        "bench-synthetic-0001.mdx",
        "bench-synthetic-0002.mdx",
        "real.mdx",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("build scale: slope and copy folder", () => {
  const row = (lessons: number, ms: number, ok = true): ScaleRow => ({
    lessons,
    totalLessons: lessons + 8,
    ms,
    ok,
    msPerLesson: ms / lessons,
    marginalMsPerLesson: NaN,
  });
  it("is the build time added per lesson since the previous successful row", () => {
    const rows = [row(100, 44_000), row(200, 1_000, false), row(300, 55_400)];
    expect(slope(rows, 0)).toBe("—");
    expect(slope(rows, 1)).toBe("—");
    // (55.4 s − 44.0 s) / 200 lessons = 0.057 s, by hand
    expect(slope(rows, 2)).toBe("0.057");
  });
  it("copies the site outside the repository (Tailwind scanned far more inside it)", () => {
    const dir = scaleDir();
    try {
      expect(path.relative(process.cwd(), dir).startsWith("..")).toBe(true);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
