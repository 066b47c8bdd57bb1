/**
 * Chromium memory-infra dumps over the browser CDP session (Tracing.requestMemoryDump): per process
 * type, the size of a few allocators, bytes. With SwiftShader (software GL) texture storage lives in
 * the GPU process's `malloc`; the `gpu` allocators count command/transfer buffers and shared images.
 */
import type { Browser, CDPSession } from "@playwright/test";

/** Allocators reported, by top-level name. */
export const ALLOCATORS = [
  "gpu",
  "malloc",
  "v8",
  "webgl",
  "blink_gc",
  "partition_alloc",
  "shared_memory",
] as const;
export type AllocatorName = (typeof ALLOCATORS)[number];

/** Process type ("Browser", "Renderer", "GPU Process") → allocator → bytes, summed over processes of that type. */
export type MemoryDump = Record<string, Partial<Record<AllocatorName, number>>>;

export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  args?: {
    name?: string;
    dumps?: { allocators?: Record<string, { attrs?: Record<string, { value: string }> }> };
  };
}

/** Folds trace events (metadata + "v" memory dumps) into a MemoryDump; pure, for testing. */
export function foldMemoryDump(events: readonly TraceEvent[]): MemoryDump {
  const names = new Map<number, string>();
  for (const e of events)
    if (e.ph === "M" && e.name === "process_name") names.set(e.pid, e.args?.name ?? "unknown");
  const out: MemoryDump = {};
  for (const e of events) {
    if (e.ph !== "v" || !e.args?.dumps?.allocators) continue;
    const kind = (names.get(e.pid) ?? "unknown").replace(/^Service: .*/, "Service");
    const row = (out[kind] ??= {});
    for (const a of ALLOCATORS) {
      const size = e.args.dumps.allocators[a]?.attrs?.size?.value;
      if (size) row[a] = (row[a] ?? 0) + parseInt(size, 16);
    }
  }
  return out;
}

/** One deterministic detailed memory dump of every process. */
export async function memoryDump(browser: Browser): Promise<MemoryDump> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  try {
    const events: TraceEvent[] = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((r) => cdp.once("Tracing.tracingComplete", () => r()));
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: ["disabled-by-default-memory-infra"] },
      transferMode: "ReportEvents",
    });
    await cdp.send("Tracing.requestMemoryDump", { deterministic: true, levelOfDetail: "detailed" });
    await cdp.send("Tracing.end");
    await complete;
    return foldMemoryDump(events);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
