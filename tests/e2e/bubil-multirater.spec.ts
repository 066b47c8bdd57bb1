/**
 * BU-BIL P01 (one cell, 10 rater masks): the agreement panel shows the Dice of `npm run agreement`
 * on the same files and the stored leave-one-out scores of the numpy reference; an outline
 * following one rater's mask passes and ranks where those scores say (Dice checked with
 * `npm run grade` against the CLI's STAPLE consensus); the same outline shifted by twice the
 * inter-rater tolerance fails; a click where exactly 2 of 10 raters draw the cell is borderline.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import { indexToWorld } from "../../lib/domain/geometry/grid";
import { readLabels, starContour, writeSliceMask, type P3 } from "./helpers/quiz-geometry";
import { lastGrade, openItem, toPage } from "./helpers/quiz-page";

const RATERS = [1, 2, 3, 4, 5].flatMap((p) => [`person${p}-amira`, `person${p}-imagej`]);
const NAMES = [1, 2, 3, 4, 5].flatMap((p) => [`Person ${p} (Amira)`, `Person ${p} (ImageJ)`]);
const files = RATERS.map((r) => path.join("public/cases/bubil-p01", `${r}.nii.gz`));
const golden = JSON.parse(fs.readFileSync("tests/fixtures/golden/bubil-expected.json", "utf8"))
  .images.P01;
const spread = golden.spread as {
  looDice: number[];
  tolerance: number;
  passDice: number;
  clickPoints: Record<string, { i: number; j: number }>;
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bubil-e2e-"));
const cli = (script: string, args: string[]) =>
  JSON.parse(
    execFileSync("npm", ["run", "--silent", script, "--", ...args, "--json"], {
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .at(-1) as string,
  );
test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("agreement panel: pairwise Dice as npm run agreement, leave-one-out and outlier as numpy", async ({
  page,
}) => {
  const agreement = cli("agreement", files) as { pairwiseDice: number[][] };
  await page.goto("/dev/viewer/bubil-p01");
  const viewer = page.getByTestId("case-viewer");
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await page.getByText("Agreement between annotators").click();
  const dice = page.getByTestId("dice");
  await expect(dice).toHaveCount(45, { timeout: 60_000 });
  const expected: string[] = [];
  for (let a = 0; a < 10; a++)
    for (let b = a + 1; b < 10; b++)
      expected.push(`${NAMES[a]} vs ${NAMES[b]}: Dice ${agreement.pairwiseDice[a][b].toFixed(2)}`);
  await expect(dice).toHaveText(expected);
  // Outlier: leave-one-out Dice more than 2 sample SD below the mean of the other nine.
  const flagged = spread.looDice.map((d, r) => {
    const o = spread.looDice.filter((_, i) => i !== r);
    const m = o.reduce((s, x) => s + x, 0) / o.length;
    const sd = Math.sqrt(o.reduce((s, x) => s + (x - m) ** 2, 0) / (o.length - 1));
    return d < m - 2 * sd ? "true" : "false";
  });
  expect(flagged.filter((f) => f === "true")).toHaveLength(1);
  const loo = page.getByTestId("loo");
  await expect(loo).toHaveCount(10);
  for (let r = 0; r < 10; r++) {
    await expect(loo.nth(r)).toContainText(`${NAMES[r]}: ${spread.looDice[r].toFixed(3)}`);
    await expect(loo.nth(r)).toHaveAttribute("data-outlier", flagged[r]);
  }
  await expect(page.getByTestId("spread-pass")).toContainText(
    `Outline pass mark ${spread.passDice.toFixed(2)} (the lowest of these); edge tolerance ${spread.tolerance} px`,
  );
});

/** Draws `contour` freehand on the open outline item and checks it. */
async function drawAndCheck(page: import("@playwright/test").Page, contour: P3[]) {
  const pts = await Promise.all(contour.map((p) => toPage(page, p)));
  await page.mouse.move(...pts[0]);
  await page.mouse.down();
  for (const p of [...pts.slice(1), pts[0]]) await page.mouse.move(...p, { steps: 2 });
  await page.mouse.up();
  await page.getByTestId("quiz-check").click();
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
}

test("outline following Person 2's ImageJ mask passes and ranks by the LOO scores; shifted 2τ it fails", async ({
  page,
}) => {
  const item = "bubil-p01-cell-outline";
  const lm = readLabels("/cases/bubil-p01/person2-imagej.nii.gz");
  const own = Uint8Array.from(lm.data, (v) => (v === 1 ? 1 : 0));
  const grid = lm.grid;
  const consensus = path.join(tmp, "staple.nii.gz");
  cli("agreement", [...files, "--out", consensus]);
  const graded = async (shift: number) => {
    const contour = starContour(grid, own, 0, 96).map(([x, y, z]) => [x + shift, y, z] as P3);
    await openItem(page, item, 0);
    await drawAndCheck(page, contour);
    const { answer } = await lastGrade(page, item);
    const ans = rasterisePolygon(grid, 0, answer.polygonMm as P3[]).data;
    const file = path.join(tmp, `answer-${shift}.nii.gz`);
    writeSliceMask(file, grid, 0, ans);
    const tau = String(spread.tolerance);
    const d = cli("grade", ["--reference", consensus, "--answer", file, "--tolerance-mm", tau]);
    return { dice: d.dice as number, fb: page.getByTestId("quiz-feedback") };
  };

  const { dice, fb } = await graded(0);
  expect(dice).toBeGreaterThan(spread.passDice); // it really follows a rater's outline
  const rank = 1 + spread.looDice.filter((x) => x > dice).length;
  const ord = rank === 1 ? "1st" : rank === 2 ? "2nd" : rank === 3 ? "3rd" : `${rank}th`;
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * dice)));
  await expect(fb).toContainText(`Your Dice ${dice.toFixed(2)} against the consensus (STAPLE)`);
  await expect(fb).toContainText(`${spread.passDice.toFixed(2)} or more passes`);
  await expect(fb).toContainText(`you would rank ${ord} of 11`);

  const shifted = await graded(2 * spread.tolerance);
  expect(shifted.dice).toBeLessThan(spread.passDice);
  await expect(shifted.fb).toHaveAttribute("data-correct", "false");
  await expect(shifted.fb).toContainText(`Your Dice ${shifted.dice.toFixed(2)} against`);
});

test("a click where 2 of the 10 raters draw the cell is borderline, scored 20", async ({
  page,
}) => {
  const item = "bubil-p01-cell-click";
  const { grid } = readLabels("/cases/bubil-p01/person1-amira.nii.gz");
  const { i, j } = spread.clickPoints["2"];
  await openItem(page, item, 0);
  await page.mouse.click(...(await toPage(page, indexToWorld(grid, [i, j, 0]) as P3)));
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toContainText("Borderline: 2 of 10 raters include this point");
  await expect(fb).toHaveAttribute("data-score", "20");
  await expect(fb).toHaveAttribute("data-correct", "false");
});

test("/about shows the BU-BIL acknowledgement the licence requires", async ({ page }) => {
  const ack = JSON.parse(fs.readFileSync("content/cases/bubil-p01/case.json", "utf8")).license
    .attribution as string;
  expect(ack).toContain("This product includes software developed by Boston University");
  await page.goto("/about");
  await expect(page.locator("main")).toContainText(ack);
});
