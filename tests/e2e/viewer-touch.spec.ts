/**
 * Touch on the case viewer (Chromium touch emulation through CDP Input.dispatchTouchEvent): one
 * finger scrolls the slices, a pinch zooms, two fingers moving together pan, a tap names the
 * structure. Positions are checked with the viewer's test hook (world point → canvas pixel); the
 * structure under the tap is read from the label file, not from the UI.
 */
import { expect, test, type CDPSession, type Page } from "@playwright/test";
import { currentSlice, worldToCanvas } from "./helpers/viewer-pixels";
import { colin27, interiorPoint, labelsBySize, openColin } from "./helpers/viewer-labels";

test.use({ hasTouch: true });

type Pt = { x: number; y: number };

async function touchPath(cdp: CDPSession, from: Pt[], to: Pt[], steps = 12): Promise<void> {
  const at = (t: number) =>
    from.map((p, i) => ({ x: p.x + (to[i].x - p.x) * t, y: p.y + (to[i].y - p.y) * t, id: i }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let s = 1; s <= steps; s++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(s / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** Colin27 opened without the settle pause; a CDP session for raw touch events. */
async function openColinForTouch(page: Page) {
  const { box, centre } = await openColin(page, { settleMs: 0 });
  const cdp = await page.context().newCDPSession(page);
  return { box, cdp, centre };
}

/** Canvas distance (CSS px) between two world points 50 mm apart, and the canvas position of the first. */
async function scaleAndPosition(page: Page) {
  const [a, b] = await worldToCanvas(page, [
    [0, 0, 0],
    [50, 0, 0],
  ]);
  if (!a || !b) throw new Error("test hook gave no canvas position");
  return { dist: Math.hypot(b[0] - a[0], b[1] - a[1]), pos: a };
}

test("one finger scrolls slices; pinch zooms; two fingers pan", async ({ page }) => {
  const { cdp, centre } = await openColinForTouch(page);
  const k0 = await currentSlice(page);
  await touchPath(cdp, [{ x: centre.x, y: centre.y - 80 }], [{ x: centre.x, y: centre.y + 80 }]);
  await expect.poll(() => currentSlice(page)).not.toBe(k0);
  const k1 = await currentSlice(page);

  const before = await scaleAndPosition(page);
  await touchPath(
    cdp,
    [
      { x: centre.x - 30, y: centre.y },
      { x: centre.x + 30, y: centre.y },
    ],
    [
      { x: centre.x - 110, y: centre.y },
      { x: centre.x + 110, y: centre.y },
    ],
  );
  const zoomed = await scaleAndPosition(page);
  // Fingers 60 px → 220 px apart: the image must grow clearly (≥ 1.3×, far from rounding noise).
  expect(zoomed.dist / before.dist).toBeGreaterThan(1.3);
  expect(await currentSlice(page)).toBe(k1);

  await touchPath(
    cdp,
    [
      { x: centre.x - 40, y: centre.y },
      { x: centre.x + 40, y: centre.y },
    ],
    [
      { x: centre.x - 40, y: centre.y + 70 },
      { x: centre.x + 40, y: centre.y + 70 },
    ],
  );
  const panned = await scaleAndPosition(page);
  // Both fingers moved 70 px down: the world origin moves down on the canvas by a clear margin.
  expect(panned.pos[1] - zoomed.pos[1]).toBeGreaterThan(25);
  expect(Math.abs(panned.dist / zoomed.dist - 1)).toBeLessThan(0.15);
});

test("a tap names the structure under the finger", async ({ page }) => {
  const { labels, nameOfLabel } = colin27();
  const { box } = await openColinForTouch(page);
  const k = await currentSlice(page);
  // The label with the most voxels on this slice, and a voxel deep inside it (from the file).
  const [label] = labelsBySize(labels, k);
  const name = nameOfLabel(label);
  const [px] = await worldToCanvas(page, [interiorPoint(labels, k, label)!]);
  await page.touchscreen.tap(box.x + px![0], box.y + px![1]);
  await expect(page.getByTestId("structure-readout")).toContainText(name);
});
