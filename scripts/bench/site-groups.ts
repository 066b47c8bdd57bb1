/**
 * The groups that need the built site running (`next start` on 127.0.0.1): 1 first image, 2 NiiVue
 * peer, 3 bytes, 6 memory, 7 load. Starts and stops the server (and the peer's static server).
 */
import path from "node:path";
import type { Browser } from "@playwright/test";
import type { BenchOptions } from "./args";
import type { Budget } from "./budget";
import type { BenchCase } from "./cases";
import { heading } from "./format";
import { caseTiming, firstImageTable, timeCase, type CaseTiming } from "./group-first-image";
import { bytesTable, measureBytes } from "./group-bytes";
import { loadTable, runLoad } from "./group-load";
import { measureMemory, memoryTable } from "./group-memory";
import { peerTable, runPeer, type OursRuns } from "./group-peer";
import { nextStart } from "./next-app";
import { BENCH_PACS_PORT, startPacs, type Pacs } from "./pacs";
import { buildNiivuePage } from "./niivue-page";
import { concreteUrls, type BuiltRoute } from "./route-table";
import { startStaticServer } from "./static-server";
import { timeline, timelineText } from "./timeline";

export interface SiteContext {
  root: string;
  dist: string;
  opts: BenchOptions;
  browser: Browser;
  cases: BenchCase[];
  routes: BuiltRoute[];
  budget: Budget;
  log: (s: string) => void;
}

const PEER_PORT = 3216;
const LOAD_SECONDS = 10;
/** Runs per case page when the budget is short: the issue's minimum (only `--runs` above it is cut). */
const MIN_RUNS = 5;
/** Budget kept for groups 3, 4, 6, 7 after group 1 (and before group 5's builds), ms. */
const SITE_RESERVE_MS = 4 * 60_000;

