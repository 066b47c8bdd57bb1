"use client";
/**
 * The painted area of brush strokes inside the SVG drawing layer: an SVG mask where paint strokes
 * are white and erase strokes black, in order, each a round-capped path of width 2 × radius.
 * Display only: grading rasterises the strokes with lib/quiz/brush-raster.
 */
import { useId } from "react";
import type { ViewerBrushStroke } from "./viewer-api";

type P3 = [number, number, number];

/** Radius in screen pixels of `mm` around world point `p` (along world x, in the axial plane). */
export function radiusPx(toPx: (p: P3) => [number, number], p: P3, mm: number): number {
  const a = toPx(p);
  const b = toPx([p[0] + mm, p[1], p[2]]);
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

interface Props {
  strokes: readonly ViewerBrushStroke[];
  toPx: (p: P3) => [number, number];
}

export function BrushPaint({ strokes, toPx }: Props) {
  const id = useId();
  if (!strokes.length) return null;
  return (
    <>
      <defs>
        <mask id={id}>
          <rect width="100%" height="100%" fill="black" />
          {strokes.map((s, n) => {
            const px = s.pathMm.map(toPx);
            const tail = px.length > 1 ? px.slice(1).map((p) => `L${p.join(" ")}`) : ["l0 0"];
            return (
              <path
                key={n}
                d={`M${px[0].join(" ")}${tail.join("")}`}
                fill="none"
                stroke={s.erase ? "black" : "white"}
                strokeWidth={2 * radiusPx(toPx, s.pathMm[0], s.radiusMm)}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            );
          })}
        </mask>
      </defs>
      <rect
        data-testid="brush-paint"
        width="100%"
        height="100%"
        fill="#fbbf24"
        fillOpacity={0.5}
        mask={`url(#${id})`}
      />
    </>
  );
}
