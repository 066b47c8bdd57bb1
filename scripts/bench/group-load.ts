/**
 * Group 7 — the server under load: autocannon against `next start` on 127.0.0.1 for a lesson page
 * and a case file, at 50 and 200 connections for `seconds` each: requests/s, p50/p99 latency (ms),
 * throughput, errors (connection errors + timeouts + non-2xx).
 */
import autocannon from "autocannon";
import { fmtBytes, table } from "./format";

export interface LoadRow {
  target: string;
  url: string;
  connections: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerSec: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function runLoad(
  base: string,
  targets: { target: string; path: string }[],
  connections: number[],
  seconds: number,
): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const t of targets) {
    for (const c of connections) {
      const r = await autocannon({
        url: base + t.path,
        connections: c,
        duration: seconds,
        timeout: 30,
      });
      rows.push({
        target: t.target,
        url: t.path,
        connections: c,
        reqPerSec: r.requests.average,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        bytesPerSec: r.throughput.average,
        errors: r.errors,
        timeouts: r.timeouts,
        non2xx: r.non2xx,
      });
    }
  }
  return rows;
}

export function loadTable(rows: LoadRow[], seconds: number): string {
  return (
    table(
      [
        "target",
        "url",
        "conns",
        "req/s",
        "p50",
        "p99",
        "throughput/s",
        "errors",
        "timeouts",
        "non-2xx",
      ],
      rows.map((r) => [
        r.target,
        r.url,
        String(r.connections),
        r.reqPerSec.toFixed(0),
        `${r.p50Ms} ms`,
        `${r.p99Ms} ms`,
        fmtBytes(r.bytesPerSec),
        String(r.errors),
        String(r.timeouts),
        String(r.non2xx),
      ]),
    ) +
    `\n(${seconds} s per row, 127.0.0.1, autocannon in the bench process: client and server share the 2 cores)`
  );
}
