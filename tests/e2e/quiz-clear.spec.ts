/**
 * Clearing a drawn answer clears the answer: after Escape, the Clear or Undo button, Backspace
 * down to fewer than three vertices, undoing or erasing every brush stroke, or starting a new
 * outline or box over the finished one, "Check answer" is disabled, the status line says what is
 * missing and nothing is graded. Drawing again gives a fresh answer, graded on what is drawn now
 * (the vertex / stroke counts and the Dice by hand count against the AAL label file).
 */
import { expect, test, type Page } from "@playwright/test";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import {
  deepestPoint,
  handDice,
  labelOf,
  sliceMask,
  starContour,
  thalamusOutline,
  type P3,
} from "./helpers/quiz-geometry";
import {
  checkWithKeys,
  expectFullMarks,
  keyboardCursor,
  lastGrade,
  mouseStroke,
  openItem,
  placeWithKeys,
  toPage,
} from "./helpers/quiz-page";

const { item: OUTLINE, k: THAL_K, aal, ref } = thalamusOutline();
const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const contour = starContour(aal.grid, ref, THAL_K, 12);
const every2nd = contour.filter((_, n) => n % 2 === 0); // 6 vertices all round

/** No answer is held: Check is disabled, the status names what is missing, nothing was graded. */
async function expectNoAnswer(page: Page, id: string, missing: RegExp) {
  await expect(page.getByTestId("quiz-check")).toBeDisabled();
  await expect(page.getByTestId("quiz-answer-status")).toHaveText(missing);
  await expect(page.getByTestId("quiz-feedback")).toHaveCount(0);
  expect(await page.evaluate((i) => (window as { __quiz?: object }).__quiz?.[i as never], id)).toBe(
    undefined,
  );
}

/** Checks the answer, then compares the page's Dice with a hand count of the graded polygon. */
async function checkPolygon(page: Page, vertices: number) {
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, OUTLINE);
  expect(answer.polygonMm?.length).toBe(vertices);
  expect(answer.brush).toBeUndefined();
  const dice = handDice(ref, rasterisePolygon(aal.grid, THAL_K, answer.polygonMm as P3[]).data);
  expect(dice).toBeGreaterThan(0.6); // the vertices lie on the thalamus contour
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * dice)));
}

const OUTLINE_MISSING = /close an outline of at least 3 vertices/i;

test.describe("mouse", () => {
  test("a click after a closed outline starts a new one: no answer until it is closed", async ({
    page,
  }) => {
    await openItem(page, OUTLINE, THAL_K);
    const pts = await Promise.all(contour.map((p) => toPage(page, p)));
    for (const p of pts) await page.mouse.click(...p);
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING); // open polyline: not an answer yet
    await page.mouse.click(pts[0][0] + 2, pts[0][1] + 1); // on the first vertex: closes
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    // A click now starts a new outline; the closed one is gone from the image and the answer.
    await page.mouse.click(...pts[0]);
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    for (const p of pts.slice(1, 8)) await page.mouse.click(...p);
    await page.mouse.click(pts[0][0] + 2, pts[0][1] + 1);
    await checkPolygon(page, 8);
  });

  test("the Clear button empties a brush answer; painting again is graded on the new strokes only", async ({
    page,
  }) => {
    await openItem(page, OUTLINE, THAL_K);
    await page.getByTestId("outline-tool-brush").click();
    const stroke = async (a: P3, b: P3) =>
      mouseStroke(page, await toPage(page, a), await toPage(page, b));
    await stroke(contour[0], contour[6]);
    await stroke(contour[3], contour[9]);
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.getByTestId("drawing-clear").click();
    await expect(page.getByTestId("brush-paint")).toHaveCount(0);
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await expect(page.getByTestId("drawing-clear")).toBeDisabled();

    await stroke(contour[1], contour[7]);
    await page.getByTestId("quiz-check").click();
    await expect(page.getByTestId("quiz-feedback")).toBeVisible();
    const { answer } = await lastGrade(page, OUTLINE);
    expect(answer.brush?.length).toBe(1); // the cleared strokes are not part of it
  });

  test("erasing all the paint leaves no answer; Undo brings the paint and the answer back", async ({
    page,
  }) => {
    await openItem(page, OUTLINE, THAL_K);
    await page.getByTestId("outline-tool-brush").click();
    const [a, b] = [await toPage(page, contour[0]), await toPage(page, contour[6])];
    const drag = () => mouseStroke(page, a, b);
    await drag();
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    // The eraser at 3 px over the same path removes every pixel the 2 px brush painted.
    await page.getByTestId("outline-tool-erase").click();
    await page.getByRole("button", { name: /larger brush/i }).click();
    await drag();
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await page.getByTestId("drawing-undo").click(); // takes the eraser stroke back
    await page.getByTestId("quiz-check").click();
    await expect(page.getByTestId("quiz-feedback")).toBeVisible();
    const { answer } = await lastGrade(page, OUTLINE);
    expect(answer.brush?.map((s) => !!s.erase)).toEqual([false]);
  });

  test("the tool bar sits below the image, not over it", async ({ page }) => {
    await openItem(page, OUTLINE, THAL_K);
    const layer = (await page.getByTestId("drawing-layer").boundingBox())!;
    const tools = (await page.getByTestId("drawing-tools").boundingBox())!;
    expect(tools.y).toBeGreaterThanOrEqual(layer.y + layer.height);
  });
});

