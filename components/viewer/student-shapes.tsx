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
  /** A measurement's live value, written beside its last point (null: none). */
  readout?: string | null;
}

const AMBER = "#fbbf24";

/** SVG ellipse through three canvas points: ends of one axis, then a point setting the width. */
function EllipseShape({ px }: { px: Px[] }) {
  const [a, b, c] = px;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = Math.hypot(dx, dy);
  if (len < 1e-6) return null;
  const ry = Math.abs((c[0] - a[0]) * dy - (c[1] - a[1]) * dx) / len;
  const [cx, cy] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const deg = (Math.atan2(dy, dx) * 180) / Math.PI;
  return (
    <ellipse
      data-testid="student-ellipse"
      cx={cx}
      cy={cy}
      rx={len / 2}
      ry={ry}
      transform={`rotate(${deg} ${cx} ${cy})`}
      fill="none"
      stroke={AMBER}
      strokeWidth={2}
    />
  );
}

export function StudentShapes({ mode, px, closed, cursor, brushPx, readout }: Props) {
  const line = px.map((p) => p.join(",")).join(" ");
  const last = px[px.length - 1];
  return (
    <>
      {(mode === "line" || mode === "ellipse") && px.length >= 2 && (
        <line
          x1={px[0][0]}
          y1={px[0][1]}
          x2={px[1][0]}
          y2={px[1][1]}
          stroke={AMBER}
          strokeWidth={mode === "line" ? 2 : 1}
          strokeDasharray={mode === "ellipse" ? "4 3" : undefined}
        />
      )}
      {mode === "ellipse" && px.length === 3 && <EllipseShape px={px} />}
      {readout && last && (
        <text
          x={last[0] + 8}
          y={last[1] - 8}
          fill={AMBER}
          fontSize={12}
          paintOrder="stroke"
          stroke="#000"
          strokeWidth={3}
          data-testid="measure-readout"
        >
          {readout}
        </text>
      )}
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
