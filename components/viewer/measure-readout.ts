/**
 * The live value of a measurement being drawn (shown beside it): a caliper line's length, or an
 * ellipse's circumference (Ramanujan II) and area, in mm from world coordinates (world mm LPS, so
 * the image's pixel spacing is already applied). Null while the drawing is no measurement.
 */
import {
  ellipseArea,
  ellipseFromAxisPoints,
  ellipsePerimeter,
} from "@/lib/domain/geometry/ellipse";
import type { ViewerInteraction } from "./viewer-api";

type P3 = [number, number, number];

const mm = (v: number) => `${v.toFixed(1)} mm`;

export function measureReadout(mode: ViewerInteraction, points: readonly P3[]): string | null {
  if (mode === "line" && points.length === 2)
    return mm(Math.hypot(points[1][0] - points[0][0], points[1][1] - points[0][1]));
  if (mode !== "ellipse" || points.length < 2) return null;
  if (points.length === 2)
    return `axis ${mm(Math.hypot(points[1][0] - points[0][0], points[1][1] - points[0][1]))}`;
  const e = ellipseFromAxisPoints(points[0], points[1], points[2]);
  if (!e) return null;
  const [a, b] = e.semiAxes;
  return `circumference ${mm(ellipsePerimeter(a, b))}, area ${Math.round(ellipseArea(a, b))} mm²`;
}
