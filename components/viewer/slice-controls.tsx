"use client";
/** Slice slider and the `k / N` indicator (one-based k) of the main viewport. */
import type { ViewSlice } from "@/lib/imaging/viewport-geometry";

export function SliceControls({
  slice,
  disabled,
  onSlice,
}: {
  slice: ViewSlice | null;
  disabled: boolean;
  onSlice: (index: number) => void;
}) {
  const n = slice?.count ?? 1;
  const k = slice?.index ?? 0;
  return (
    <div className="mt-2 flex items-center gap-3 text-sm">
      <input
        type="range"
        min={0}
        max={Math.max(0, n - 1)}
        value={k}
        disabled={disabled || n <= 1}
        onChange={(e) => onSlice(Number(e.target.value))}
        aria-label="Slice"
        aria-valuetext={`slice ${k + 1} of ${n}`}
        className="flex-1 focus-visible:outline-2 focus-visible:outline-sky-300"
      />
      <span data-testid="slice-indicator" className="w-20 text-right font-mono tabular-nums">
        {slice ? `${k + 1} / ${n}` : "– / –"}
      </span>
    </div>
  );
}
