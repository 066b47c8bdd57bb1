/**
 * Group 5 — build scale: a temp copy of the site (in the OS temp folder, see `scaleDir`: content,
 * app, components, lib, config and the root configs copied; node_modules and public symlinked) with N synthetic
 * lessons added, timed with a cold `next build --webpack` (its dist folder removed first). Prints
 * seconds per lesson: total, marginal (against the real site's own build as the N≈0 point) and the
 * slope between rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { nextBuild } from "./next-app";
import { synthLesson, synthLessonName } from "./synth-lessons";
import { fittingCount } from "./budget";
import { fmtMs, table } from "./format";

const COPY_DIRS = ["content", "app", "components", "lib", "config"];
const COPY_FILES = [
  ".gitignore",
  "next.config.mjs",
  "contentlayer.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "package.json",
  "next-env.d.ts",
];
const DIST = ".next-scale";

export interface ScaleRow {
  lessons: number;
  /** Lessons in the copy (synthetic + the real ones). */
  totalLessons: number;
  ms: number;
  ok: boolean;
  msPerLesson: number;
  /** (ms − baseline ms) / synthetic lessons; NaN without a baseline. */
  marginalMsPerLesson: number;
  error?: string;
}

export interface ScaleResult {
  rows: ScaleRow[];
  baselineMs: number | null;
  skipped: { lessons: number; reason: string }[];
}

/** (Re)creates the copy with `n` synthetic lessons; returns its lesson count. */
export function prepareCopy(root: string, dir: string, n: number, caseId: string): number {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const d of COPY_DIRS)
    if (fs.existsSync(path.join(root, d)))
      fs.cpSync(path.join(root, d), path.join(dir, d), { recursive: true });
  for (const f of COPY_FILES)
    if (fs.existsSync(path.join(root, f))) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.symlinkSync(path.join(root, "public"), path.join(dir, "public"), "dir");
  return setSyntheticLessons(dir, n, caseId);
}

/**
 * Makes the copy hold exactly synthetic lessons 1..n (writes the missing ones, removes those above
 * n), so the next row reuses the copy instead of copying the site again; returns its lesson count.
 */
export function setSyntheticLessons(dir: string, n: number, caseId: string): number {
  const lessons = path.join(dir, "content", "lessons");
  fs.mkdirSync(lessons, { recursive: true });
  const present = new Set(fs.readdirSync(lessons));
  for (let i = 1; i <= n; i++)
    if (!present.has(synthLessonName(i)))
      fs.writeFileSync(path.join(lessons, synthLessonName(i)), synthLesson(i, caseId));
  for (let i = n + 1; present.has(synthLessonName(i)); i++)
    fs.rmSync(path.join(lessons, synthLessonName(i)));
  return fs.readdirSync(lessons).filter((f) => f.endsWith(".mdx")).length;
}

/** Lessons the content layer of `dir` generated (its `.contentlayer/generated/Lesson/*.json`). */
function generatedLessons(dir: string): number {
  const d = path.join(dir, ".contentlayer", "generated", "Lesson");
  return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(".mdx.json")).length : 0;
}

/**
 * Where the copy is built: a fresh folder in the OS temp dir, never inside the repository. Inside
 * it (bench/tmp, git-ignored) Tailwind's automatic source detection scanned far more than the
 * site's own files: the copy's CSS came out at 193 kB instead of the site's 42.6 kB and its compile
 * took 82 s instead of 34 s with no synthetic lesson at all (27 Nov, quiet machine), which made
 * every row look like a per-lesson cost. In /tmp the copy builds like the site (34 s, 42.6 kB).
 */
export function scaleDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-scale-"));
}

/** Guess of the marginal build cost per lesson before any scale build ran, ms (refined after the first). */
const GUESS_MS_PER_LESSON = 400;

/** Lesson counts the issue asks of every default run: always built, never reduced by the budget. */
export const REQUIRED_COUNTS = [100, 300];

/**
 * Builds the copy for each N in order (one copy of the site, its synthetic lessons set per row).
 * N in REQUIRED_COUNTS is always built. For larger N, `fits(estimateMs)` says whether a build may
 * still run (the 10-minute budget); when N does not fit, the largest of N/2, N/4, … (≥ 25) that
 * fits is built instead and `reduce` is told. Estimates are linear: baseline + marginal cost × N.
 */