test.describe("keyboard", () => {
  test("Escape clears a closed outline; a new one is graded on its own vertices", async ({
    page,
  }) => {
    await openItem(page, OUTLINE, THAL_K);
    const moveTo = await keyboardCursor(page);
    await placeWithKeys(page, moveTo, contour);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.keyboard.press("Escape");
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await placeWithKeys(page, moveTo, every2nd);
    await page.keyboard.press("Enter");
    await checkPolygon(page, 6);
  });

  test("Backspace below three vertices un-answers a closed outline", async ({ page }) => {
    await openItem(page, OUTLINE, THAL_K);
    const moveTo = await keyboardCursor(page);
    await placeWithKeys(page, moveTo, contour.slice(0, 4));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.keyboard.press("Backspace"); // 3 vertices left: still a closed outline
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.keyboard.press("Backspace"); // 2 left: no outline
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await placeWithKeys(page, moveTo, every2nd);
    await page.keyboard.press("Enter");
    await checkPolygon(page, 6);
  });

  test("undoing every brush stroke with Backspace leaves no answer; a new dab is graded", async ({
    page,
  }) => {
    await openItem(page, OUTLINE, THAL_K);
    const moveTo = await keyboardCursor(page);
    await page.keyboard.press("b");
    await placeWithKeys(page, moveTo, contour.slice(0, 3));
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    for (let n = 0; n < 3; n++) await page.keyboard.press("Backspace");
    await expect(page.getByTestId("brush-paint")).toHaveCount(0);
    await expectNoAnswer(page, OUTLINE, OUTLINE_MISSING);
    await placeWithKeys(page, moveTo, [contour[5]]);
    await checkWithKeys(page);
    await expect(page.getByTestId("quiz-feedback")).toBeVisible();
    const { answer } = await lastGrade(page, OUTLINE);
    expect(answer.brush?.length).toBe(1);
  });

  test("Escape clears a placed point; placing it again is graded", async ({ page }) => {
    const K = 60; // largest axial slice of AAL label 37 (numpy argmax of per-slice counts)
    const id = "colin27-hippocampus-left-click";
    const target = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, hippo.label, K), K);
    await openItem(page, id, K);
    await placeWithKeys(page, await keyboardCursor(page), [target]);
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.keyboard.press("Escape");
    await expectNoAnswer(page, id, /place a point/i);
    await page.keyboard.press("Space");
    await checkWithKeys(page);
    await expectFullMarks(page);
  });

  test("a box: Escape clears it, a new first corner holds no answer, the second corner answers", async ({
    page,
  }) => {
    const id = "colin27-caudate-left-box";
    const caud = labelOf("colin27", "aal.json", "caudate-left");
    const K = 92; // resolved target slice of the item (numpy argmax of per-slice counts)
    const c = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, caud.label, K), K);
    await openItem(page, id, K);
    const moveTo = await keyboardCursor(page);
    const corner = (dx: number, dy: number): P3 => [c[0] + dx, c[1] + dy, c[2]];
    await placeWithKeys(page, moveTo, [corner(-6, -6), corner(6, 6)]);
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    await page.keyboard.press("Escape");
    await expectNoAnswer(page, id, /drag a box/i);
    await placeWithKeys(page, moveTo, [corner(-5, -5), corner(5, 5)]);
    await expect(page.getByTestId("quiz-check")).toBeEnabled();
    // The first corner of a new box replaces the old one.
    await placeWithKeys(page, moveTo, [corner(-4, -4)]);
    await expectNoAnswer(page, id, /drag a box/i);
    await placeWithKeys(page, moveTo, [corner(4, 4)]);
    await checkWithKeys(page);
    await expect(page.getByTestId("quiz-feedback")).toBeVisible();
    const { answer } = await lastGrade(page, id);
    const box = answer.boxMm as { min: P3; max: P3 };
    // The graded box is the last one (8 mm wide), to within a screen pixel, not the 12 or 10 mm ones.
    expect(box.max[0] - box.min[0]).toBeGreaterThan(7);
    expect(box.max[0] - box.min[0]).toBeLessThan(9);
  });
});
