/**
 * The case viewer's other controls on the built-in Colin27 MRI: mouse window/zoom/pan and Reset,
 * the `?` shortcut sheet, "Go to" a structure (its largest slice, computed from the label file),
 * the overlay style controls (opacity, outline only, colour-blind palette) and the text list of
 * structures on the current slice (checked against the label file, not the UI).
 */
import { expect, test, type Page } from "@playwright/test";
import {
  colourFraction,
  currentSlice,
  diffMask,
  shot,
  worldToCanvas,
} from "./helpers/viewer-pixels";
import { colin27, openColin, sliceCounts } from "./helpers/viewer-labels";

const { aal, labels, nameOfLabel } = colin27();

/** Canvas distance (px) of two world points 50 mm apart, and the canvas position of the origin. */
async function view(page: Page) {
  const [a, b] = await worldToCanvas(page, [
    [0, 0, 0],
    [50, 0, 0],
  ]);
  return { scale: Math.hypot(b![0] - a![0], b![1] - a![1]), pos: a! };
}

async function drag(
  page: Page,
  from: { x: number; y: number },
  dx: number,
  dy: number,
  button: "left" | "right" | "middle",
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  for (let s = 1; s <= 10; s++)
    await page.mouse.move(from.x + (dx * s) / 10, from.y + (dy * s) / 10);
  await page.mouse.up({ button });
}

test("mouse: left drag windows, right drag zooms, middle drag pans; Reset restores all three", async ({
  page,
}) => {
  const { centre } = await openColin(page);
  const readout = page.getByTestId("window-readout");
  const w0 = await readout.innerText();
  const v0 = await view(page);
  await drag(page, centre, 60, 40, "left");
  await expect(readout).not.toHaveText(w0);
  await drag(page, centre, 0, -80, "right");
  const v1 = await view(page);
  // 80 px of right drag must change the scale clearly (≥ 15 %), far beyond rounding.
  expect(Math.abs(v1.scale / v0.scale - 1)).toBeGreaterThan(0.15);
  await drag(page, centre, 50, 30, "middle");
  const v2 = await view(page);
  // The image follows the pointer: the origin moves by the drag (± 10 px), the scale stays.
  expect(Math.abs(v2.pos[0] - v1.pos[0] - 50)).toBeLessThan(10);
  expect(Math.abs(v2.pos[1] - v1.pos[1] - 30)).toBeLessThan(10);
  expect(Math.abs(v2.scale / v1.scale - 1)).toBeLessThan(0.02);
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(readout).toHaveText(w0);
  const v3 = await view(page);
  expect(Math.abs(v3.scale - v0.scale)).toBeLessThan(1);
  expect(Math.hypot(v3.pos[0] - v0.pos[0], v3.pos[1] - v0.pos[1])).toBeLessThan(1);
});

test("? opens the keyboard shortcut sheet and Escape closes it", async ({ page }) => {
  await openColin(page);
  await page.getByTestId("viewport-area").focus();
  await page.keyboard.press("?");
  const sheet = page.getByRole("dialog");
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("Page Up / Page Down");
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
});

test("Go to a structure opens its largest slice (from the label file) and announces it", async ({
  page,
}) => {
  await openColin(page);
  const k0 = await currentSlice(page);
  const nk = labels.grid.dims[2];
  // Per label, the axial slice with the most voxels; pick a label whose maximum is unique and far
  // from the slice shown now, so the jump is unambiguous.
  const best = new Map<number, { k: number; n: number; tie: boolean }>();
  for (let k = 0; k < nk; k++)
    for (const [v, n] of sliceCounts(labels, k)) {
      const b = best.get(v);
      if (!b || n > b.n) best.set(v, { k, n, tie: false });
      else if (n === b.n) b.tie = true;
    }
  const [label, target] = [...best].find(([, b]) => !b.tie && Math.abs(b.k - k0) > 15)!;
  const name = nameOfLabel(label);
  await page.getByLabel("Search structures").fill(name);
  await page.getByRole("button", { name: `Go to ${name}`, exact: true }).click();
  await expect(page.getByTestId("slice-indicator")).toHaveText(`${target.k + 1} / ${nk}`);
  await expect(page.getByTestId("viewer-announcer")).toHaveText(`${name}: slice ${target.k + 1}`);
});

test("overlay style: opacity 0 leaves the outlines, outline only matches it, the colour-blind palette recolours", async ({
  page,
}) => {
  await openColin(page);
  const vp = page.getByTestId("main-viewport");
  const fill = await shot(vp);
  const f = colourFraction(fill);
  expect(f).toBeGreaterThan(0.05);
  const opacity = page.getByLabel("Overlay opacity");
  const before = await opacity.inputValue();
  await opacity.fill("0");
  await page.waitForTimeout(300);
  // Opacity is the fill's: at 0 only the outlines stay, so far less of the grey MRI is coloured.
  const o0 = colourFraction(await shot(vp));
  expect(o0).toBeLessThan(f * 0.7);
  await opacity.fill(before);
  await page.getByRole("radio", { name: "Outline only" }).check();
  await page.waitForTimeout(300);
  const outline = await shot(vp);
  const o = colourFraction(outline);
  expect(o).toBeGreaterThan(0.005);
  expect(o).toBeLessThan(f * 0.7);
  // "Outline only" at full opacity looks like fill at opacity 0 (same outlines, ± 30 %).
  expect(Math.abs(o - o0)).toBeLessThan(o * 0.3);
  await page.getByRole("checkbox", { name: "Colour-blind-safe palette" }).check();
  await page.waitForTimeout(300);
  const safe = await shot(vp);
  const changed =
    diffMask(outline, safe, 20).reduce((s, v) => s + v, 0) / (safe.width * safe.height);
  // Only outline pixels change colour: some must (> 0.2 % of the view), and no more than the
  // colourful area itself (+ anti-aliasing margin).
  expect(changed).toBeGreaterThan(0.002);
  expect(changed).toBeLessThan(o * 1.5 + 0.01);
});

test("the text list of structures on this slice matches the label file", async ({ page }) => {
  await openColin(page);
  const k = await currentSlice(page);
  const present = [...sliceCounts(labels, k).keys()].map(nameOfLabel);
  const absent = [...new Set(aal.annotations.map((a) => a.label!))]
    .filter((v) => v && !sliceCounts(labels, k).has(v))
    .map(nameOfLabel);
  expect(present.length).toBeGreaterThan(5);
  await page.getByText(/Structures on this slice/).click();
  const list = page.getByTestId("visible-structures");
  const items = await list.locator("li").allInnerTexts();
  for (const n of present) expect(items).toContain(n);
  for (const n of absent) expect(items).not.toContain(n);
});
