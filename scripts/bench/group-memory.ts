/**
 * Group 6 — memory after loading the MRI volume with all its atlases: JS heap (CDP
 * Runtime.getHeapUsage after a forced GC, and performance.memory), WebGL texture bytes counted in
 * the page, and Chromium's memory-infra dump of the GPU process and renderers (CDP Tracing), as a
 * delta from the same dump taken on about:blank. SwiftShader has no dedicated video memory: its
 * textures live in the GPU process's malloc, which is what the "GPU process malloc" line shows.
 */
import type { Browser, Page } from "@playwright/test";
import { VIEWPORT } from "./browser";
import { measureFirstFrame } from "./first-frame";
import { GL_HOOK } from "./gl-hook";
import { memoryDump, type MemoryDump } from "./memory-dump";
import { probeScript } from "./probe";
import { fmtBytes, table } from "./format";

export interface MemoryResult {
  url: string;
  layersOn: number;
  jsHeapUsed: number;
  jsHeapTotal: number;
  perfMemoryUsed: number;
  gl: { uploadBytes: number; storageBytes: number; liveTextures: number; contexts: number };
  domNodes: number;
  before: MemoryDump;
  after: MemoryDump;
  error?: string;
}

async function turnOnAllLayers(page: Page): Promise<number> {
  const boxes = page.getByRole("group", { name: "Annotation layers" }).getByRole("checkbox");
  const n = await boxes.count();
  for (let i = 0; i < n; i++) if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
  return n;
}

export async function measureMemory(browser: Browser, url: string): Promise<MemoryResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(probeScript("ours"));
  await context.addInitScript(GL_HOOK);
  const page = await context.newPage();
  try {
    await page.goto("about:blank");
    const before = await memoryDump(browser);
    const run = await measureFirstFrame(page, url, { expectOverlay: true });
    if (run.error) throw new Error(run.error);
    const layersOn = await turnOnAllLayers(page);
    await page.waitForLoadState("networkidle").catch(() => undefined);
    await page.waitForTimeout(1500); // let the last layers decode and the overlay redraw
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const dom = await cdp.send("Memory.getDOMCounters");
    const [perfMemoryUsed, gl] = (await page.evaluate(
      `[(performance.memory && performance.memory.usedJSHeapSize) || NaN, window.__benchGL]`,
    )) as [number, MemoryResult["gl"]];
    const after = await memoryDump(browser);
    return {
      url,
      layersOn,
      jsHeapUsed: heap.usedSize,
      jsHeapTotal: heap.totalSize,
      perfMemoryUsed,
      gl,
      domNodes: dom.nodes,
      before,
      after,
    };
  } catch (e) {
    const empty = { uploadBytes: NaN, storageBytes: NaN, liveTextures: NaN, contexts: NaN };
    return {
      url,
      layersOn: 0,
      jsHeapUsed: NaN,
      jsHeapTotal: NaN,
      perfMemoryUsed: NaN,
      gl: empty,
      domNodes: NaN,
      before: {},
      after: {},
      error: String(e),
    };
  } finally {
    await context.close();
  }
}

export function memoryTable(r: MemoryResult): string {
  if (r.error) return `memory: failed — ${r.error}`;
  const d = (proc: string, a: "gpu" | "malloc" | "v8" | "webgl" | "shared_memory") => {
    const x = r.after[proc]?.[a];
    const b = r.before[proc]?.[a] ?? 0;
    return x === undefined ? ["—", "—"] : [fmtBytes(x), fmtBytes(x - b)];
  };
  const rows: string[][] = [
    ["JS heap used (CDP Runtime.getHeapUsage, after GC)", fmtBytes(r.jsHeapUsed), ""],
    ["JS heap total (CDP)", fmtBytes(r.jsHeapTotal), ""],
    ["performance.memory.usedJSHeapSize", fmtBytes(r.perfMemoryUsed), ""],
    ["WebGL texture data uploaded (page hook)", fmtBytes(r.gl.uploadBytes), ""],
    ["WebGL texStorage allocated (page hook)", fmtBytes(r.gl.storageBytes), ""],
    ["WebGL live textures / contexts", `${r.gl.liveTextures} / ${r.gl.contexts}`, ""],
    ["DOM nodes", String(r.domNodes), ""],
    ["GPU process gpu/* (memory-infra)", ...d("GPU Process", "gpu")],
    ["GPU process malloc (SwiftShader textures live here)", ...d("GPU Process", "malloc")],
    ["GPU process shared_memory", ...d("GPU Process", "shared_memory")],
    ["renderers gpu/* (command/transfer buffers)", ...d("Renderer", "gpu")],
    ["renderers webgl", ...d("Renderer", "webgl")],
    ["renderers v8", ...d("Renderer", "v8")],
    ["renderers malloc", ...d("Renderer", "malloc")],
  ];
  return `${r.url} with ${r.layersOn} annotation layers on\n${table(["measure", "value", "Δ vs about:blank"], rows)}\nnote: SwiftShader renders on the CPU, so there is no dedicated GPU memory to read; the GPU-process figures are its CPU-side allocations.`;
}
