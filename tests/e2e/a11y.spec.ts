/**
 * axe scan of every page type: zero serious or critical violations. Pages with a viewer are scanned
 * after the viewer has settled (ready or error), so its controls are part of the scan.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { readLessons } from "./helpers/lessons";

const lesson = readLessons().find((l) => !l.draft);
const caseId = fs.readdirSync(path.join(process.cwd(), "content/cases")).sort()[0];

const pages: { name: string; url: string; viewer?: boolean }[] = [
  { name: "home", url: "/" },
  { name: "lesson index", url: "/lessons?modality=MR" },
  {
    name: "lesson",
    url: `/lessons/${lesson?.slug}`,
    viewer: Boolean(lesson && /<CaseViewer/.test(lesson.body)),
  },
  { name: "case index", url: "/cases" },
  { name: "case", url: `/cases/${caseId}`, viewer: true },
  { name: "about", url: "/about" },
  { name: "review", url: "/review" },
  { name: "404", url: "/no-such-page" },
];

/**
 * Waits until every viewer near the top of the page has settled (ready or error). Viewers further
 * down (quiz items) stay same-size skeletons until scrolled near, by design; they are scanned as such.
 */
async function settleViewers(page: Page): Promise<void> {
  const viewers = page.getByTestId("case-viewer");
  const n = await viewers.count();
  const fold = (page.viewportSize()?.height ?? 720) * 1.5;
  for (let i = 0; i < n; i++) {
    const box = await viewers.nth(i).boundingBox();
    if (!box || box.y > fold) continue;
    await expect(viewers.nth(i)).toHaveAttribute("data-state", /ready|error/, { timeout: 60_000 });
  }
}

for (const p of pages) {
  test(`axe: ${p.name} has no serious or critical violations`, async ({ page }) => {
    await page.goto(p.url);
    if (p.viewer) await settleViewers(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const summary = bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
    expect(summary, `axe violations on ${p.url}`).toEqual([]);
  });
}
