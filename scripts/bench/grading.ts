/**
 * Grading benchmark: Dice + HD95 + NSD (`compareMasks`, which computes every metric at once) on
 * 128³ and 256³ mask pairs and on one 512² slice (a student's 2D answer), and binary STAPLE on 5
 * raters of 256². Prints one line per case and, last, one line of JSON. Not a test: timings depend
 * on the machine.
 *
 *   npm run --silent bench:grading [-- --runs N]
 *
 * Masks: a reference ellipsoid filling about a third of the grid, and an answer ellipsoid shifted by
 * 3 voxels with a bumpy surface — large surfaces, so the distance transforms do real work.
 */
import os from "node:os";
import { compareMasks } from "../../lib/domain/grading";
import { staple } from "../../lib/domain/agreement";
import type { Mask } from "../../lib/domain/geometry/mask";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

function ellipsoids(n: number): [Mask, Mask] {
  const dims: [number, number, number] = [n, n, n];
  const spacing: [number, number, number] = [0.8, 0.8, 1.5];
  const a = new Uint8Array(n * n * n);
  const b = new Uint8Array(n * n * n);
  const c = n / 2;
  const r = n * 0.35;
  for (let k = 0, p = 0; k < n; k++)
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++, p++) {
        const x = (i - c) / r;
        const y = (j - c) / (r * 0.8);
        const z = (k - c) / (r * 0.9);
        a[p] = x * x + y * y + z * z <= 1 ? 1 : 0;
        const xs = (i - c - 3) / r;
        const bump = 1 + 0.05 * Math.sin(i / 3) * Math.cos(j / 4);
        b[p] = xs * xs + y * y + z * z <= bump ? 1 : 0;
      }
  return [
    { grid: { dims, spacing }, data: a },
    { grid: { dims, spacing }, data: b },
  ];
}

function raters(n: number, count: number): Mask[] {
  const out: Mask[] = [];
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  for (let r = 0; r < count; r++) {
    const data = new Uint8Array(n * n);
    const dx = (rnd() - 0.5) * 6;
    const rad = n * (0.3 + (rnd() - 0.5) * 0.04);
    for (let j = 0, p = 0; j < n; j++)
      for (let i = 0; i < n; i++, p++) {
        const d = Math.hypot(i - n / 2 - dx, j - n / 2);
        data[p] = d <= rad + 2 * Math.sin(i / 7 + r) ? 1 : 0;
      }
    out.push({ grid: { dims: [n, n, 1], spacing: [0.5, 0.5, 1] }, data });
  }
  return out;
}

/** Wall-clock and CPU time (ms) of `fn`; CPU time is less sensitive to other load on the machine. */
function time(fn: () => void): { median: number; min: number; cpuMedian: number } {
  fn(); // warm-up (JIT)
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    const u = process.cpuUsage();
    fn();
    const du = process.cpuUsage(u);
    t.push(performance.now() - s);
    c.push((du.user + du.system) / 1000);
  }
  t.sort((x, y) => x - y);
  c.sort((x, y) => x - y);
  return { median: t[Math.floor(t.length / 2)], min: t[0], cpuMedian: c[Math.floor(c.length / 2)] };
}

const results: Record<string, { medianMs: number; minMs: number; cpuMedianMs: number }> = {};
const row = (t: ReturnType<typeof time>) => ({
  medianMs: +t.median.toFixed(1),
  minMs: +t.min.toFixed(1),
  cpuMedianMs: +t.cpuMedian.toFixed(1),
});
const say = (t: ReturnType<typeof time>) =>
  `median ${t.median.toFixed(1)} ms, min ${t.min.toFixed(1)} ms, CPU median ${t.cpuMedian.toFixed(1)} ms`;
for (const n of [128, 256]) {
  const [a, b] = ellipsoids(n);
  let m = compareMasks(a, b, { nsdToleranceMm: 2 });
  const t = time(() => {
    m = compareMasks(a, b, { nsdToleranceMm: 2 });
  });
  results[`compareMasks ${n}^3`] = row(t);
  process.stdout.write(
    `compareMasks ${n}³ (Dice ${m.dice.toFixed(3)}, HD95 ${m.hd95.toFixed(2)} mm, NSD ${m.nsd.toFixed(3)}, ` +
      `${m.referenceBoundaryVoxels + m.answerBoundaryVoxels} boundary voxels): ${say(t)}\n`,
  );
}
{
  // A student's 2D answer on one 512² slice: a disc against the reference disc shifted by 2 pixels.
  const [a, b] = raters(512, 2);
  let m = compareMasks(a, b, { nsdToleranceMm: 2 });
  const t = time(() => {
    m = compareMasks(a, b, { nsdToleranceMm: 2 });
  });
  results["compareMasks 512^2"] = row(t);
  process.stdout.write(
    `compareMasks 512² (Dice ${m.dice.toFixed(3)}, HD95 ${m.hd95.toFixed(2)} mm, ` +
      `${m.referenceBoundaryVoxels + m.answerBoundaryVoxels} boundary pixels): ${say(t)}\n`,
  );
}
{
  const rs = raters(256, 5);
  let s = staple(rs);
  const t = time(() => {
    s = staple(rs);
  });
  results["staple 5x256^2"] = row(t);
  process.stdout.write(
    `STAPLE 5 raters × 256² (${s.voxels} voxels, ${s.iterations} iterations): ${say(t)}\n`,
  );
}
const load = os.loadavg()[0];
process.stdout.write(
  `${JSON.stringify({ runs: RUNS, node: process.version, loadAverage1m: +load.toFixed(2), results })}\n`,
);
