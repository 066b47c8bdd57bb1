/** Numbers in plain words for feedback sentences. */

/**
 * `3.2 mm` (one decimal; whole numbers without decimals: `3 mm`). With `unit` `px` (images without
 * a physical pixel size, where world units are pixels) the same number reads `3.2 px`.
 */
export function fmtMm(mm: number, unit: "mm" | "px" = "mm"): string {
  const r = Math.round(mm * 10) / 10;
  return `${Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1)} ${unit}`;
}

/** A fraction 0–1 as a whole percentage: `0.823` → `82 %`. */
export function fmtPct(f: number): string {
  return `${Math.round(f * 100)} %`;
}

/** Two decimals: `0.823` → `0.82`. */
export function fmt2(x: number): string {
  return x.toFixed(2);
}

/**
 * Sentences about the slice the student answered on versus the target slice (one-based numbers for
 * people). Empty when they are the same slice. `why` completes "the target slice is where …".
 */
export function sliceFeedback(
  answerSlice: number,
  targetSlice: number,
  errorMm: number,
  why: string,
  unit: "mm" | "px" = "mm",
): string[] {
  if (answerSlice === targetSlice) return [`You found the right slice (${targetSlice + 1}).`];
  return [
    `You answered on slice ${answerSlice + 1}; ${why} on slice ${targetSlice + 1}, ${fmtMm(errorMm, unit)} away.`,
  ];
}
