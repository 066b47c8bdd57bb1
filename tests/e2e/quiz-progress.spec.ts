/**
 * Local progress end to end: a missed item is listed on /review, survives a reload, and export →
 * clear → import restores it. Corrupt storage of another item does not break the page.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ITEM = "axial-orientation-mcq";

test("missed item → review lists it, survives reload, export → clear → import restores it", async ({
  page,
}) => {
  await page.goto(`/quiz/${ITEM}`);
  await page.getByLabel("On the image left").check();
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toHaveAttribute("data-score", "0");
  await expect(fb).toContainText("neurological convention"); // the author's per-option explanation

  await page.goto("/review");
  const missed = page.locator(`[data-testid="review-mistake"][data-item-id="${ITEM}"]`);
  await expect(missed).toBeVisible();
  await page.reload();
  await expect(missed).toBeVisible();
  await expect(missed).toContainText("last score 0");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("progress-export").click(),
  ]);
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), "progress-")),
    "atlas-progress.json",
  );
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, "utf8"));
  expect(exported.format).toBe("teaching-atlas-progress");
  expect(exported.items.map((i: { itemId: string }) => i.itemId)).toContain(ITEM);

  page.once("dialog", (d) => void d.accept());
  await page.getByTestId("progress-clear").click();
  await expect(missed).toHaveCount(0);
  await page.reload();
  await expect(missed).toHaveCount(0);

  await page.getByTestId("progress-import").setInputFiles(file);
  await expect(page.getByTestId("progress-message")).toContainText("Imported 1 items");
  await expect(missed).toBeVisible();
  await page.reload();
  await expect(missed).toBeVisible();
});

test("a corrupt progress record does not break the page or lose other records", async ({
  page,
}) => {
  await page.goto(`/quiz/${ITEM}`);
  await page.getByLabel("On the image left").check();
  await page.getByTestId("quiz-check").click();
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
  await page.evaluate(() => {
    localStorage.setItem("atlas.progress.item.some-other-lesson-item", "{corrupt");
  });
  await page.goto("/review");
  await expect(
    page.locator(`[data-testid="review-mistake"][data-item-id="${ITEM}"]`),
  ).toBeVisible();
  await expect(page.getByText("1 damaged progress record(s) were skipped")).toBeVisible();
});

test("retry and show answer", async ({ page }) => {
  await page.goto("/quiz/overlap-metrics-mcq");
  await page.getByLabel("Dice coefficient").check();
  await page.getByTestId("quiz-check").click();
  // 1 of 3 correct options, no wrong pick → (1 − 0) / 3 = 33
  await expect(page.getByTestId("quiz-feedback")).toHaveAttribute("data-score", "33");
  await page.getByTestId("quiz-retry").click();
  await expect(page.getByTestId("quiz-feedback")).toHaveCount(0);
  await page.getByTestId("quiz-show-answer").click();
  await expect(page.getByTestId("quiz-answer")).toBeVisible();
  await expect(page.getByTestId("quiz-option").filter({ hasText: "(correct)" })).toHaveCount(3);
});

test("lesson mastery on /review runs over the lesson's full item list", async ({ page }) => {
  // The lesson's items, counted from its MDX file: <Quiz item> tags and QuizSet items="…" lists.
  const mdx = fs.readFileSync("content/lessons/ct-windowing-hounsfield.mdx", "utf8");
  const ids = new Set([
    ...[...mdx.matchAll(/<Quiz item="([^"]+)"/g)].map((m) => m[1]),
    ...[...mdx.matchAll(/<QuizSet [^>]*items="([^"]+)"/g)].flatMap((m) => m[1].split(",")),
  ]);
  expect(mdx).not.toMatch(/<QuizSet (?![^>]*items=)/); // no generated set in this lesson
  expect(ids.has("head-ct-hounsfield-definition-mcq")).toBe(true);
  await page.goto("/quiz/head-ct-hounsfield-definition-mcq");
  await page.getByLabel("Water = 0 HU and air = −1000 HU").check();
  await page.getByTestId("quiz-check").click();
  await expect(page.getByTestId("quiz-feedback")).toHaveAttribute("data-score", "100");

  await page.goto("/review");
  const row = page.locator(
    '[data-testid="review-lesson-mastery"] tr[data-lesson="ct-windowing-hounsfield"]',
  );
  // One item of N answered at 100: mastery 100 / N, not 100 %.
  await expect(row).toHaveAttribute("data-mastery", String(Math.round(100 / ids.size)));
  await expect(row).toContainText(`1 of ${ids.size}`);
  // A lesson with nothing answered is listed at 0 %.
  await expect(
    page.locator('[data-testid="review-lesson-mastery"] tr[data-lesson="the-fundus"]'),
  ).toHaveAttribute("data-mastery", "0");
});
