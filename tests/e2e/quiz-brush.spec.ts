/**
 * The outline item's brush by mouse, touch and keyboard on the real Colin27 thalamus. The strokes
 * the page recorded are rasterised here by an independent loop (every voxel centre in world mm
 * against every stroke segment, the rule of docs/quiz-items.md) and the Dice is counted by hand
 * against the AAL label file; the page's grade must match both.
 */
import { expect, test, type Page } from "@playwright/test";
import { indexToWorld } from "../../lib/domain/geometry/grid";
import type { GridSpec } from "../../lib/domain/model/primitives";
import { handDice, thalamusOutline, type P3 } from "./helpers/quiz-geometry";
import {
  checkWithKeys,
  keyboardCursor,
  lastGrade,
  mouseStroke,
  openItem,
  placeWithKeys,
  toPage,
  touchDrag,
} from "./helpers/quiz-page";

const { item: ITEM, k: K, aal, ref } = thalamusOutline();
type Stroke = { pathMm: P3[]; radiusMm: number; erase?: boolean };

/** Brush rule, by hand: centre within r (+1e-7) mm of the path in world x–y; strokes in order. */
function handBrush(grid: GridSpec, k: number, strokes: Stroke[]): Uint8Array {
  const [nx, ny] = grid.dims;
  const out = new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const [x, y] = indexToWorld(grid, [i, j, k]);
      for (const s of strokes) {
        const p = s.pathMm;
        const segs = p.length === 1 ? [[p[0], p[0]]] : p.slice(1).map((b, n) => [p[n], b]);
        const hit = segs.some(([a, b]) => {
          const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
          const len2 = dx * dx + dy * dy;
          const t = len2 ? Math.min(1, Math.max(0, ((x - a[0]) * dx + (y - a[1]) * dy) / len2)) : 0;
          return Math.hypot(a[0] + t * dx - x, a[1] + t * dy - y) <= s.radiusMm + 1e-7;
        });
        if (hit) out[j * nx + i] = s.erase ? 0 : 1;
      }
    }
  return out;
}

/** Row strokes across the reference every `every` voxels, ends pulled in by `inset` voxels. */
function rowStrokes(every: number, inset: number): [P3, P3][] {
  const nx = aal.grid.dims[0];
  const rows = new Map<number, [number, number]>();
  ref.forEach((v, p) => {
    if (!v) return;
    const [i, j] = [p % nx, Math.floor(p / nx)];
    const r = rows.get(j) ?? [i, i];
    rows.set(j, [Math.min(r[0], i), Math.max(r[1], i)]);
  });
  const js = [...rows.keys()].sort((a, b) => a - b);
  return js
    .filter((j) => (j - js[0]) % every === Math.floor(every / 2))
    .map((j) => {
      const [i0, i1] = rows.get(j) as [number, number];
      const [a, b] =
        i1 - i0 > 2 * inset ? [i0 + inset, i1 - inset] : [(i0 + i1) / 2, (i0 + i1) / 2];
      return [indexToWorld(aal.grid, [a, j, K]), indexToWorld(aal.grid, [b, j, K])];
    });
}

/** Compares the page's grade with the hand raster of the strokes it recorded. */
async function matchesHand(page: Page, minDice: number) {
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, ITEM);
  expect(answer.slice).toBe(K);
  const strokes = answer.brush as Stroke[];
  const ans = handBrush(aal.grid, K, strokes);
  const b = ans.reduce((s, v) => s + v, 0);
  const dice = handDice(ref, ans);
  expect(dice).toBeGreaterThan(minDice); // the strokes really covered the structure
  expect(result.metrics.answerVoxels).toBe(b);
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * dice)));
  await expect(fb).toHaveAttribute("data-correct", dice >= 0.7 ? "true" : "false");
  return { strokes, voxels: b };
}

test("brush by mouse: row strokes of radius 2 mm over the thalamus, graded by the brush rule", async ({
  page,
}) => {
  await openItem(page, ITEM, K);
  await page.getByTestId("outline-tool-brush").click();
  await expect(page.getByTestId("brush-radius")).toHaveAttribute("data-radius-mm", "2"); // 2 px of 1 mm
  for (const [s, e] of rowStrokes(3, 1))
    await mouseStroke(page, await toPage(page, s), await toPage(page, e));
  await page.getByTestId("quiz-check").click();
  const { strokes } = await matchesHand(page, 0.6);
  expect(strokes.length).toBe(rowStrokes(3, 1).length);
  expect(strokes.every((s) => s.radiusMm === 2 && !s.erase)).toBe(true);
});

test.describe("touch", () => {
  test.use({ hasTouch: true, viewport: { width: 1100, height: 900 } });
  test("brush by touch: one-finger strokes, then an eraser stroke removes pixels", async ({
    page,
  }) => {
    await openItem(page, ITEM, K);
    await page.getByTestId("outline-tool-brush").tap();
    for (const [s, e] of rowStrokes(3, 1))
      await touchDrag(page, [await toPage(page, s), await toPage(page, e)], 5);
    await page.getByTestId("outline-tool-erase").tap();
    const mid = rowStrokes(1, 0);
    const cut = mid[Math.floor(mid.length / 2)];
    await touchDrag(page, [await toPage(page, cut[0]), await toPage(page, cut[1])], 5);
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.getByTestId("quiz-check").tap();
    const { strokes, voxels } = await matchesHand(page, 0.5);
    expect(strokes.at(-1)?.erase).toBe(true);
    const painted = handBrush(aal.grid, K, strokes.slice(0, -1)).reduce((s, v) => s + v, 0);
    expect(voxels).toBeLessThan(painted); // the eraser took pixels away
  });
});

test("brush by keyboard: b, ] (radius 3 mm) and Space dabs at the cursor", async ({ page }) => {
  await openItem(page, ITEM, K);
  const moveTo = await keyboardCursor(page);
  await page.keyboard.press("b");
  await page.keyboard.press("]");
  await expect(page.getByTestId("brush-radius")).toHaveAttribute("data-radius-mm", "3");
  const dabs = rowStrokes(4, 2).flat();
  await placeWithKeys(page, moveTo, dabs);
  await checkWithKeys(page);
  const { strokes } = await matchesHand(page, 0.4);
  expect(strokes.length).toBe(dabs.length);
  expect(strokes.every((s) => s.pathMm.length === 1 && s.radiusMm === 3)).toBe(true);
});
