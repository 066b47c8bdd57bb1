/**
 * A/B of two builds of the site, for before/after numbers on a busy machine: serves build A and
 * build B (`next start` on two ports) and alternates cold loads of the same case pages, pair by
 * pair (A first on even pairs), printing first-image times and the B/A ratio per pair, and first
 * pixels (the poster's paint, or the first image without one).
 *
 *   npx tsx scripts/bench/ab.ts --a .next-before --b .next-bench [--b-root DIR] [--cases colin27,head-ct] [--runs 5] [--mbit 20]
 *
 * Dist folders are relative to their project (the repository, or `--a-root` / `--b-root`, e.g. a
 * patched copy in bench/tmp). Ports 3217 (A) and 3218 (B), or `--port-a` / `--port-b` (helpers
 * benchmarking side by side on one machine). `--mbit N` throttles the page's network to
 * N Mbit/s with 40 ms latency (CDP), for what bytes cost on a student's connection rather than on
 * loopback.
 */
import path from "node:path";
import { launchBrowser } from "./browser";
import { listCases } from "./cases";
import { fmtMs, fmtRatio, table } from "./format";
import { coldRun } from "./group-first-image";
import { firstPixels } from "./probe";
import { nextStart } from "./next-app";
import { median, pairRatios } from "./stats";
import { timeline, timelineText } from "./timeline";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const [distA, distB] = [arg("--a", ".next-before"), arg("--b", ".next-bench")];
  const runs = Number(arg("--runs", "5"));
  const ids = arg("--cases", "colin27,head-ct").split(",");
  const mbit = Number(arg("--mbit", "0"));
  const network = mbit > 0 ? { downloadMbit: mbit, latencyMs: 40 } : undefined;
  const cases = listCases(root).filter((c) => ids.includes(c.id));
  const [rootA, rootB] = [path.resolve(arg("--a-root", root)), path.resolve(arg("--b-root", root))];
  const [portA, portB] = [Number(arg("--port-a", "3217")), Number(arg("--port-b", "3218"))];
  const [a, b] = [await nextStart(rootA, distA, portA), await nextStart(rootB, distB, portB)];
  const browser = await launchBrowser();
  try {
    for (const c of cases) {
      const at: number[] = [];
      const bt: number[] = [];
      const ap: number[] = [];
      const bp: number[] = [];
      const rows: string[][] = [];
      for (let i = 0; i < runs; i++) {
        const order = i % 2 === 0 ? [a, b] : [b, a];
        const r1 = await coldRun(
          browser,
          `${order[0].url}/cases/${c.id}`,
          c.labelmaps.length > 0,
          network,
        );
        const r2 = await coldRun(
          browser,
          `${order[1].url}/cases/${c.id}`,
          c.labelmaps.length > 0,
          network,
        );
        const [ra, rb] = i % 2 === 0 ? [r1, r2] : [r2, r1];
        at.push(ra.anatomyAt ?? NaN);
        bt.push(rb.anatomyAt ?? NaN);
        ap.push(firstPixels(ra));
        bp.push(firstPixels(rb));
        rows.push([
          `${i + 1}${i % 2 ? " (B first)" : ""}`,
          fmtMs(at[i]),
          fmtMs(bt[i]),
          fmtRatio(bt[i] / at[i]),
          fmtMs(ap[i]),
          fmtMs(bp[i]),
        ]);
        if (i === 0)
          process.stdout.write(
            `${c.id} A: ${timelineText(timeline(ra))}\n${c.id} B: ${timelineText(timeline(rb))}\n`,
          );
      }
      rows.push([
        "median",
        fmtMs(median(at)),
        fmtMs(median(bt)),
        fmtRatio(median(pairRatios(bt, at))),
        fmtMs(median(ap)),
        fmtMs(median(bp)),
      ]);
      process.stdout.write(
        `\n/cases/${c.id}: cold first image${mbit > 0 ? ` at ${mbit} Mbit/s` : ""}, A = ${distA}, B = ${distB}\n${table(["pair", "A", "B", "B / A", "A first pixels", "B first pixels"], rows)}\n`,
      );
    }
  } finally {
    await browser.close();
    await a.stop();
    await b.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`ab failed: ${String(e)}\n`);
  process.exit(1);
});
