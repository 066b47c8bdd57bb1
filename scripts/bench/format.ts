/** Human-readable numbers and plain-text tables for the bench printout. */

/** Milliseconds as "1234 ms" (below 10 s) or "12.3 s"; "—" for NaN. */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  return ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes as B / kB / MB with decimal (1000) units, as browsers' devtools and Next print them; "—" for NaN. */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "—";
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** A ratio as "1.23×"; "—" for NaN. */
export function fmtRatio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : "—";
}

/**
 * Renders rows as an aligned text table with a header rule. Columns whose cells all look numeric
 * (start with a digit, a minus or "—") are right-aligned; the others are left-aligned.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cols = header.length;
  const cells = [header, ...rows].map((r) => Array.from({ length: cols }, (_, i) => r[i] ?? ""));
  const width = Array.from({ length: cols }, (_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = Array.from(
    { length: cols },
    (_, i) => rows.length > 0 && rows.every((r) => /^(-?\d|—)/.test(r[i] ?? "")),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join("  ")
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head), width.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** A group heading, e.g. "== 1. Time to first image ==". */
export function heading(n: number, title: string): string {
  return `\n== ${n}. ${title} ==`;
}
