"use client";
/**
 * SVG over one viewport drawing the vector annotations (polygons, boxes, landmarks with labels) that
 * lie on the slice it shows. Positions come from `viewport.worldToCanvas`, so they follow zoom/pan.
 */
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import type { Vec3 } from "@/lib/imaging/grid-math";
import { shapeOnSlice } from "@/lib/imaging/shape-on-slice";
import type { ShapeRef } from "@/lib/imaging/overlay-model";
import { viewSlice } from "@/lib/imaging/viewport-geometry";

export interface DrawnShape {
  shape: ShapeRef;
  color: string;
  label: string | null;
  emphasis: boolean;
}

function corners(min: Vec3, max: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [min[0], max[0]])
    for (const y of [min[1], max[1]]) for (const z of [min[2], max[2]]) out.push([x, y, z]);
  return out;
}

export function ShapeOverlay({
  viewport,
  grid,
  shapes,
  tick,
}: {
  viewport: Types.IViewport | undefined;
  grid: GridSpec;
  shapes: DrawnShape[];
  tick: number;
}) {
  if (!viewport || !shapes.length) return null;
  const s = viewSlice(viewport, grid);
  const px = (p: Vec3) => viewport.worldToCanvas(p as Types.Point3);
  return (
    <svg
      aria-hidden="true"
      data-tick={tick}
      className="pointer-events-none absolute inset-0 h-full w-full overflow-visible"
    >
      {shapes
        .filter((d) => shapeOnSlice(grid, s.axis, s.index, d.shape))
        .map(({ shape, color, label, emphasis }) => {
          const a = shape.annotation;
          const sw = emphasis ? 3 : 1.5;
          if (a.type === "polygon") {
            const pts = a.points.map((p) => px(p));
            return (
              <g key={shape.key}>
                <polygon
                  points={pts.map((p) => p.join(",")).join(" ")}
                  fill="none"
                  stroke={color}
                  strokeWidth={sw}
                  strokeDasharray={a.hole ? "4 3" : undefined}
                />
                {label && (
                  <ShapeLabel at={topmost(pts)} dx={4} dy={-4} color={color} text={label} />
                )}
              </g>
            );
          }
          if (a.type === "box") {
            const c = corners(a.min, a.max).map(px);
            const xs = c.map((p) => p[0]);
            const ys = c.map((p) => p[1]);
            const x = Math.min(...xs);
            const y = Math.min(...ys);
            return (
              <g key={shape.key}>
                <rect
                  x={x}
                  y={y}
                  width={Math.max(...xs) - x}
                  height={Math.max(...ys) - y}
                  fill="none"
                  stroke={color}
                  strokeWidth={sw}
                />
                {label && <ShapeLabel at={[x, y]} dx={2} dy={-4} color={color} text={label} />}
              </g>
            );
          }
          const [x, y] = px(a.point);
          return (
            <g key={shape.key}>
              <path
                d={`M${x - 7} ${y}H${x + 7}M${x} ${y - 7}V${y + 7}`}
                stroke={color}
                strokeWidth={sw + 0.5}
              />
              <circle cx={x} cy={y} r={3} fill={color} />
              {(a.label ?? label) && (
                <ShapeLabel at={[x, y]} dx={8} dy={-8} color={color} text={label ?? "?"} />
              )}
            </g>
          );
        })}
    </svg>
  );
}

/** The canvas point (CSS px) with the smallest y: where a polygon's name goes. */
function topmost(pts: number[][]): [number, number] {
  const t = pts.reduce((best, p) => (p[1] < best[1] ? p : best), pts[0]);
  return [t[0], t[1]];
}

/** Height (CSS px) kept free above a label's baseline so text never leaves the canvas top. */
const LABEL_TOP = 13;

/**
 * A structure name beside its shape, `dx`/`dy` CSS px from `at`; pushed down when it would be cut
 * off by the canvas's top edge (a shape touching the image border).
 */
function ShapeLabel(p: {
  at: [number, number];
  dx: number;
  dy: number;
  color: string;
  text: string;
}) {
  return (
    <text
      x={p.at[0] + p.dx}
      y={Math.max(LABEL_TOP, p.at[1] + p.dy)}
      fill={p.color}
      fontSize={12}
      paintOrder="stroke"
      stroke="#000"
      strokeWidth={3}
    >
      {p.text}
    </text>
  );
}
