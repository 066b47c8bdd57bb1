/** Plain-text report of item calibrations (the `items:calibrate` CLI). Pure. */
import type { ItemCalibration } from "./calibrate-item";

const num = (v: number) => (Number.isFinite(v) ? String(v) : "∞");

/**
 * One block per item: header (id, type, case, slice, pass mark, margin, OK/FAIL), then one line per
 * probe: kind, name, must pass/fail, graded value and score, and "!!" when it does the wrong thing.
 */
export function formatCalibration(c: ItemCalibration, source?: string): string {
  const rule = c.metric === "distance" ? "≤" : "≥";
  const head =
    `${c.problems.length ? "FAIL" : "ok  "} ${c.itemId} (${c.type}${c.caseId ? `, ${c.caseId}` : ""}` +
    `${c.slice !== undefined ? `, slice ${c.slice}` : ""}) pass ${c.metric} ${rule} ${num(c.passMark)}` +
    `, margin ${c.margin === null ? "n/a" : num(c.margin)}${source ? `  [${source}]` : ""}`;
  const lines = c.probes.map(
    (p) =>
      `    ${p.ok ? "  " : "!!"} ${p.kind.padEnd(13)} ${p.name.padEnd(48)} must ${p.expect.padEnd(6)} ` +
      `${c.metric} ${num(p.value).padStart(7)}  score ${String(p.score).padStart(3)}  ${p.correct ? "passes" : "fails"}`,
  );
  return [head, ...lines, ...c.problems.map((p) => `    problem: ${p}`)].join("\n");
}
