/** The run's time budget (10 minutes by default, none with --full) and the list of reductions made. */

export const DEFAULT_BUDGET_MS = 10 * 60_000;

export class Budget {
  readonly reductions: string[] = [];
  private readonly t0 = performance.now();
  constructor(readonly limitMs: number | null) {}

  elapsedMs(): number {
    return performance.now() - this.t0;
  }

  /** Whether work estimated at `ms` still fits, keeping `reserveMs` for what must follow. */
  fits(ms: number, reserveMs = 0): boolean {
    return this.limitMs === null || this.elapsedMs() + ms + reserveMs <= this.limitMs;
  }

  reduce(what: string): void {
    this.reductions.push(what);
  }

  /** Wall time per section ("build", "1", …), in the order they ran. */
  readonly sections: { name: string; ms: number }[] = [];
  private open: { name: string; t0: number } | null = null;

  /** Ends the running section (if any) and starts `name` (none when null). */
  section(name: string | null): void {
    const now = performance.now();
    if (this.open) this.sections.push({ name: this.open.name, ms: now - this.open.t0 });
    this.open = name === null ? null : { name, t0: now };
  }
}

/**
 * The largest lesson count ≤ `n` whose estimated build fits: n, then halves down to `min` (a
 * requested `n` below `min` is tried as is); null if none fits. `estimate(n)` is in ms.
 */
export function fittingCount(
  n: number,
  min: number,
  estimate: (n: number) => number,
  fits: (ms: number) => boolean,
): number | null {
  for (let k = n; k >= Math.min(min, n); k = Math.floor(k / 2)) if (fits(estimate(k))) return k;
  return null;
}
