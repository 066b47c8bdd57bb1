"use client";
/**
 * 2D canvas over one viewport drawing labelmap layers (fill and/or outline, one pixel per voxel) and
 * extra masks for the slice the viewport shows. Redrawn whenever its viewport renders (`useViewportRender`) or
 * the style changes; follows zoom/pan through the slice→canvas affine.
 */
import { useEffect, useRef } from "react";
import type { Types } from "@cornerstonejs/core";
import type { GridSpec } from "@/lib/domain/model";
import type { VoxelArray } from "@/lib/io";
import { renderSlice, type SliceBitmap, type SliceStyle } from "@/lib/imaging/slice-bitmap";
import { sliceToCanvas, viewSlice } from "@/lib/imaging/viewport-geometry";
import { useViewportRender } from "./use-viewport-render";

export interface OverlayLayer {
  key: string;
  data: VoxelArray;
  /** Grid of `data` (the case grid, or a single slice for extra masks). */
  dims: [number, number, number];
  style: SliceStyle;
  /** For single-slice masks: the slice index they belong to (drawn only there), along `onlyAxis`. */
  onlyAxialSlice?: number;
  /** The grid axis of `onlyAxialSlice` (default 2, axial). */
  onlyAxis?: 0 | 1 | 2;
}

function toCanvas(bmp: SliceBitmap): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = bmp.width;
  c.height = bmp.height;
  c.getContext("2d")?.putImageData(new ImageData(bmp.rgba, bmp.width, bmp.height), 0, 0);
  return c;
}

export function OverlayCanvas({
  viewport,
  grid,
  layers,
}: {
  viewport: Types.IViewport | undefined;
  grid: GridSpec;
  layers: OverlayLayer[];
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const tick = useViewportRender(viewport);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx || !viewport) return;
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const s = viewSlice(viewport, grid);
    const [a, b, c, d, e, f] = sliceToCanvas(viewport, grid, s);
    ctx.imageSmoothingEnabled = false;
    for (const layer of layers) {
      let bmp: SliceBitmap;
      if (layer.onlyAxialSlice !== undefined) {
        if (s.axis !== (layer.onlyAxis ?? 2) || s.index !== layer.onlyAxialSlice) continue;
        bmp = renderSlice(layer.data, layer.dims, 2, 0, layer.style);
      } else {
        bmp = renderSlice(layer.data, layer.dims, s.axis, s.index, layer.style);
      }
      ctx.setTransform(a * dpr, b * dpr, c * dpr, d * dpr, e * dpr, f * dpr);
      ctx.drawImage(toCanvas(bmp), -0.5, -0.5);
    }
  }, [viewport, grid, layers, tick]);
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      className="pointer-events-none absolute inset-0 h-full w-full"
    />
  );
}
