"use client";
/**
 * The student's drawing layer over the main (axial) viewport for quiz answers: point, landmark,
 * box (drag) and outline (click vertices or drag freehand; Enter or clicking the first vertex
 * closes; Backspace removes a vertex; Escape clears; arrow keys move a keyboard cursor, Space adds a
 * vertex / places the point). Outline items also have a brush and an eraser (tool bar, or keys
 * b / e, d back to the outline; [ and ] change the radius in mm): each stroke paints or erases
 * discs along its path, Space dabs at the keyboard cursor. Answers are world mm (LPS) on the shown
 * slice; drawing with one tool clears what the other drew, so the answer is what is shown.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import { viewSlice } from "@/lib/imaging/viewport-geometry";
import { BrushPaint, radiusPx } from "./brush-paint";
import { OutlineToolbar, TOOL_KEYS, useBrush } from "./student-brush";
import { StudentShapes } from "./student-shapes";
import type { ViewerAnswer, ViewerBrushStroke, ViewerInteraction } from "./viewer-api";

type P3 = [number, number, number];

interface Props {
  viewport: Types.IViewport;
  grid: GridSpec;
  mode: Exclude<ViewerInteraction, "navigate">;
  onAnswer: (a: ViewerAnswer) => void;
  /** Wheel over the drawing layer scrolls slices through this (absent when the slice is locked). */
  onScroll?: (delta: number) => void;
  tick: number;
}

export function StudentDrawing({ viewport, grid, mode, onAnswer, onScroll, tick }: Props) {
  const [points, setPoints] = useState<P3[]>([]);
  const [closed, setClosed] = useState(false);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const drag = useRef<{ start: P3; freehand: boolean } | null>(null);
  const brush = useBrush(grid.spacing);
  const brushing = mode === "outline" && brush.tool !== "outline";
  const toWorld = (x: number, y: number) => viewport.canvasToWorld([x, y]) as P3;
  const toPx = (p: P3) => viewport.worldToCanvas(p as Types.Point3);
  const slice = () => viewSlice(viewport, grid).index;
  const local = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };

  const finishBox = (a: P3, b: P3) => {
    const min = a.map((v, n) => Math.min(v, b[n])) as P3;
    const max = a.map((v, n) => Math.max(v, b[n])) as P3;
    setPoints([a, b]);
    onAnswer({ kind: "box", boxMm: { min, max }, slice: slice() });
  };
  const place = (px: [number, number]) => {
    const w = toWorld(...px);
    if (mode === "point" || mode === "landmark") {
      setPoints([w]);
      onAnswer({ kind: mode, pointMm: w, slice: slice() });
    } else if (mode === "outline") {
      if (brush.hasStrokes) brush.clear();
      if (closed) {
        setPoints([w]);
        setClosed(false);
        return;
      }
      const first = points[0] && toPx(points[0]);
      if (first && points.length >= 3 && Math.hypot(first[0] - px[0], first[1] - px[1]) < 8)
        close(points);
      else setPoints((p) => [...p, w]);
    }
  };
  const close = (pts: P3[]) => {
    if (pts.length < 3) return;
    setClosed(true);
    onAnswer({ kind: "outline", polygonMm: pts, slice: slice() });
  };

  /** Answers with the brush strokes (they replace a polygon); none left → no new answer. */
  const brushAnswer = (strokes: ViewerBrushStroke[] | null) => {
    setPoints([]);
    setClosed(false);
    if (strokes?.length) onAnswer({ kind: "outline", brush: strokes, slice: slice() });
  };

  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    if (brushing) {
      brush.begin(toWorld(...local(e)));
      setCursor(local(e));
      return;
    }
    if (mode === "outline" && brush.hasStrokes) brush.clear();
    drag.current = { start: toWorld(...local(e)), freehand: false };
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (brushing) {
      const [x, y] = local(e);
      setCursor([x, y]);
      const last = brush.lastPoint();
      const lastPx = last && toPx(last);
      if (lastPx && Math.hypot(lastPx[0] - x, lastPx[1] - y) >= 2) brush.extend(toWorld(x, y));
      return;
    }
    const d = drag.current;
    if (!d) return;
    const w = toWorld(...local(e));
    if (mode === "box") setPoints([d.start, w]);
    if (mode === "outline") {
      const startPx = toPx(d.start);
      const [x, y] = local(e);
      if (!d.freehand && Math.hypot(startPx[0] - x, startPx[1] - y) > 6) {
        d.freehand = true;
        setClosed(false);
        setPoints([d.start]);
      }
      if (d.freehand)
        setPoints((p) =>
          p.length &&
          Math.hypot(...(toPx(p[p.length - 1]).map((v, n) => v - [x, y][n]) as [number, number])) <
            4
            ? p
            : [...p, w],
        );
    }
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    if (brushing) return brushAnswer(brush.end());
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (mode === "box") finishBox(d.start, toWorld(...local(e)));
    else if (mode === "outline" && d.freehand) close(points);
    else place(local(e));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const c = cursor ?? [r.width / 2, r.height / 2];
    const step = e.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    if (e.key in moves) setCursor([c[0] + moves[e.key][0], c[1] + moves[e.key][1]]);
    else if (mode === "outline" && e.key in TOOL_KEYS) brush.setTool(TOOL_KEYS[e.key]);
    else if (brushing && (e.key === "[" || e.key === "]")) brush.resize(e.key === "[" ? -1 : 1);
    else if (brushing && e.key === " ") brushAnswer(brush.dab(toWorld(...c)));
    else if (brushing && e.key === "Backspace") brushAnswer(brush.undo());
    else if (e.key === " ") {
      if (mode === "box") {
        if (points.length === 1) finishBox(points[0], toWorld(...c));
        else setPoints([toWorld(...c)]);
      } else place(c);
    } else if (e.key === "Enter" && mode === "outline") close(points);
    else if (e.key === "Backspace") setPoints((p) => p.slice(0, -1));
    else if (e.key === "Escape") {
      setPoints([]);
      setClosed(false);
      brush.clear();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const brushPx = brushing && cursor ? radiusPx(toPx, toWorld(...cursor), brush.radiusMm) : 0;
  const svg = (
    <svg
      data-testid="drawing-layer"
      data-tick={tick}
      tabIndex={0}
      role="application"
      aria-label={`Drawing layer (${brushing ? brush.tool : mode}). Click to draw; arrow keys move the cursor, Space places, Enter closes an outline, Escape clears${mode === "outline" ? "; b brush, e eraser, d outline, [ and ] brush radius" : ""}.`}
      className="absolute inset-0 h-full w-full cursor-crosshair touch-none focus-visible:outline-2 focus-visible:outline-amber-300"
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onKeyDown={onKey}
      onWheel={(e) => e.deltaY !== 0 && onScroll?.(e.deltaY < 0 ? 1 : -1)}
    >
      {mode === "outline" && <BrushPaint strokes={brush.shown} toPx={toPx} />}
      <StudentShapes
        mode={mode}
        px={points.map(toPx)}
        closed={closed}
        cursor={cursor}
        brushPx={brushPx}
      />
    </svg>
  );
  if (mode !== "outline") return svg;
  return (
    <>
      {svg}
      <OutlineToolbar
        tool={brush.tool}
        onTool={brush.setTool}
        radiusMm={brush.radiusMm}
        onRadius={brush.resize}
      />
    </>
  );
}
