/**
 * Command line of `npm run deid` (pure: no file system). Every option that takes a value must
 * have one: a flag followed by nothing, by an empty string or by another `--flag` is an error
 * (a silent default once kept real dates, or hashed UIDs with an empty salt). A zero date shift
 * keeps the real dates, so it is only accepted as the explicit `--keep-dates`.
 */

export const USAGE =
  "usage: npm run deid -- IN_DIR OUT_DIR [--shift-days N | --keep-dates] [--salt S] [--safe-private F.json] [--report F] [--overwrite]";

export interface DeidArgs {
  inDir: string;
  outDir: string;
  /** Whole days added to every date (never 0); undefined = dates are removed, or kept (keepDates). */
  shiftDays?: number;
  /** Dates kept unchanged (explicit `--keep-dates`). */
  keepDates: boolean;
  salt?: string;
  safePrivate?: string;
  report?: string;
  /** Replace a non-empty OUT_DIR (as a whole, once the batch is written). */
  overwrite: boolean;
}

const VALUED = new Set(["--shift-days", "--salt", "--safe-private", "--report"]);
const SWITCHES = new Set(["--keep-dates", "--overwrite"]);

/** Parses argv (without node and script). The first problem found is returned as one line. */
export function parseDeidArgs(
  argv: readonly string[],
): { ok: true; value: DeidArgs } | { ok: false; error: string } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (SWITCHES.has(a)) switches.add(a);
    else if (VALUED.has(a)) {
      const v = argv[i + 1];
      if (v === undefined || v.trim() === "" || v.startsWith("--"))
        return { ok: false, error: `${a} needs a value` };
      if (values.has(a)) return { ok: false, error: `${a} given twice` };
      values.set(a, v);
      i++;
    } else if (a.startsWith("--")) return { ok: false, error: `unknown option ${a}` };
    else positional.push(a);
  }
  if (positional.length !== 2)
    return { ok: false, error: `expected IN_DIR and OUT_DIR, got ${positional.length} path(s)` };
  const keepDates = switches.has("--keep-dates");
  const shiftText = values.get("--shift-days");
  let shiftDays: number | undefined;
  if (shiftText !== undefined) {
    if (keepDates) return { ok: false, error: "--shift-days and --keep-dates exclude each other" };
    shiftDays = Number(shiftText);
    if (!/^[+-]?\d+$/.test(shiftText.trim()) || !Number.isSafeInteger(shiftDays))
      return {
        ok: false,
        error: `--shift-days must be a whole number of days, got "${shiftText}"`,
      };
    if (shiftDays === 0)
      return {
        ok: false,
        error: "--shift-days 0 would keep the real dates: give a non-zero shift, or --keep-dates",
      };
  }
  return {
    ok: true,
    value: {
      inDir: positional[0]!,
      outDir: positional[1]!,
      shiftDays,
      keepDates,
      salt: values.get("--salt"),
      safePrivate: values.get("--safe-private"),
      report: values.get("--report"),
      overwrite: switches.has("--overwrite"),
    },
  };
}
