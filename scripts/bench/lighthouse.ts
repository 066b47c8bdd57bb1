/**
 * Lighthouse scores (mobile profile, Lighthouse's default: simulated 4× CPU slowdown and slow 4G)
 * for the home page, a lesson and a case page, with Debian's Chromium. Serves an existing build
 * (`next start`), runs the `lighthouse` CLI once per page, one page at a time, prints a table and
 * one line of JSON. Numbers only; the performance score moves with the machine's load (the
 * `loadAverage1m` in the JSON says how busy it was).
 *
 *   npm run --silent bench:lighthouse [-- --dist .next-bench --port 3207]
 *
 * `--dist` is a build folder (default `.next-bench`, the one `npm run bench` builds). The CLI is
 * `node_modules/.bin/lighthouse` or `$LIGHTHOUSE_BIN`; Chromium is `$CHROME_PATH` or
 * /usr/bin/chromium.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { table } from "./format";
import { nextStart } from "./next-app";

const ROUTES = [
  { route: "/", url: "/" },
  { route: "lesson", url: "/lessons/ct-windowing-hounsfield" },
  { route: "case", url: "/cases/abdomen-ct" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

interface Report {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/** Runs the CLI on `url`; resolves to its JSON report (throws with the CLI's output on failure). */
function lighthouse(bin: string, url: string, out: string): Promise<Report> {
  const args = [
    url,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox",
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" };
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: 300_000 }, (err, stdout, stderr) => {
      // A runtime error (e.g. a DevTools protocol timeout on a busy machine) still writes a
      // report with scores; it is named in the table. No report at all is a failure.
      if (fs.existsSync(out)) return resolve(JSON.parse(fs.readFileSync(out, "utf8")) as Report);
      reject(new Error(`lighthouse ${url}: ${err?.message ?? "no report"}\n${stdout}${stderr}`));
    });
  });
}

/** The worst audits (score < 0.5, lowest first, at most 5), as "id (displayValue)". */
function failing(r: Report): string[] {
  return Object.entries(r.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.5)
    .sort(([, a], [, b]) => (a.score ?? 0) - (b.score ?? 0))
    .slice(0, 5)
    .map(([id, a]) => (a.displayValue ? `${id} (${a.displayValue})` : id));
}

async function main(): Promise<void> {
  const root = process.cwd();
  const dist = arg("--dist", ".next-bench");
  const port = Number(arg("--port", "3207"));
  const bin = process.env.LIGHTHOUSE_BIN ?? path.join(root, "node_modules", ".bin", "lighthouse");
  if (!fs.existsSync(bin)) throw new Error(`${bin}: lighthouse is not installed (npm ci)`);
  if (!fs.existsSync(path.join(root, dist, "BUILD_ID"))) {
    throw new Error(
      `${dist}: no build there (run npm run bench, or next build with NEXT_DIST_DIR)`,
    );
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  const server = await nextStart(root, dist, port);
  const results: Record<string, Record<string, number | null>> = {};
  const rows: string[][] = [];
  try {
    for (const { route, url } of ROUTES) {
      const r = await lighthouse(
        bin,
        server.url + url,
        path.join(tmp, `${route.replace(/\W/g, "_")}.json`),
      );
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const s = r.categories[c]?.score;
          return [c, s === null || s === undefined ? null : Math.round(s * 100)];
        }),
      );
      results[url] = scores;
      const notes = [
        ...(r.runtimeError ? [`runtime error: ${r.runtimeError.code}`] : []),
        ...failing(r),
      ];
      rows.push([url, ...CATEGORIES.map((c) => String(scores[c] ?? "–")), notes.join(", ")]);
    }
  } finally {
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`${table(["page", ...CATEGORIES, "notes: worst audits"], rows)}\n`);
  const load = +os.loadavg()[0].toFixed(2);
  process.stdout.write(`${JSON.stringify({ loadAverage1m: load, results })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:lighthouse: ${(e as Error).message}\n`);
  process.exit(1);
});
