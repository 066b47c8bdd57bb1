/**
 * One vector annotation (polygon, box or landmark) as SVG in canvas CSS px, with the place its name
 * wants beside it: above the topmost vertex of a polygon, above a box's top-left corner, up-right of
 * a landmark. `ShapeOverlay` then lays the names out so they do not collide.
 */
import type { ReactNode } from "react";
import type { Types } from "@cornerstonejs/core";
import type { Vec3 } from "@/lib/domain/geometry/grid";
import type { ShapeRef } from "@/lib/imaging/overlay-model";

/** A shape to draw: its annotation, colour, name (null: none) and whether it is emphasised. */
export interface DrawnShape {
  shape: ShapeRef;
  color: string;
  label: string | null;
  emphasis: boolean;
}

/** A shape's SVG and where its name wants to go (text start and baseline, CSS px). */
export interface ShapeDrawing {
  key: string;
  svg: ReactNode;
  color: string;
  label: { text: string; x: number; baseline: number } | null;
}

function corners(min: Vec3, max: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [min[0], max[0]])
    for (const y of [min[1], max[1]]) for (const z of [min[2], max[2]]) out.push([x, y, z]);
  return out;
}

/** The SVG of one shape on this slice and its name's wanted place (beside the shape). */
export function drawShape(
  { shape, color, label, emphasis }: DrawnShape,
  px: (p: Vec3) => Types.Point2,
): ShapeDrawing {
  const a = shape.annotation;
  const sw = emphasis ? 3 : 1.5;
  /** The drawing with its name wanted at (x, baseline), or no name when `text` is null. */
  const drawing = (svg: ReactNode, x: number, baseline: number, text: string | null) => ({
    key: shape.key,
    color,
    svg,
    label: text ? { text, x, baseline } : null,
  });
  if (a.type === "polygon") {
    const pts = a.points.map((p) => px(p));
    const [tx, ty] = topmost(pts);
    const svg = (
      <polygon
        points={pts.map((p) => p.join(",")).join(" ")}
        fill="none"
        stroke={color}
        strokeWidth={sw}
        strokeDasharray={a.hole ? "4 3" : undefined}
      />
    );
    return drawing(svg, tx + 4, ty - 4, label);
  }
  if (a.type === "box") {
    const c = corners(a.min, a.max).map(px);
    const xs = c.map((p) => p[0]);
    const ys = c.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const svg = (
      <rect
        x={x}
        y={y}
        width={Math.max(...xs) - x}
        height={Math.max(...ys) - y}
        fill="none"
        stroke={color}
        strokeWidth={sw}
      />
    );
    return drawing(svg, x + 2, y - 4, label);
  }
  const [x, y] = px(a.point);
  const svg = (
    <>
      <path
        d={`M${x - 7} ${y}H${x + 7}M${x} ${y - 7}V${y + 7}`}
        stroke={color}
        strokeWidth={sw + 0.5}
      />
      <circle cx={x} cy={y} r={3} fill={color} />
    </>
  );
  return drawing(svg, x + 8, y - 8, (a.label ?? label) ? (label ?? "?") : null);
}

/** The canvas point (CSS px) with the smallest y: where a polygon's name goes. */
function topmost(pts: number[][]): [number, number] {
  const t = pts.reduce((best, p) => (p[1] < best[1] ? p : best), pts[0]);
  return [t[0], t[1]];
}
