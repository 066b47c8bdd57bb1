/**
 * Pages that show no viewer ship none of its code: every script a page loads is fetched and searched
 * for cornerstone's markers. The case page (which has a viewer) is the control: there the same
 * markers must be found, so the check cannot pass by looking for the wrong thing.
 */
import { expect, test, type Page } from "@playwright/test";

/** Strings that only the cornerstone3d / vtk.js bundle contains. */
const MARKERS = ["cornerstoneStreamingImageVolume", "vtkOpenGLRenderWindow"];

/** Loads `url`, waits for the network to settle, and returns the markers found in its scripts. */
async function markersIn(page: Page, url: string): Promise<{ scripts: number; found: string[] }> {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const texts = await Promise.all(bodies);
  return { scripts: texts.length, found: MARKERS.filter((m) => texts.some((t) => t.includes(m))) };
}

for (const url of ["/", "/lessons", "/cases", "/about"]) {
  test(`${url} loads no viewer code`, async ({ page }) => {
    const r = await markersIn(page, url);
    expect(r.scripts).toBeGreaterThan(0);
    expect(r.found).toEqual([]);
  });
}

test("control: a case page does load the viewer code", async ({ page }) => {
  const r = await markersIn(page, "/cases/colin27");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  expect(r.found).toEqual(MARKERS);
});
