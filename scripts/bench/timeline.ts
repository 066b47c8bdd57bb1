/**
 * A one-line breakdown of a page load from its resource timings (ms since navigation start): when
 * the JS finished, how often and when each case file was fetched, and when the first frame came.
 * Used to find the largest cost in the first-image numbers.
 */
import type { ProbeResult } from "./probe";
import { fmtBytes, fmtMs } from "./format";

export interface FileFetches {
  name: string;
  count: number;
  /** Bytes over the wire, summed over fetches. */
  transfer: number;
  firstStart: number;
  lastEnd: number;
}

export interface Timeline {
  domContentLoaded: number;
  /** End of the last JS response. */
  jsDone: number;
  jsTransfer: number;
  files: FileFetches[];
  anatomyAt: number | null;
  overlayAt: number | null;
}

export function timeline(r: ProbeResult): Timeline {
  const js = r.resources.filter((x) => x.name.endsWith(".js"));
  const byName = new Map<string, FileFetches>();
  for (const x of r.resources.filter(
    (y) => /^\/cases\/.*\.(nii(\.gz)?|png|jpe?g|dcm)$/.test(y.name) && !/thumbnail/.test(y.name),
  )) {
    const f = byName.get(x.name) ?? {
      name: x.name,
      count: 0,
      transfer: 0,
      firstStart: Infinity,
      lastEnd: 0,
    };
    f.count++;
    f.transfer += x.transfer;
    f.firstStart = Math.min(f.firstStart, x.start);
    f.lastEnd = Math.max(f.lastEnd, x.end);
    byName.set(x.name, f);
  }
  return {
    domContentLoaded: r.domContentLoaded,
    jsDone: js.length ? Math.max(...js.map((x) => x.end)) : NaN,
    jsTransfer: js.reduce((s, x) => s + x.transfer, 0),
    files: [...byName.values()].sort((a, b) => a.firstStart - b.firstStart),
    anatomyAt: r.anatomyAt,
    overlayAt: r.overlayAt,
  };
}

export function timelineText(t: Timeline): string {
  const files = t.files
    .map(
      (f) =>
        `${f.name.split("/").pop()} ×${f.count} (${fmtBytes(f.transfer)}) ${fmtMs(f.firstStart)}→${fmtMs(f.lastEnd)}`,
    )
    .join("; ");
  return `DOMContentLoaded ${fmtMs(t.domContentLoaded)} · JS done ${fmtMs(t.jsDone)} (${fmtBytes(t.jsTransfer)} over the wire) · files: ${files || "none"} · first image ${fmtMs(t.anatomyAt ?? NaN)} · overlay ${fmtMs(t.overlayAt ?? NaN)}`;
}
