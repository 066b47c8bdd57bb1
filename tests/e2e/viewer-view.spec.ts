/**
 * Guided reading: a lesson's `<CaseViewer view="…">` opens on the view its text describes, and the
 * case page's URL follows the viewer so a view can be shared and reopened. Expected values are read
 * from the lesson files and case manifests on disk, not from the UI.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { caseJson } from "./helpers/viewer-labels";
import { colourFraction, shot } from "./helpers/viewer-pixels";

const lessonFile = (slug: string) =>
  fs.readFileSync(path.join(__dirname, "../../content/lessons", `${slug}.mdx`), "utf8");
/** The `view` text of the lesson's n-th `<CaseViewer case="id" view="…">`. */
function lessonView(slug: string, id: string): URLSearchParams {
  const m = lessonFile(slug).match(new RegExp(`<CaseViewer\\s+case="${id}"\\s+view="([^"]+)"`));
  if (!m) throw new Error(`${slug}: no <CaseViewer case="${id}" view>`);
  return new URLSearchParams(m[1]);
}
async function ready(v: Locator) {
  // Lesson viewers mount when scrolled near; the skeleton is replaced, so scroll until ready.
  await expect(async () => {
    await v.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(v).toHaveAttribute("data-state", "ready", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(v).toHaveAttribute("data-overlay-state", "ready", { timeout: 60_000 });
}
const viewerWith = (page: Page, id: string) =>
  page.locator(`[data-testid="case-viewer"][data-case="${id}"]`);

test("a lesson's viewer opens on its slice and window preset", async ({ page }) => {
  const view = lessonView("abdominal-organs-on-ct", "abdomen-ct");
  const presets = caseJson<{ windowPresets: { name: string; center: number; width: number }[] }>(
    "abdomen-ct",
  ).windowPresets;
  const p = presets.find((x) => x.name === view.get("window"))!;
  expect(p.name).not.toBe(presets[0].name); // not the default: the view did it
  const dims = caseJson<{ grid: { dims: number[] } }>("abdomen-ct").grid.dims;
  await page.goto("/lessons/abdominal-organs-on-ct");
  const v = viewerWith(page, "abdomen-ct").first();
  await ready(v);
  await expect(v.getByTestId("window-readout")).toHaveText(`W ${p.width} L ${p.center}`);
  await expect(v.getByTestId("slice-indicator")).toHaveText(`${view.get("slice")} / ${dims[2]}`);
});

test("a lesson's sagittal view shows only the structures it names, in their layer", async ({
  page,
}) => {
  const view = lessonView("white-matter-tracts", "colin27");
  const shown = view.get("show")!.split(",");
  const m = caseJson<{ grid: { dims: number[] }; structures: { id: string; name: string }[] }>(
    "colin27",
  );
  await page.goto("/lessons/white-matter-tracts");
  const v = viewerWith(page, "colin27").nth(1);
  await ready(v);
  await expect(v.getByLabel("Orientation")).toHaveValue("sagittal");
  await expect(v.getByTestId("slice-indicator")).toHaveText(
    `${view.get("slice")} / ${m.grid.dims[0]}`,
  );
  const checked = v
    .getByRole("region", { name: "Structures" })
    .getByRole("checkbox", { checked: true });
  const names = m.structures.filter((s) => shown.includes(s.id)).map((s) => s.name);
  await expect(checked).toHaveCount(shown.length);
  for (const n of names)
    await expect(v.getByRole("checkbox", { name: n, exact: true })).toBeChecked();
  // Only the JHU layer is on (the default would be the first annotator, AAL).
  await expect(v.getByRole("checkbox", { name: /^JHU white-matter labels/ })).toBeChecked();
  await expect(v.getByRole("checkbox", { name: /^AAL atlas/ })).not.toBeChecked();
});

test("the case page URL follows the viewer and reopens the same view", async ({ page }) => {
  const dims = caseJson<{ grid: { dims: number[] } }>("colin27").grid.dims;
  await page.goto("/cases/colin27?plane=coronal&slice=120");
  const v = page.getByTestId("case-viewer");
  await ready(v);
  await expect(v.getByLabel("Orientation")).toHaveValue("coronal");
  await expect(v.getByTestId("slice-indicator")).toHaveText(`120 / ${dims[1]}`);
  await page.getByTestId("viewport-area").focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("+");
  await expect.poll(() => new URL(page.url()).searchParams.get("slice")).toBe("121");
  await expect.poll(() => new URL(page.url()).searchParams.get("zoom")).toBe("1.25");
  expect(new URL(page.url()).searchParams.get("plane")).toBe("coronal");
  await page.reload();
  await ready(page.getByTestId("case-viewer"));
  await expect(page.getByLabel("Orientation")).toHaveValue("coronal");
  await expect(page.getByTestId("slice-indicator")).toHaveText(`121 / ${dims[1]}`);
  await expect.poll(() => new URL(page.url()).searchParams.get("zoom")).toBe("1.25");
});

test("a name item on a structure of another atlas shows it in that atlas's layer", async ({
  page,
}) => {
  // colin27-jhu-genu-cc-name: the genu of the corpus callosum, a JHU structure (not AAL, the
  // first annotator, which the viewer shows by default).
  await page.goto("/quiz/colin27-jhu-genu-cc-name");
  const v = page.getByTestId("case-viewer");
  await ready(v);
  await expect(v.getByRole("checkbox", { name: /^JHU white-matter labels/ })).toBeChecked();
  await expect(v.getByRole("checkbox", { name: /^AAL atlas/ })).not.toBeChecked();
  await page.waitForTimeout(400);
  expect(colourFraction(await shot(page.getByTestId("main-viewport")))).toBeGreaterThan(0.001);
});
