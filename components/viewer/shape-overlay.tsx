"use client";
/**
 * SVG over one viewport drawing the vector annotations (polygons, boxes, landmarks with labels) that
 * lie on the slice it shows. Positions come from `viewport.worldToCanvas`, so they follow zoom/pan.
 * Names are drawn above every shape and laid out by `layoutLabels` so they neither overlap nor leave
 * the canvas.
 */
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import type { Vec3 } from "@/lib/domain/geometry/grid";
import { drawShape, type DrawnShape } from "./shape-drawing";
import { shapeOnSlice } from "@/lib/imaging/shape-on-slice";
import { labelBox, layoutLabels, type LabelBox } from "@/lib/imaging/label-layout";
import { viewSlice } from "@/lib/imaging/viewport-geometry";
import { useViewportRender } from "./use-viewport-render";

export type { DrawnShape } from "./shape-drawing";

export function ShapeOverlay({
  viewport,
  grid,
  shapes,
}: {
  viewport: Types.IViewport | undefined;
  grid: GridSpec;
  shapes: DrawnShape[];
}) {
  const tick = useViewportRender(viewport);
  if (!viewport || !shapes.length) return null;
  const s = viewSlice(viewport, grid);
  const px = (p: Vec3) => viewport.worldToCanvas(p as Types.Point3);
  const drawings = shapes
    .filter((d) => shapeOnSlice(grid, s.axis, s.index, d.shape))
    .map((d) => drawShape(d, px));
  const named = drawings.flatMap((d) => (d.label ? [{ ...d, label: d.label }] : []));
  const canvas = viewport.canvas;
  const boxes = layoutLabels(
    named.map((d) => labelBox(d.label.text, d.label.x, d.label.baseline)),
    { width: canvas?.clientWidth || Infinity, height: canvas?.clientHeight || Infinity },
  );
  return (
    <svg
      aria-hidden="true"
      data-tick={tick}
      className="pointer-events-none absolute inset-0 h-full w-full overflow-visible"
    >
      {drawings.map((d) => (
        <g key={d.key}>{d.svg}</g>
      ))}
      {named.map((d, i) => (
        <ShapeLabel key={d.key} box={boxes[i]} color={d.color} text={d.label.text} />
      ))}
    </svg>
  );
}

/**
 * A structure name in the box `layoutLabels` gave it: inside the canvas and clear of the other
 * names on this slice (a shape touching the image border, or two landmarks close together).
 */
function ShapeLabel(p: { box: LabelBox; color: string; text: string }) {
  return (
    <text
      x={p.box.x}
      y={p.box.y + p.box.height - 3}
      fill={p.color}
      fontSize={12}
      paintOrder="stroke"
      stroke="#000"
      strokeWidth={3}
      data-testid="shape-label"
    >
      {p.text}
    </text>
  );
}
