/**
 * `npm run bench` — prints a table per group and writes bench/results.json. Numbers only: nothing
 * here passes or fails on timings. Groups: 1 first image per case page, 2 NiiVue peer, 3 bytes,
 * 4 grading, 5 build scale, 6 memory, 7 server under load. Options: see `args.ts` (`--full` adds
 * the 1,000-lesson build and lifts the 10-minute budget).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs, resultsPath } from "./args";
import { Budget, DEFAULT_BUDGET_MS } from "./budget";
import { launchBrowser } from "./browser";
import { listCases } from "./cases";
import { fmtMs, heading } from "./format";
import { runGrading, gradingTable } from "./group-grading";
import { runBuildScale, scaleTable } from "./group-build-scale";
import { machineInfo, machineLine } from "./machine";
import { nextBuild, type BuildResult } from "./next-app";
import { parseRouteTable } from "./route-table";
import { routesFromAppDir } from "./app-routes";
import { runSiteGroups } from "./site-groups";

const ROOT = process.cwd();
const DIST = ".next-bench";

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const budget = new Budget(opts.noBudget ? null : DEFAULT_BUDGET_MS);
  const out: Record<string, unknown> = { startedAt: new Date().toISOString(), options: opts };
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const browser = await launchBrowser();
  const machine = machineInfo(browser.version());
  out.machine = machine;
  log(machineLine(machine));
  if (machine.loadAvg1 > machine.cpus)
    log(
      `note: load average ${machine.loadAvg1} on ${machine.cpus} cores — other work is running; timings are noisy.`,
    );

  const needSite = opts.groups.some((g) => [1, 2, 3, 6, 7].includes(g));
  let build: BuildResult | null = null;
  if (needSite || opts.groups.includes(5)) {
    if (opts.skipBuild && fs.existsSync(path.join(ROOT, DIST, "BUILD_ID"))) {
      log(`build: reusing ${DIST} (--skip-build)`);
    } else {
      budget.section("build");
      log(`build: next build --webpack into ${DIST} (cold)…`);
      build = await nextBuild(ROOT, DIST);
      log(`build: ${build.ok ? "ok" : "FAILED"} in ${fmtMs(build.ms)}`);
      if (!build.ok) throw new Error(`next build failed:\n${build.output.slice(-3000)}`);
      fs.writeFileSync(path.join(ROOT, DIST, "bench-build-output.txt"), build.output);
      fs.writeFileSync(
        path.join(ROOT, DIST, "bench-build.json"),
        JSON.stringify({ ms: Math.round(build.ms) }),
      );
    }
  }
  out.build = build ? { ms: Math.round(build.ms), ok: build.ok } : { reused: true };
  const buildMsFile = path.join(ROOT, DIST, "bench-build.json");
  const baselineMs =
    build?.ms ??
    (fs.existsSync(buildMsFile)
      ? (JSON.parse(fs.readFileSync(buildMsFile, "utf8")) as { ms: number }).ms
      : null);
  const buildOutputFile = path.join(ROOT, DIST, "bench-build-output.txt");
  let routes = parseRouteTable(
    build?.output ??
      (fs.existsSync(buildOutputFile) ? fs.readFileSync(buildOutputFile, "utf8") : ""),
  );
  if (!routes.length) {
    routes = routesFromAppDir(ROOT);
    log(
      "note: no route table from the build output; routes taken from app/ (parameters filled with a case id)",
    );
  }

  if (needSite) {
    const cases = listCases(ROOT);
    Object.assign(
      out,
      await runSiteGroups({ root: ROOT, dist: DIST, opts, browser, cases, routes, budget, log }),
    );
  }
  await browser.close();

  if (opts.groups.includes(4)) {
    budget.section("4");
    log(heading(4, "Grading (Node, lib/domain via scripts/bench/grading.ts)"));
    const g = await runGrading(ROOT, opts.runs);
    out.grading = g;
    log(gradingTable(g));
  }

  if (opts.groups.includes(5)) {
    budget.section("5");
    log(
      heading(
        5,
        "Build scale (synthetic lessons, cold next build --webpack in a copy in the OS temp dir)",
      ),
    );
    const caseId = listCases(ROOT).find((c) => c.id === "colin27")?.id ?? listCases(ROOT)[0].id;
    const s = await runBuildScale(
      ROOT,
      opts.lessonCounts,
      baselineMs,
      caseId,
      (ms) => budget.fits(ms),
      (w) => budget.reduce(w),
      log,
    );
    out.buildScale = s;
    log(scaleTable(s));
  }

  budget.section(null);
  out.reductions = budget.reductions;
  out.sectionSeconds = Object.fromEntries(
    budget.sections.map((x) => [x.name, Math.round(x.ms / 1000)]),
  );
  out.durationMs = Math.round(budget.elapsedMs());
  out.finishedAt = new Date().toISOString();
  const outFile = resultsPath(ROOT, opts.out);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify(out, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`,
  );
  log(`\n${machineLine(machine)}`);
  log(
    budget.reductions.length
      ? `reduced to fit the 10-minute budget:\n  ${budget.reductions.join("\n  ")}`
      : "no reductions",
  );
  log(
    `total ${fmtMs(budget.elapsedMs())} (${budget.sections.map((x) => `${x.name === "build" ? "site build" : `group ${x.name}`} ${fmtMs(x.ms)}`).join(" · ")}); results in ${outFile}`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(
    `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
