/**
 * Date shifting that keeps intervals: every DA / DT value moves by the same whole number of days
 * (times of day unchanged), so durations between any two dates of a patient are preserved.
 */

function shiftYmd(ymd: string, days: number): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(ymd);
  if (!m) return "";
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * 86_400_000;
  const d = new Date(t);
  const p = (n: number, w: number) => String(n).padStart(w, "0");
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1, 2)}${p(d.getUTCDate(), 2)}`;
}

/**
 * Shifts a DA value (`YYYYMMDD`, multi-valued with `\`, ranges with `-`) by `days`.
 * Unparseable parts (e.g. legacy `YYYY.MM.DD`) are normalised first; anything else becomes empty.
 */
export function shiftDa(value: string, days: number): string {
  return value
    .split("\\")
    .map((v) =>
      v
        .split("-")
        .map((part) => (part ? shiftYmd(part.trim().replace(/\./g, ""), days) : ""))
        .join("-"),
    )
    .join("\\");
}

/** Shifts the date part of DT values (`YYYYMMDD[HHMMSS[.F]][&ZZXX]`); a bare `YYYY` or `YYYYMM` becomes empty. */
export function shiftDt(value: string, days: number): string {
  return value
    .split("\\")
    .map((v) => {
      const m = /^(\d{8})(.*)$/.exec(v.trim());
      return m ? shiftYmd(m[1]!, days) + m[2] : "";
    })
    .join("\\");
}
