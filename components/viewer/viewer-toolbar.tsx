"use client";
/** Toolbar: layout, window presets with the numeric W/L readout, zoom, reset and the help button. */
import type { Orientation } from "@/lib/imaging/viewport-setup";
import type { WindowPreset } from "./window-presets";

export interface ToolbarProps {
  isVolume: boolean;
  layout: "single" | "mpr";
  orientation: Orientation;
  onLayout: (l: "single" | "mpr") => void;
  onOrientation: (o: Orientation) => void;
  presets: WindowPreset[];
  /** Name of the applied preset, "" for auto. */
  preset: string;
  onPreset: (p: WindowPreset | null) => void;
  windowText: string;
  onZoom: (factor: number) => void;
  onReset: () => void;
  onHelp: () => void;
  disabled: boolean;
}

const btn =
  "rounded border border-slate-600 px-2 py-1 text-sm hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-sky-300 disabled:opacity-50";

export function ViewerToolbar(p: ToolbarProps) {
  return (
    <div role="toolbar" aria-label="Viewer tools" className="flex flex-wrap items-center gap-2">
      {p.isVolume && (
        <>
          <label className="text-sm">
            <span className="sr-only">Layout</span>
            <select
              aria-label="Layout"
              value={p.layout}
              disabled={p.disabled}
              onChange={(e) => p.onLayout(e.target.value as "single" | "mpr")}
              className="rounded border border-slate-600 bg-slate-800 px-1 py-1"
            >
              <option value="single">One view</option>
              <option value="mpr">Axial + coronal + sagittal</option>
            </select>
          </label>
          {p.layout === "single" && (
            <select
              aria-label="Orientation"
              value={p.orientation}
              disabled={p.disabled}
              onChange={(e) => p.onOrientation(e.target.value as Orientation)}
              className="rounded border border-slate-600 bg-slate-800 px-1 py-1 text-sm"
            >
              <option value="axial">Axial</option>
              <option value="coronal">Coronal</option>
              <option value="sagittal">Sagittal</option>
            </select>
          )}
        </>
      )}
      <select
        aria-label="Window preset"
        disabled={p.disabled}
        value={p.preset}
        onChange={(e) => p.onPreset(p.presets.find((x) => x.name === e.target.value) ?? null)}
        className="rounded border border-slate-600 bg-slate-800 px-1 py-1 text-sm"
      >
        <option value="">Auto window</option>
        {p.presets.map((x) => (
          <option key={x.name} value={x.name}>
            {x.name} (W {x.width} L {x.center})
          </option>
        ))}
      </select>
      <output
        data-testid="window-readout"
        aria-label="Window and level"
        className="font-mono text-xs text-slate-300"
      >
        {p.windowText}
      </output>
      <button
        type="button"
        className={btn}
        disabled={p.disabled}
        onClick={() => p.onZoom(1.25)}
        aria-label="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        className={btn}
        disabled={p.disabled}
        onClick={() => p.onZoom(0.8)}
        aria-label="Zoom out"
      >
        −
      </button>
      <button type="button" className={btn} disabled={p.disabled} onClick={p.onReset}>
        Reset
      </button>
      <button
        type="button"
        className={btn}
        onClick={p.onHelp}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
      >
        ?
      </button>
    </div>
  );
}
