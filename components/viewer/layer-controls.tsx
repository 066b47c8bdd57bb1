"use client";
/** Per-annotator layer switches (with role), opacity, fill vs outline, and the palette choice. */
import type { Annotator } from "@/lib/domain/model";
import type { PaletteName } from "./palette";

export interface LayerControlsProps {
  annotators: Annotator[];
  active: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  opacity: number;
  onOpacity: (v: number) => void;
  mode: "fill" | "outline";
  onMode: (m: "fill" | "outline") => void;
  palette: PaletteName;
  onPalette: (p: PaletteName) => void;
  disabled: boolean;
  /** Shown under the legend, e.g. why the layers are off (quiz). */
  note?: string;
}

const KIND_LABEL: Record<Annotator["kind"], string> = {
  "expert-atlas": "expert atlas",
  clinician: "clinician",
  trainee: "trainee",
  researcher: "researcher, not a clinician",
  crowd: "crowd",
  algorithm: "algorithm",
  illustrative: "illustrative, not expert",
};

const focus = "focus-visible:outline-2 focus-visible:outline-sky-300";

export function LayerControls(p: LayerControlsProps) {
  return (
    <fieldset className="space-y-2 text-sm" disabled={p.disabled}>
      <legend className="font-semibold">Annotation layers</legend>
      {p.note && (
        <p className="text-xs text-slate-400" data-testid="layers-note">
          {p.note}
        </p>
      )}
      {p.annotators.map((a) => (
        <label key={a.id} className="flex items-start gap-2">
          <input
            type="checkbox"
            checked={p.active.has(a.id)}
            onChange={(e) => p.onToggle(a.id, e.target.checked)}
            className={`mt-0.5 h-4 w-4 accent-sky-500 ${focus}`}
          />
          <span className="min-w-0">
            {a.name}
            <span className="line-clamp-2 text-xs text-slate-400" title={a.role}>
              {KIND_LABEL[a.kind]}: {a.role}
            </span>
          </span>
        </label>
      ))}
      <label className="flex items-center gap-2">
        <span>Opacity</span>
        <input
          type="range"
          min={0}
          max={100}
          value={Math.round(p.opacity * 100)}
          onChange={(e) => p.onOpacity(Number(e.target.value) / 100)}
          aria-label="Overlay opacity"
          className={`flex-1 ${focus}`}
        />
      </label>
      <div className="flex items-center gap-3" role="radiogroup" aria-label="Overlay style">
        {(["fill", "outline"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1">
            <input
              type="radio"
              name="overlay-mode"
              checked={p.mode === m}
              onChange={() => p.onMode(m)}
              className={focus}
            />
            {m === "fill" ? "Fill + outline" : "Outline only"}
          </label>
        ))}
      </div>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={p.palette === "cb-safe"}
          onChange={(e) => p.onPalette(e.target.checked ? "cb-safe" : "case")}
          className={`h-4 w-4 accent-sky-500 ${focus}`}
        />
        Colour-blind-safe palette
      </label>
    </fieldset>
  );
}
