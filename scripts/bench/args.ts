/** Command-line options of `npm run bench` (pure parsing, no side effects). */
import path from "node:path";

export const ALL_GROUPS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Group = (typeof ALL_GROUPS)[number];

export interface BenchOptions {
  /** `--full`: also the 1,000-lesson build (group 5). */
  full: boolean;
  /** `--only 1,3,7`: run these groups only (default all). */
  groups: Group[];
  /** `--runs N`: cold and warm runs per case page / NiiVue pairs (default 5, min 1). */
  runs: number;
  /** `--skip-build`: reuse an existing `.next-bench` build instead of building. */
  skipBuild: boolean;
  /** `--lessons 100,300`: synthetic lesson counts for group 5 (default 100,300; --full adds 1000). */
  lessonCounts: number[];
  /** `--port N`: port of `next start` (default 3206). */
  port: number;
  /** `--out FILE`: where to write the JSON (default bench/results.json). */
  out: string;
  /** `--no-budget` (or `--full`): no 10-minute budget, nothing is reduced. */
  noBudget: boolean;
}

/**
 * Where the results JSON goes: `--out` relative to the repository root, or as given when absolute
 * (`--out /tmp/r.json` writes /tmp/r.json, not `<repo>/tmp/r.json`).
 */
export function resultsPath(root: string, out: string): string {
  return path.resolve(root, out);
}

function value(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

function ints(s: string | undefined): number[] {
  return (s ?? "")
    .split(",")
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isInteger(x) && x > 0);
}

/** Parses argv (without node and script); unknown flags are an Error naming the flag. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const known = [
    "--full",
    "--only",
    "--runs",
    "--skip-build",
    "--lessons",
    "--port",
    "--out",
    "--no-budget",
  ];
  for (const a of argv) {
    if (a.startsWith("--") && !known.includes(a.split("=")[0]))
      throw new Error(`unknown option ${a} (known: ${known.join(" ")})`);
  }
  const full = argv.includes("--full");
  const only = ints(value(argv, "--only")).filter((g): g is Group =>
    (ALL_GROUPS as readonly number[]).includes(g),
  );
  const lessons = ints(value(argv, "--lessons"));
  const runs = ints(value(argv, "--runs"))[0] ?? 5;
  return {
    full,
    groups: only.length ? only : [...ALL_GROUPS],
    runs,
    skipBuild: argv.includes("--skip-build"),
    lessonCounts: lessons.length ? lessons : full ? [100, 300, 1000] : [100, 300],
    port: ints(value(argv, "--port"))[0] ?? 3206,
    out: value(argv, "--out") ?? "bench/results.json",
    noBudget: full || argv.includes("--no-budget"),
  };
}
