/**
 * Page helpers for the quiz e2e: open an item, wait for its viewer, map world mm to page pixels,
 * place points with the keyboard cursor, drag with the mouse or a finger, check and read the grade.
 */
import { expect, type Page } from "@playwright/test";
import { rasterisePolygon } from "../../../lib/domain/geometry/polygon";
import type { GridSpec } from "../../../lib/domain/model/primitives";
import { cliDice, type P3 } from "./quiz-geometry";

/** Opens /quiz/<id> and waits until the viewer is ready on slice `k` (when given). */
export async function openItem(page: Page, id: string, k?: number): Promise<void> {
  await page.goto(`/quiz/${id}`);
  await expect(page.getByTestId("quiz-item")).toHaveAttribute("data-item-id", id);
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  await page.waitForFunction(
    () => !!(window as unknown as { __caseViewer?: unknown }).__caseViewer,
  );
  if (k !== undefined) {
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __caseViewer: { slice: () => number } }).__caseViewer.slice(),
        ),
      )
      .toBe(k);
  }
  await expect(page.getByTestId("drawing-layer")).toBeVisible();
}

/** Opens /quiz/<id> and waits only for its viewer (items without a drawing layer: name, pick). */
export async function openViewerItem(page: Page, id: string): Promise<void> {
  await page.goto(`/quiz/${id}`);
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
}

/** Page (viewport) pixel of a world point, via the viewer's test hook and the drawing layer's box. */
export async function toPage(page: Page, p: P3): Promise<[number, number]> {
  const px = await page.evaluate(
    (w) =>
      (
        window as unknown as { __caseViewer: { worldToCanvas: (p: P3) => [number, number] | null } }
      ).__caseViewer.worldToCanvas(w),
    p,
  );
  if (!px) throw new Error(`world point ${p} is not on the canvas`);
  const box = await page.getByTestId("drawing-layer").boundingBox();
  if (!box) throw new Error("no drawing layer");
  return [box.x + px[0], box.y + px[1]];
}

/** The last graded answer and result of an item (window.__quiz test hook). */
export async function lastGrade(
  page: Page,
  id: string,
): Promise<{
  answer: {
    polygonMm?: P3[];
    slice: number;
    pointMm?: P3;
    boxMm?: { min: P3; max: P3 };
    brush?: { pathMm: P3[]; radiusMm: number; erase?: boolean }[];
  };
  result: { metrics: Record<string, number> };
}> {
  return page.evaluate((itemId) => {
    const q = (
      window as unknown as {
        __quiz: Record<string, { answer: unknown; result: { metrics: Record<string, number> } }>;
      }
    ).__quiz[itemId];
    return {
      answer: q.answer as { polygonMm?: P3[]; slice: number },
      result: { metrics: q.result.metrics },
    };
  }, id);
}

/**
 * After Check on an outline item on slice k: the graded polygon, rasterised, against `ref` through
 * `npm run grade` follows the expert contour (Dice > 0.8), and the page shows that same Dice, its
 * score and the pass at 0.7. Returns the graded answer.
 */
export async function expectOutlineDiceAsCli(
  page: Page,
  id: string,
  grid: GridSpec,
  k: number,
  ref: Uint8Array,
) {
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, id);
  expect(answer.slice).toBe(k);
  const ans = rasterisePolygon(grid, k, answer.polygonMm as P3[]).data;
  const dice = cliDice(grid, k, ref, ans);
  expect(dice).toBeGreaterThan(0.8); // the outline really follows the expert contour
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toContainText(`(Dice ${dice.toFixed(2)})`);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * dice)));
  await expect(fb).toHaveAttribute("data-correct", dice >= 0.7 ? "true" : "false");
  return answer;
}

/** Moves the keyboard cursor (starting at the layer centre) to page pixel targets, in order. */
export async function keyboardCursor(page: Page) {
  const layer = page.getByTestId("drawing-layer");
  const box = (await layer.boundingBox())!;
  await layer.focus();
  let cursor: [number, number] = [box.width / 2, box.height / 2];
  return async (target: [number, number]) => {
    const d = [
      Math.round(target[0] - box.x - cursor[0]),
      Math.round(target[1] - box.y - cursor[1]),
    ];
    for (const [axis, neg, pos] of [
      [0, "ArrowLeft", "ArrowRight"],
      [1, "ArrowUp", "ArrowDown"],
    ] as const) {
      const key = d[axis] < 0 ? neg : pos;
      const n = Math.abs(d[axis]);
      for (let s = 0; s < Math.floor(n / 10); s++) await page.keyboard.press(`Shift+${key}`);
      for (let s = 0; s < n % 10; s++) await page.keyboard.press(key);
    }
    cursor = [cursor[0] + d[0], cursor[1] + d[1]];
  };
}

/** Moves the keyboard cursor to each world point in turn and presses Space there. */
export async function placeWithKeys(
  page: Page,
  moveTo: (target: [number, number]) => Promise<void>,
  points: P3[],
): Promise<void> {
  for (const p of points) {
    await moveTo(await toPage(page, p));
    await page.keyboard.press("Space");
  }
}

/** Checks the answer by keyboard: focus "Check answer", press Enter. */
export async function checkWithKeys(page: Page): Promise<void> {
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
}

/** The feedback says correct with a score of 100; returns the feedback locator. */
export async function expectFullMarks(page: Page) {
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toHaveAttribute("data-score", "100");
  return fb;
}

/** A mouse drag from page pixel `from` to `to` in `steps` moves (a brush stroke). */
export async function mouseStroke(
  page: Page,
  from: [number, number],
  to: [number, number],
  steps = 5,
): Promise<void> {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps });
  await page.mouse.up();
}

/**
 * One-finger drag through page pixels with raw CDP touch events, as a finger draws: touchStart,
 * `steps` touchMoves per segment 16 ms apart, a 250 ms hold on the last point, touchEnd. The event
 * timestamps are synthetic (ending now; nothing waits), so the finger lifts at rest, not in a
 * fling. The page needs a context with `hasTouch`.
 */
export async function touchDrag(page: Page, pts: [number, number][], steps = 3): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const path: [number, number][] = [pts[0]];
  for (let n = 1; n < pts.length; n++) {
    const [a, b] = [pts[n - 1], pts[n]];
    for (let s = 1; s <= steps; s++)
      path.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
  }
  const hold = 16; // 16 stationary samples × 16 ms ≈ 250 ms at rest before lifting
  for (let h = 0; h < hold; h++) path.push(path[path.length - 1]);
  const t0 = Date.now() / 1000 - (path.length + 1) * 0.016;
  for (let n = 0; n < path.length; n++)
    await cdp.send("Input.dispatchTouchEvent", {
      type: n === 0 ? "touchStart" : "touchMove",
      touchPoints: [{ x: path[n][0], y: path[n][1], id: 1 }],
      timestamp: t0 + n * 0.016,
    });
  await cdp.send("Input.dispatchTouchEvent", {
    type: "touchEnd",
    touchPoints: [],
    timestamp: t0 + path.length * 0.016,
  });
  await cdp.detach();
}
