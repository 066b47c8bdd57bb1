"use client";
/**
 * The brush of the outline quiz item: stroke state (paint / erase, radius in mm), and the drawing
 * tool bar (outline / brush / eraser, radius − / +, Undo, Clear). Strokes are world mm; grading rasterises them with the
 * rule of lib/quiz/brush-raster (pixel centre within the radius of the stroke path).
 */
import { useRef, useState } from "react";
import type { ViewerBrushStroke } from "./viewer-api";
import { Button } from "@/components/ui/button";

export type OutlineTool = "outline" | "brush" | "erase";

type P3 = [number, number, number];

const TOOLS: { tool: OutlineTool; label: string; key: string }[] = [
  { tool: "outline", label: "Outline", key: "d" },
  { tool: "brush", label: "Brush", key: "b" },
  { tool: "erase", label: "Eraser", key: "e" },
];

/** Keyboard shortcut → tool (the drawing layer handles these keys in outline mode). */
export const TOOL_KEYS: Record<string, OutlineTool> = Object.fromEntries(
  TOOLS.map((t) => [t.key, t.tool]),
);

/** Radius choices in mm: steps of one in-plane pixel (`spacing`, mm) from 1 to 20; start at 2. */
export function radiusRange(spacing: readonly number[]) {
  const step = Math.max(spacing[0], spacing[1]);
  return { step, min: step, max: 20 * step, initial: 2 * step };
}

/** Brush state: the tool, the radius (mm), the finished strokes and the one being drawn. */
export function useBrush(spacing: readonly number[]) {
  const range = radiusRange(spacing);
  const [tool, setTool] = useState<OutlineTool>("outline");
  const [radiusMm, setRadiusMm] = useState(range.initial);
  const [strokes, setStrokes] = useState<ViewerBrushStroke[]>([]);
  const [live, setLive] = useState<ViewerBrushStroke | null>(null);
  const liveRef = useRef<ViewerBrushStroke | null>(null);
  const put = (s: ViewerBrushStroke | null) => {
    liveRef.current = s;
    setLive(s);
  };
  const stroke = (w: P3): ViewerBrushStroke => ({
    pathMm: [w],
    radiusMm,
    ...(tool === "erase" ? { erase: true } : {}),
  });
  const commit = (next: ViewerBrushStroke[]) => {
    setStrokes(next);
    return next;
  };
  return {
    tool,
    setTool,
    radiusMm,
    resize: (d: -1 | 1) =>
      setRadiusMm((r) => Math.min(range.max, Math.max(range.min, r + d * range.step))),
    /** Finished strokes plus the one in progress, for display. */
    shown: live ? [...strokes, live] : strokes,
    hasStrokes: strokes.length > 0,
    /** Last point of the stroke in progress (null when none). */
    lastPoint: (): P3 | null => liveRef.current?.pathMm.at(-1) ?? null,
    begin: (w: P3) => put(stroke(w)),
    extend: (w: P3) => {
      const s = liveRef.current;
      if (s) put({ ...s, pathMm: [...s.pathMm, w] });
    },
    /** Ends the stroke in progress; returns every stroke, or null when none was in progress. */
    end: (): ViewerBrushStroke[] | null => {
      const s = liveRef.current;
      put(null);
      return s ? commit([...strokes, s]) : null;
    },
    /** A one-point stroke (a disc) at `w`; returns every stroke. */
    dab: (w: P3) => commit([...strokes, stroke(w)]),
    undo: () => commit(strokes.slice(0, -1)),
    clear: () => commit([]),
  };
}

const fmtRadius = (mm: number) => `${Number(mm.toFixed(2))} mm`;

interface ToolbarProps {
  /** The outline item's current tool; null for other modes (no tool or radius buttons). */
  tool: OutlineTool | null;
  onTool: (t: OutlineTool) => void;
  radiusMm: number;
  onRadius: (delta: -1 | 1) => void;
  /** Something is drawn (Undo and Clear are enabled). */
  canUndo: boolean;
  onUndo: () => void;
  onClear: () => void;
}

/**
 * The drawing tool bar, shown below the image: outline / brush / eraser and the brush radius for
 * outline items, Undo (Backspace) and Clear (Escape) for every drawing mode.
 */
export function DrawingToolbar({
  tool,
  onTool,
  radiusMm,
  onRadius,
  canUndo,
  onUndo,
  onClear,
}: ToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label="Drawing tools"
      data-testid="drawing-tools"
      className="flex flex-wrap items-center gap-1 text-slate-100"
    >
      {tool &&
        TOOLS.map((t) => (
          <Button
            key={t.tool}
            size="xs"
            tone={tool === t.tool ? "active" : "default"}
            aria-pressed={tool === t.tool}
            data-testid={`outline-tool-${t.tool}`}
            title={`${t.label} (${t.key})`}
            onClick={() => onTool(t.tool)}
          >
            {t.label}
          </Button>
        ))}
      {tool && tool !== "outline" && (
        <>
          <Button size="xs" aria-label="Smaller brush ([)" onClick={() => onRadius(-1)}>
            −
          </Button>
          <span data-testid="brush-radius" data-radius-mm={radiusMm} className="text-xs">
            radius {fmtRadius(radiusMm)}
          </span>
          <Button size="xs" aria-label="Larger brush (])" onClick={() => onRadius(1)}>
            +
          </Button>
        </>
      )}
      <Button
        size="xs"
        className={tool ? "ml-2" : ""}
        title="Undo the last vertex or stroke (Backspace)"
        data-testid="drawing-undo"
        disabled={!canUndo}
        onClick={onUndo}
      >
        Undo
      </Button>
      <Button
        size="xs"
        title="Clear the drawing (Escape)"
        data-testid="drawing-clear"
        disabled={!canUndo}
        onClick={onClear}
      >
        Clear
      </Button>
    </div>
  );
}