export async function runBuildScale(
  root: string,
  counts: number[],
  baselineMs: number | null,
  caseId: string,
  fits: (estimateMs: number) => boolean,
  reduce: (what: string) => void,
  log: (s: string) => void,
): Promise<ScaleResult> {
  const dir = scaleDir();
  const rows: ScaleRow[] = [];
  const skipped: ScaleResult["skipped"] = [];
  const base = baselineMs ?? 120_000;
  try {
    for (const n of counts) {
      const last = rows.filter((r) => r.ok).at(-1);
      const perLesson = last ? Math.max(50, (last.ms - base) / last.lessons) : GUESS_MS_PER_LESSON;
      const estimate = (k: number) => base + perLesson * k;
      const k = REQUIRED_COUNTS.includes(n) ? n : fittingCount(n, 25, estimate, fits);
      if (k === null) {
        skipped.push({
          lessons: n,
          reason: `estimated ${fmtMs(estimate(n))} would exceed the 10-minute budget`,
        });
        reduce(
          `build scale: N=${n} skipped (estimated ${fmtMs(estimate(n))}, over the 10-minute budget)`,
        );
        continue;
      }
      if (k !== n)
        reduce(
          `build scale: N=${n} reduced to N=${k} (N=${n} estimated ${fmtMs(estimate(n))}, over the 10-minute budget)`,
        );
      if (rows.some((r) => r.lessons === k)) continue;
      log(`build scale: ${k} synthetic lessons…`);
      const total = fs.existsSync(path.join(dir, "package.json"))
        ? setSyntheticLessons(dir, k, caseId)
        : prepareCopy(root, dir, k, caseId);
      fs.rmSync(path.join(dir, ".contentlayer"), { recursive: true, force: true });
      // Timed like the site's own build: next-contentlayer2 generates the lessons inside `next build`.
      const built = await nextBuild(dir, DIST);
      const generated = generatedLessons(dir);
      const b =
        built.ok && generated !== total
          ? {
              ...built,
              ok: false,
              output: `the copy's content layer holds ${generated} lessons, expected ${total}`,
            }
          : built;
      rows.push({
        lessons: k,
        totalLessons: total,
        ms: b.ms,
        ok: b.ok,
        msPerLesson: b.ms / k,
        marginalMsPerLesson: baselineMs ? (b.ms - baselineMs) / k : NaN,
        error: b.ok ? undefined : b.output.slice(-800),
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { rows, baselineMs, skipped };
}

/** (build − previous ok row's build) / (lessons added), in s as text; "—" for the first ok row. */
export function slope(rows: ScaleRow[], i: number): string {
  const prev = rows
    .slice(0, i)
    .filter((x) => x.ok)
    .at(-1);
  const x = rows[i];
  if (!prev || !x.ok || x.lessons === prev.lessons) return "—";
  return ((x.ms - prev.ms) / (x.lessons - prev.lessons) / 1000).toFixed(3);
}

export function scaleTable(r: ScaleResult): string {
  const t = table(
    [
      "synthetic lessons",
      "lessons in build",
      "next build",
      "s / lesson",
      "marginal s / lesson",
      "s / lesson added since previous row",
      "ok",
    ],
    r.rows.map((x, i) => [
      String(x.lessons),
      String(x.totalLessons),
      fmtMs(x.ms),
      (x.msPerLesson / 1000).toFixed(2),
      Number.isFinite(x.marginalMsPerLesson) ? (x.marginalMsPerLesson / 1000).toFixed(2) : "—",
      slope(r.rows, i),
      x.ok ? "yes" : `FAILED: ${(x.error ?? "").split("\n").filter(Boolean).at(-1) ?? ""}`,
    ]),
  );
  const base = r.baselineMs
    ? `baseline: the site's own build (real lessons only) took ${fmtMs(r.baselineMs)} (marginal = (build − baseline) / N; a few seconds of run-to-run noise can make it negative at small N, the row-to-row slope is steadier)`
    : "baseline: none (the site build was reused)";
  const skip = r.skipped
    .map(
      (s) =>
        `reduced: N=${s.lessons} skipped — ${s.reason}; run \`npm run bench:full\` or \`--lessons ${s.lessons}\``,
    )
    .join("\n");
  return [t, base, skip].filter(Boolean).join("\n");
}
