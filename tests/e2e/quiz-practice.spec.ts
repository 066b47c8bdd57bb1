/**
 * Generated practice sets: the same seed gives the same set (a shared link works), another seed
 * another set, and a generated click item is graded against the labelmap (target computed here
 * from the label file, independently of the app).
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { deepestPoint, readLabels, sliceMask } from "./helpers/quiz-geometry";
import { toPage } from "./helpers/quiz-page";

const itemsOf = async (page: Page, url: string): Promise<string[]> => {
  await page.goto(url);
  const set = page.getByTestId("quiz-set");
  await expect(set).toBeVisible();
  return ((await set.getAttribute("data-items")) ?? "").split(",");
};

test("same seed → same set; another seed → another set; a generated click is graded", async ({
  page,
}) => {
  const a = await itemsOf(page, "/practice/colin27?seed=share-me&n=6");
  expect(a).toHaveLength(6);
  expect(a.every((id) => id.startsWith("gen-click-colin27-"))).toBe(true);
  expect(await itemsOf(page, "/practice/colin27?seed=share-me&n=6")).toEqual(a);
  expect(await itemsOf(page, "/practice/colin27?seed=other&n=6")).not.toEqual(a);

  await page.goto("/practice/colin27?seed=share-me&n=6");
  const structure = a[0].slice("gen-click-colin27-".length);
  const manifest = JSON.parse(fs.readFileSync("content/cases/colin27/case.json", "utf8"));
  let seg: { labelmap: string; label: number } | undefined;
  for (const f of manifest.annotationSets as string[]) {
    const set = JSON.parse(fs.readFileSync(path.join("content/cases/colin27", f), "utf8"));
    seg ??= set.annotations.find(
      (x: { type: string; structure: string }) =>
        x.type === "segmentation" && x.structure === structure,
    );
  }
  if (!seg) throw new Error(`no segmentation of ${structure}`);
  const { grid, data } = readLabels(seg.labelmap);
  const n = grid.dims[0] * grid.dims[1];
  const counts = Array.from({ length: grid.dims[2] }, (_, k) => {
    let c = 0;
    for (let p = 0; p < n; p++) if (data[k * n + p] === seg!.label) c++;
    return c;
  });
  const k = counts.indexOf(Math.max(...counts));
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __caseViewer: { slice: () => number } }).__caseViewer.slice(),
      ),
    )
    .toBe(k);
  await page.mouse.click(
    ...(await toPage(page, deepestPoint(grid, sliceMask(grid, data, seg.label, k), k))),
  );
  await page.getByTestId("quiz-check").click();
  await expect(page.getByTestId("quiz-feedback")).toHaveAttribute("data-correct", "true");

  await page.getByTestId("quiz-set-next").click();
  await expect(page.getByTestId("quiz-item")).toHaveAttribute("data-item-id", a[1]);
});
