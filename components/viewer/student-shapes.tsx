/**
 * What the student drew, in the SVG drawing layer (screen pixels): the box, the outline (open
 * polyline while drawing, filled polygon once closed), the placed points or vertices, and the
 * keyboard cursor (a cross; with the brush also a circle of the brush radius).
 */
import type { ViewerInteraction } from "./viewer-api";

type Px = [number, number];

interface Props {
  mode: Exclude<ViewerInteraction, "navigate">;
  /** Drawn points in canvas pixels: box corners, the point, or outline vertices. */
  px: Px[];
  closed: boolean;
  cursor: Px | null;
  /** Brush radius in pixels to ring the cursor with (0: no ring). */
  brushPx: number;
}

const AMBER = "#fbbf24";

export function StudentShapes({ mode, px, closed, cursor, brushPx }: Props) {
  const line = px.map((p) => p.join(",")).join(" ");
  return (
    <>
      {mode === "box" && px.length === 2 && (
        <rect
          x={Math.min(px[0][0], px[1][0])}
          y={Math.min(px[0][1], px[1][1])}
          width={Math.abs(px[1][0] - px[0][0])}
          height={Math.abs(px[1][1] - px[0][1])}
          fill="none"
          stroke={AMBER}
          strokeWidth={2}
        />
      )}
      {mode === "outline" &&
        px.length > 0 &&
        (closed ? (
          <polygon points={line} fill="#fbbf2433" stroke={AMBER} strokeWidth={2} />
        ) : (
          <polyline points={line} fill="none" stroke={AMBER} strokeWidth={2} />
        ))}
      {(mode !== "box" || px.length === 1) &&
        px.map(([x, y], n) => (
          <circle key={n} cx={x} cy={y} r={mode === "outline" ? 3 : 5} fill={AMBER} stroke="#000" />
        ))}
      {cursor && (
        <path
          d={`M${cursor[0] - 6} ${cursor[1]}H${cursor[0] + 6}M${cursor[0]} ${cursor[1] - 6}V${cursor[1] + 6}`}
          stroke={AMBER}
        />
      )}
      {cursor && brushPx > 0 && (
        <circle cx={cursor[0]} cy={cursor[1]} r={brushPx} fill="none" stroke={AMBER} />
      )}
    </>
  );
}
