/**
 * Case viewer on the built-in Colin27 MRI (real files): rendering, scrolling, toggling a structure,
 * hide all, hover names, keyboard-only use. Ground truth (which label is where) comes from the
 * label file read with lib/io readNifti and the case JSON, never from the UI.
 */
import { expect, test, type Page } from "@playwright/test";
import {
  brightFraction,
  colourFraction,
  currentSlice,
  diffMask,
  shot,
  worldToCanvas,
} from "./helpers/viewer-pixels";
import {
  colin27,
  interiorPoint,
  labelsBySize,
  openColin,
  voxelWorld,
} from "./helpers/viewer-labels";

const { labels, nameOfLabel } = colin27();

/** Screen-pixel mask (main viewport coordinates) covering every voxel of `label` on slice k, grown by `marginPx`. */
async function labelRegion(
  page: Page,
  k: number,
  label: number,
  width: number,
  height: number,
  marginPx: number,
) {
  const [nx, ny] = labels.grid.dims;
  const vox: [number, number, number][] = [];
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++)
      if (labels.data[i + nx * (j + ny * k)] === label) vox.push(voxelWorld(labels.grid, i, j, k));
  const [a, b] = await worldToCanvas(page, [
    voxelWorld(labels.grid, 0, 0, k),
    voxelWorld(labels.grid, 1, 0, k),
  ]);
  const half = Math.hypot(b![0] - a![0], b![1] - a![1]) / 2 + marginPx;
  const mask = new Uint8Array(width * height);
  for (const c of await worldToCanvas(page, vox)) {
    if (!c) continue;
    for (let y = Math.floor(c[1] - half); y <= Math.ceil(c[1] + half); y++)
      for (let x = Math.floor(c[0] - half); x <= Math.ceil(c[0] + half); x++)
        if (x >= 0 && y >= 0 && x < width && y < height) mask[y * width + x] = 1;
  }
  return { mask, voxels: vox.length, pxPerVoxel: (half - marginPx) * 2 };
}

test("the MRI renders anatomy, and scrolling changes the slice indicator and the pixels", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openColin(page);
  const vp = page.getByTestId("main-viewport");
  const before = await shot(vp);
  // A black canvas has no bright pixel; an axial brain slice fills well over a tenth of the view.
  expect(brightFraction(before)).toBeGreaterThan(0.1);
  const indicator = page.getByTestId("slice-indicator");
  const [k0, n] = (await indicator.innerText()).split("/").map((x) => Number(x.trim()));
  expect(n).toBe(181);
  await page.getByTestId("viewport-area").focus();
  await page.keyboard.press("ArrowUp");
  await expect(indicator).toHaveText(`${k0 + 1} / 181`);
  await page.keyboard.press("PageDown");
  await expect(indicator).toHaveText(`${k0 - 9} / 181`);
  await page.waitForTimeout(300);
  const after = await shot(vp);
  // Ten slices apart the anatomy differs visibly: more than 2 % of pixels change by more than 8 levels.
  const changed =
    diffMask(before, after, 8).reduce((s, v) => s + v, 0) / (before.width * before.height);
  expect(changed).toBeGreaterThan(0.02);
  // The mouse wheel scrolls too.
  const box = (await vp.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect(indicator).not.toHaveText(`${k0 - 9} / 181`);
  expect(errors).toEqual([]);
});

test("toggling one structure off changes pixels only inside it; hide all leaves the grey image", async ({
  page,
}) => {
  await openColin(page);
  const vp = page.getByTestId("main-viewport");
  const k = await currentSlice(page);
  const [label] = labelsBySize(labels, k);
  const name = nameOfLabel(label);
  const withAll = await shot(vp);
  await page.getByRole("checkbox", { name, exact: true }).uncheck();
  await page.waitForTimeout(400);
  const without = await shot(vp);
  // Tolerance: a channel must move by more than 8 levels to count as changed; the region is the
  // structure's voxels grown by 2 px for nearest-neighbour edge rounding. Outside it nothing may change.
  const changed = diffMask(withAll, without, 8);
  const { mask, voxels, pxPerVoxel } = await labelRegion(
    page,
    k,
    label,
    withAll.width,
    withAll.height,
    2,
  );
  let inside = 0;
  let outside = 0;
  changed.forEach((c, p) => (c ? (mask[p] ? inside++ : outside++) : 0));
  expect(outside).toBe(0);
  // Most of the structure's screen area changed (fill at 45 % opacity removed).
  expect(inside).toBeGreaterThan(0.5 * voxels * pxPerVoxel * pxPerVoxel);

  expect(colourFraction(withAll)).toBeGreaterThan(0.03);
  await page.getByRole("button", { name: "Hide all" }).click();
  await page.waitForTimeout(400);
  const grey = await shot(vp);
  // The MRI is greyscale: with every overlay hidden no coloured pixel is left, the anatomy stays.
  expect(colourFraction(grey)).toBeLessThan(0.0005);
  expect(brightFraction(grey)).toBeGreaterThan(0.1);
});

test("hovering a point names the structure the label file has there", async ({ page }) => {
  await openColin(page);
  const vp = page.getByTestId("main-viewport");
  const box = (await vp.boundingBox())!;
  const k = await currentSlice(page);
  const candidates = labelsBySize(labels, k).slice(0, 6);
  let checked = 0;
  for (const label of candidates) {
    const inner = interiorPoint(labels, k, label);
    if (!inner) continue;
    const [c] = await worldToCanvas(page, [inner]);
    await page.mouse.move(box.x + c![0], box.y + c![1]);
    await expect(page.getByTestId("structure-readout")).toContainText(nameOfLabel(label));
    checked++;
  }
  expect(checked).toBeGreaterThanOrEqual(3);
  // Outside the head: no structure.
  await page.mouse.move(box.x + 3, box.y + 3);
  await expect(page.getByTestId("structure-readout")).toContainText("No annotated structure");
});

test("keyboard only: focus the viewer, scroll with keys, toggle a structure with Space", async ({
  page,
}) => {
  await openColin(page);
  const indicator = page.getByTestId("slice-indicator");
  const start = await indicator.innerText();
  const k0 = Number(start.split("/")[0]);
  const focusedTestId = () =>
    page.evaluate(
      () =>
        document.activeElement?.getAttribute("data-testid") ??
        document.activeElement?.getAttribute("aria-label") ??
        "",
    );
  for (let n = 0; n < 40 && (await focusedTestId()) !== "viewport-area"; n++)
    await page.keyboard.press("Tab");
  expect(await focusedTestId()).toBe("viewport-area");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(indicator).toHaveText(`${k0 + 2} / 181`);
  await page.keyboard.press("ArrowDown");
  await expect(indicator).toHaveText(`${k0 + 1} / 181`);

  const k = await currentSlice(page);
  const [label] = labelsBySize(labels, k);
  const name = nameOfLabel(label);
  for (let n = 0; n < 60 && (await focusedTestId()) !== "Search structures"; n++)
    await page.keyboard.press("Tab");
  await page.keyboard.type(name);
  for (let n = 0; n < 10 && (await focusedTestId()) !== name; n++) await page.keyboard.press("Tab");
  expect(await focusedTestId()).toBe(name);
  const vp = page.getByTestId("main-viewport");
  const before = await shot(vp);
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name, exact: true })).not.toBeChecked();
  await page.waitForTimeout(300);
  const after = await shot(vp);
  expect(diffMask(before, after, 8).some((v) => v === 1)).toBe(true);
  // The focused structure is announced in the live region.
  await expect(page.getByTestId("viewer-announcer")).toHaveText(name);
});
