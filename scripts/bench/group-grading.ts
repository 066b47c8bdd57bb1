/**
 * Group 4 — grading in Node: runs helper-1's `scripts/bench/grading.ts` (Dice + HD95 + NSD on 128³
 * and 256³ mask pairs, STAPLE on 5 raters of 256²) as a child process and reads its last JSON line.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { fmtMs, table } from "./format";

export interface GradingResult {
  lines: string[];
  results: Record<string, { medianMs: number; minMs: number }>;
  runs: number;
  error?: string;
}

/** The last line of `stdout` that parses as a JSON object with `results`, plus the lines before it. */
export function parseGradingOutput(stdout: string): Omit<GradingResult, "error"> | null {
  const lines = stdout.split(/\r?\n/).filter((l) => l.trim());
  for (let i = lines.length - 1; i >= 0; i--) {
    try {
      const j = JSON.parse(lines[i]) as { results?: GradingResult["results"]; runs?: number };
      if (j && typeof j === "object" && j.results)
        return { lines: lines.slice(0, i), results: j.results, runs: j.runs ?? NaN };
    } catch {
      /* not JSON */
    }
  }
  return null;
}

export function runGrading(root: string, runs: number): Promise<GradingResult> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  return new Promise((resolve) => {
    execFile(
      tsx,
      ["scripts/bench/grading.ts", "--runs", String(runs)],
      { cwd: root, maxBuffer: 1 << 24, timeout: 300_000 },
      (err, stdout, stderr) => {
        const parsed = parseGradingOutput(stdout);
        if (parsed) resolve(parsed);
        else
          resolve({
            lines: [],
            results: {},
            runs,
            error: (err?.message ?? "") + stderr.slice(-500) || "no JSON line in the output",
          });
      },
    );
  });
}

export function gradingTable(r: GradingResult): string {
  if (r.error) return `grading bench failed: ${r.error}`;
  const t = table(
    ["case", "median", "min"],
    Object.entries(r.results).map(([k, v]) => [k, fmtMs(v.medianMs), fmtMs(v.minMs)]),
  );
  return `${t}\n${r.lines.map((l) => `  ${l}`).join("\n")}`;
}