export async function runSiteGroups(c: SiteContext): Promise<Record<string, unknown>> {
  const { opts, browser, log } = c;
  const out: Record<string, unknown> = {};
  const mri =
    c.cases.find((x) => x.id === "colin27") ?? c.cases.find((x) => x.imageKind === "nifti");
  // Orthanc for the DICOMweb case pages (group 1), started alongside the server (both untimed).
  const needPacs = opts.groups.includes(1) && c.cases.some((x) => x.imageKind === "dicomweb");
  const pacsPort = Number(process.env.PACS_PORT ?? BENCH_PACS_PORT);
  const [server, pacs] = await Promise.all([
    nextStart(c.root, c.dist, opts.port, 60_000, {
      ORTHANC_URL: `http://127.0.0.1:${pacsPort}`,
    }),
    needPacs ? startPacs(pacsPort) : Promise.resolve<Pacs | null>(null),
  ]);
  if (pacs)
    log(
      pacs.url
        ? `Orthanc for the DICOMweb cases on ${pacs.url} (scripts/pacs/pacs.ts up + load)`
        : `Orthanc: ${pacs.skipped}; DICOMweb cases skipped`,
    );
  // Our colin27 loads in group 2's pairs, reused by group 1 (same loads, see runPeer).
  const oursRuns: OursRuns = { cold: [], warm: [] };
  try {
    // Group 2 runs before group 1 so that group 1 can take the MRI case's row from its pairs.
    if (opts.groups.includes(2) && mri?.imageFile) {
      c.budget.section("2");
      log(
        heading(
          2,
          `Peer: NiiVue ${mri.id} image + ${mri.labelmaps[0] ?? "no"} overlay, ${opts.runs} cold + ${opts.runs} warm pairs, alternating`,
        ),
      );
      const bundle = await buildNiivuePage(c.root, path.join(c.root, "bench", "tmp", "niivue"));
      const peer = await startStaticServer(
        bundle.dir,
        path.join(c.root, "public", "cases"),
        PEER_PORT,
      );
      try {
        const q = `?image=${encodeURIComponent(mri.imageFile)}${mri.labelmaps[0] ? `&label=${encodeURIComponent(mri.labelmaps[0])}` : ""}`;
        const r = await runPeer(
          browser,
          `${server.url}/cases/${mri.id}`,
          `${peer.url}/${q}`,
          opts.runs,
          bundle.jsBytes,
          oursRuns,
        );
        out.peer = r;
        log(peerTable(r));
        log(
          `ratio = ours / NiiVue per pair (below 1 means we are faster). NiiVue bundle ${(bundle.jsBytes / 1e6).toFixed(2)} MB minified, served gzip.`,
        );
      } finally {
        await peer.close();
      }
    }
    if (opts.groups.includes(1)) {
      c.budget.section("1");
      log(
        heading(
          1,
          `Time to first image per case page (${opts.runs} cold + ${opts.runs} warm, navigation start → first frame with anatomy)`,
        ),
      );
      const rows: CaseTiming[] = [];
      const t0 = performance.now();
      let timed = 0;
      for (const k of c.cases) {
        if (k.imageKind === "dicomweb" && pacs && !pacs.url) {
          log(`  /cases/${k.id}: skipped (${pacs.skipped})`);
          rows.push({ ...caseTiming(k.id, [], []), skipped: pacs.skipped });
          continue;
        }
        if (k.id === mri?.id && oursRuns.cold.length >= opts.runs) {
          log(
            `  /cases/${k.id}: the ${opts.runs} + ${opts.runs} loads of our page in group 2's pairs`,
          );
          const err = oursRuns.cold.find((r) => r.error)?.error;
          rows.push({
            ...caseTiming(k.id, oursRuns.cold, oursRuns.warm, err),
            source: "group 2's loads",
          });
          continue;
        }
        // Keep some budget for groups 3–7 (the build-scale group decides for itself).
        const perCase = timed ? (performance.now() - t0) / timed : 0;
        let runs = opts.runs;
        if (timed && runs > MIN_RUNS && !c.budget.fits(perCase, SITE_RESERVE_MS)) {
          runs = MIN_RUNS;
          c.budget.reduce(
            `first image: /cases/${k.id} with ${MIN_RUNS} cold + ${MIN_RUNS} warm runs instead of ${opts.runs} (≈${Math.round(perCase / 1000)} s per case)`,
          );
        }
        log(`  /cases/${k.id}… (${runs} + ${runs})`);
        rows.push(await timeCase(browser, server.url, k, runs));
        timed++;
      }
      out.firstImage = rows;
      log(firstImageTable(rows));
      for (const r of rows)
        if (r.medianColdRun && !r.error)
          log(
            `  ${r.id} (cold run nearest the median): ${timelineText(timeline(r.medianColdRun))}`,
          );
    }
    if (opts.groups.includes(3)) {
      c.budget.section("3");
      log(
        heading(3, "Bytes: first-load JS (gzip) per route, viewer chunks, routes without a viewer"),
      );
      const urls = concreteUrls(c.routes, mri?.id ?? "x");
      const r = await measureBytes(browser, server.url, path.join(c.root, c.dist), urls);
      out.bytes = r;
      log(bytesTable(r));
    }
    if (opts.groups.includes(6) && mri) {
      c.budget.section("6");
      log(heading(6, `Memory after loading /cases/${mri.id} with all atlases`));
      const r = await measureMemory(browser, `${server.url}/cases/${mri.id}`);
      out.memory = r;
      log(memoryTable(r));
    }
    if (opts.groups.includes(7)) {
      const lesson = c.routes.find((r) => r.route === "/lessons/[slug]")?.paths[0] ?? "/lessons";
      const file = mri?.imageFile ?? "/";
      c.budget.section("7");
      log(heading(7, `Server under load (autocannon, ${LOAD_SECONDS} s per row)`));
      const rows = await runLoad(
        server.url,
        [
          { target: "lesson page", path: lesson },
          { target: "case file", path: file },
        ],
        [50, 200],
        LOAD_SECONDS,
      );
      out.load = rows;
      log(loadTable(rows, LOAD_SECONDS));
    }
  } finally {
    await server.stop();
    await pacs?.down();
  }
  return out;
}
