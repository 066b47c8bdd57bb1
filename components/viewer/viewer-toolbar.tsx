"use client";
/**
 * Toolbar: layout, window presets with the numeric W/L readout, and the buttons of the command
 * table (zoom, reset, help: `commands.ts`).
 */
import type { Types } from "@cornerstonejs/core";
import { getWindow } from "@/lib/imaging/view-actions";
import type { Orientation } from "@/lib/imaging/viewport-setup";
import { Button } from "@/components/ui/button";
import { COMMANDS } from "./commands";
import { useViewportValue } from "./use-viewport-render";
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
  /** The main viewport, whose window/level the readout shows (undefined while loading). */
  viewport: Types.IViewport | undefined;
  /** Runs a command of `COMMANDS` as if `key` had been pressed. */
  onCommand: (id: string, key: string) => void;
  disabled: boolean;
}

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
        <WindowText viewport={p.viewport} />
      </output>
      {COMMANDS.flatMap((c) =>
        (c.toolbar ?? []).map((t) => (
          <Button
            key={`${c.id}:${t.key}`}
            size="sm"
            disabled={p.disabled && !t.whileLoading}
            onClick={() => p.onCommand(c.id, t.key)}
            aria-label={t.ariaLabel}
            aria-keyshortcuts={t.key}
          >
            {t.text}
          </Button>
        )),
      )}
    </div>
  );
}

/** "W 400 L 40" of the viewport, kept current as it renders ("W – L –" without one). */
function WindowText({ viewport }: { viewport: Types.IViewport | undefined }) {
  const text = useViewportValue(
    viewport,
    (vp) => {
      const w = getWindow(vp);
      return w ? `W ${Math.round(w.width)} L ${Math.round(w.center)}` : "W – L –";
    },
    "W – L –",
  );
  return <>{text}</>;
}
