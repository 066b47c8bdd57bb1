/** Pixel helpers for the viewer e2e: decode element screenshots and compare them. */
import type { Locator, Page } from "@playwright/test";
import { decode } from "fast-png";

export interface Rgba {
  width: number;
  height: number;
  /** 4 bytes per pixel. */
  data: Uint8Array;
}

/** Screenshot of `loc` decoded to RGBA (CSS pixels = device pixels: the tests run at scale 1). */
export async function shot(loc: Locator): Promise<Rgba> {
  const png = decode(await loc.screenshot({ animations: "disabled" }));
  const n = png.width * png.height;
  const out = new Uint8Array(n * 4);
  const c = png.channels;
  for (let p = 0; p < n; p++) {
    out[p * 4] = Number(png.data[p * c]);
    out[p * 4 + 1] = Number(png.data[p * c + 1]);
    out[p * 4 + 2] = Number(png.data[p * c + 2]);
    out[p * 4 + 3] = c === 4 ? Number(png.data[p * c + 3]) : 255;
  }
  return { width: png.width, height: png.height, data: out };
}

/** Fraction of pixels brighter than `threshold` (max of R, G, B). */
export function brightFraction(img: Rgba, threshold = 40): number {
  let n = 0;
  for (let p = 0; p < img.data.length; p += 4)
    if (Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) > threshold) n++;
  return n / (img.width * img.height);
}

/** Pixels whose largest channel difference exceeds `tol`, as a boolean mask (index y·width + x). */
export function diffMask(a: Rgba, b: Rgba, tol: number): Uint8Array {
  if (a.width !== b.width || a.height !== b.height) throw new Error("screenshot sizes differ");
  const m = new Uint8Array(a.width * a.height);
  for (let p = 0; p < m.length; p++) {
    const q = p * 4;
    const d = Math.max(
      Math.abs(a.data[q] - b.data[q]),
      Math.abs(a.data[q + 1] - b.data[q + 1]),
      Math.abs(a.data[q + 2] - b.data[q + 2]),
    );
    if (d > tol) m[p] = 1;
  }
  return m;
}

/** Fraction of pixels that are colourful (max − min channel > `chroma`): overlay colour on a grey image. */
export function colourFraction(img: Rgba, chroma = 30): number {
  let n = 0;
  for (let p = 0; p < img.data.length; p += 4) {
    const mx = Math.max(img.data[p], img.data[p + 1], img.data[p + 2]);
    const mn = Math.min(img.data[p], img.data[p + 1], img.data[p + 2]);
    if (mx - mn > chroma) n++;
  }
  return n / (img.width * img.height);
}

/** Canvas CSS pixel of a world point (LPS mm) in the main viewport, from the viewer's test hook. */
export async function worldToCanvas(
  page: Page,
  points: [number, number, number][],
): Promise<([number, number] | null)[]> {
  return page.evaluate(
    (pts) => pts.map((p) => window.__caseViewer?.worldToCanvas(p) ?? null),
    points,
  );
}

/** Current zero-based slice k of the main viewport, from the test hook. */
export async function currentSlice(page: Page): Promise<number> {
  return page.evaluate(() => window.__caseViewer?.slice() ?? -1);
}
