"use client";
/**
 * The student's drawing layer over the main (axial) viewport for quiz answers: point, landmark,
 * box (drag) and outline (click vertices or drag freehand; Enter or clicking the first vertex
 * closes; Backspace or Undo removes the last vertex or stroke; Escape or Clear empties the
 * drawing; arrow keys move a keyboard cursor, Space adds a vertex / places the point). Outline items
 * also have a brush and an eraser (keys b / e, d back to the outline; [ and ] change the radius in
 * mm): each stroke paints or erases discs along its path, Space dabs at the keyboard cursor. The
 * tool bar is rendered outside the image (portal into `toolsSlot`). Answers are world mm (LPS) on
 * the shown slice; drawing with one tool clears what the other drew, and every change reports the
 * answer the drawing now stands for, null when it is none (see drawing-answer.ts), so the answer
 * is what is shown and a cleared drawing leaves nothing to grade.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { createPortal } from "react-dom";
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import { viewSlice } from "@/lib/imaging/viewport-geometry";
import { gridAlongAxis } from "@/lib/domain/geometry/plane-grid";
import { BrushPaint, radiusPx } from "./brush-paint";
import { brushAnswer, shapeAnswer } from "./drawing-answer";
import { DrawingToolbar, TOOL_KEYS, useBrush } from "./student-brush";
import { StudentShapes } from "./student-shapes";
import { measureReadout } from "./measure-readout";
import type { ViewerAnswer, ViewerBrushStroke, ViewerInteraction } from "./viewer-api";
import { useViewportRender } from "./use-viewport-render";

type P3 = [number, number, number];

interface Props {
  viewport: Types.IViewport;
  grid: GridSpec;
  mode: Exclude<ViewerInteraction, "navigate">;
  /** After every change: the drawn answer, or null when the drawing is empty or unfinished. */
  onAnswer: (a: ViewerAnswer | null) => void;
  /** Wheel over the drawing layer scrolls slices through this (absent when the slice is locked). */
  onScroll?: (delta: number) => void;
  /** Element outside the image where the tool bar is rendered (a portal); null: no tool bar. */
  toolsSlot: HTMLElement | null;
}

export function StudentDrawing({ viewport, grid, mode, onAnswer, onScroll, toolsSlot }: Props) {
  const tick = useViewportRender(viewport);
  const [points, setPoints] = useState<P3[]>([]);
  const [closed, setClosed] = useState(false);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  /** The pointer drag in progress; `axis`: it draws two points (a line, an ellipse's first axis). */
  const drag = useRef<{ start: P3; freehand: boolean; axis: boolean } | null>(null);
  const brush = useBrush(grid.spacing);
  const brushing = mode === "outline" && brush.tool !== "outline";
  const toWorld = (x: number, y: number) => viewport.canvasToWorld([x, y]) as P3;
  const toPx = (p: P3) => viewport.worldToCanvas(p as Types.Point3);
  const slice = () => viewSlice(viewport, grid).index;
  const local = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const drawn = points.length > 0 || brush.hasStrokes;

  /** Shows these points and answers with them (null while they are no answer). */
  const setShape = (pts: P3[], isClosed: boolean) => {
    setPoints(pts);
    setClosed(isClosed);
    onAnswer(shapeAnswer(mode, pts, isClosed, slice()));
  };
  /** Shows these brush strokes instead of any polygon and answers with what they paint. */
  const setBrush = (strokes: ViewerBrushStroke[]) => {
    setPoints([]);
    setClosed(false);
    const s = viewSlice(viewport, grid);
    onAnswer(brushAnswer(gridAlongAxis(grid, s.axis), s.index, strokes));
  };
  /** Starting an outline removes a brush answer (the answer is what is shown). */
  const dropBrush = () => {
    if (brush.hasStrokes) brush.clear();
  };

  const place = (px: [number, number]) => {
    const w = toWorld(...px);
    if (mode === "point" || mode === "landmark") setShape([w], false);
    else if (mode === "box" || mode === "line")
      setShape(points.length === 1 ? [points[0], w] : [w], false);
    else if (mode === "ellipse") setShape([...points.slice(0, 2), w], false);
    else if (closed) setShape([w], false);
    else {
      dropBrush();
      const first = points[0] && toPx(points[0]);
      const closes =
        first && points.length >= 3 && Math.hypot(first[0] - px[0], first[1] - px[1]) < 8;
      setShape(closes ? points : [...points, w], !!closes);
    }
  };
  /** A drag started now draws a caliper line, or the first axis of an ellipse not started yet. */
  const twoPointDrag = () => mode === "line" || (mode === "ellipse" && points.length === 0);
  const undo = () => {
    if (brush.hasStrokes) return setBrush(brush.undo());
    const pts = points.slice(0, -1);
    setShape(pts, closed && pts.length >= 3);
  };
  const clear = () => {
    brush.clear();
    setShape([], false);
  };

  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    if (brushing) {
      brush.begin(toWorld(...local(e)));
      setCursor(local(e));
      return;
    }
    drag.current = { start: toWorld(...local(e)), freehand: false, axis: twoPointDrag() };
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
    if (mode === "box" || d.axis) setPoints([d.start, w]);
    else if (mode === "ellipse" && points.length >= 2) setPoints([points[0], points[1], w]);
    if (mode === "outline") {
      const startPx = toPx(d.start);
      const [x, y] = local(e);
      if (!d.freehand && Math.hypot(startPx[0] - x, startPx[1] - y) > 6) {
        d.freehand = true;
        dropBrush();
        setShape([d.start], false);
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
    if (brushing) {
      const strokes = brush.end();
      if (strokes) setBrush(strokes);
      return;
    }
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    const startPx = toPx(d.start);
    const moved = Math.hypot(startPx[0] - local(e)[0], startPx[1] - local(e)[1]) > 6;
    if (mode === "box") setShape([d.start, toWorld(...local(e))], false);
    else if (d.axis && moved) setShape([d.start, toWorld(...local(e))], false);
    else if (mode === "outline" && d.freehand) setShape(points, points.length >= 3);
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
    else if (brushing && e.key === " ") setBrush(brush.dab(toWorld(...c)));
    else if (e.key === " ") place(c);
    else if (e.key === "Enter" && mode === "outline") {
      if (points.length) setShape(points, points.length >= 3);
    } else if (e.key === "Backspace") undo();
    else if (e.key === "Escape") clear();
    else return;
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
      aria-label={`Drawing layer (${brushing ? brush.tool : mode}). Click to draw; arrow keys move the cursor, Space places${mode === "ellipse" ? " (two axis ends, then the width)" : ""}, Enter closes an outline, Backspace undoes, Escape clears${mode === "outline" ? "; b brush, e eraser, d outline, [ and ] brush radius" : ""}.`}
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
        readout={measureReadout(mode, points)}
      />
    </svg>
  );
  const tools = (
    <DrawingToolbar
      tool={mode === "outline" ? brush.tool : null}
      onTool={brush.setTool}
      radiusMm={brush.radiusMm}
      onRadius={brush.resize}
      canUndo={drawn}
      onUndo={undo}
      onClear={clear}
    />
  );
  return (
    <>
      {svg}
      {toolsSlot && createPortal(tools, toolsSlot)}
    </>
  );
}
