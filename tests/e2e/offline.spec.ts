/**
 * Offline study (issue 20, target 6): a lesson opened once, online, reloads with the network off
 * (served by the service worker, app/sw.js), its viewer renders and scrolls, an answer is graded
 * (the lazily loaded grading chunk was cached) and the attempt is kept in local progress.
 * Service workers are allowed here only: playwright.config blocks them for the other specs, whose
 * page.route interception a worker would bypass.
 */
import { expect, test, type Page } from "@playwright/test";

test.use({ serviceWorkers: "allow" });

const LESSON = "/lessons/cortical-anatomy-axial-mri";
const ITEM = "axial-orientation-mcq";

/** Same-origin build files and case files this page loaded that the worker's cache lacks. */
const uncached = (page: Page) =>
  page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("atlas-"))!);
    const urls = performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin)
      .filter((u) => u.pathname.startsWith("/_next/static/") || /^\/cases\/.+\./.test(u.pathname))
      .map((u) => u.href);
    const missing: string[] = [];
    for (const u of [location.href, ...urls]) if (!(await cache.match(u))) missing.push(u);
    return missing;
  });

test("a lesson opened once reloads offline: page, viewer, scrolling, grading, progress", async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(LESSON);
  const viewer = page.getByTestId("case-viewer").first();
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // The grading chunk is fetched once the worker is active; then everything the page loaded is
  // cached (checked twice, so a late fetch is not missed).
  await expect.poll(() => uncached(page), { timeout: 30_000 }).toEqual([]);
  await page.waitForTimeout(1500);
  await expect.poll(() => uncached(page), { timeout: 30_000 }).toEqual([]);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });

  const indicator = viewer.getByTestId("slice-indicator");
  const before = await indicator.innerText();
  const vp = viewer.getByTestId("main-viewport");
  await vp.scrollIntoViewIfNeeded();
  const box = (await vp.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect(indicator).not.toHaveText(before);

  const item = page.locator(`[data-testid="quiz-item"][data-item-id="${ITEM}"]`);
  await item.getByLabel("On the image left").check();
  await item.getByTestId("quiz-check").click();
  const fb = item.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toHaveAttribute("data-score", "0");
  const kept = await page.evaluate((id) => localStorage.getItem(`atlas.progress.item.${id}`), ITEM);
  expect(JSON.parse(kept!).attempts.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
