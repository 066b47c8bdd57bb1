/**
 * Pages that show no viewer ship none of its code: every script a page loads is fetched and searched
 * for cornerstone's markers. The case page (which has a viewer) is the control: there the same
 * markers must be found, so the check cannot pass by looking for the wrong thing. Likewise, case
 * pages without DICOM load no DICOM image loader (it is imported on demand), with a DICOMweb case
 * page as the control that does.
 */
import { expect, test, type Page } from "@playwright/test";

/** Strings that only the cornerstone3d / vtk.js bundle contains. */
const MARKERS = ["cornerstoneStreamingImageVolume", "vtkOpenGLRenderWindow"];

/** Collects the text of every script `page` loads from now on. */
function scriptTexts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  });
  return () => Promise.all(bodies);
}

/** Loads `url`, waits for the network to settle, and returns the markers found in its scripts. */
async function markersIn(page: Page, url: string): Promise<{ scripts: number; found: string[] }> {
  const scripts = scriptTexts(page);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const texts = await scripts();
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
  // Collected once the viewer is ready, not at network idle: with the poster painted, the page can
  // sit idle for 500 ms (a busy main thread hydrating) before it asks for the viewer's chunks.
  const scripts = scriptTexts(page);
  await page.goto("/cases/colin27");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  const texts = await scripts();
  expect(MARKERS.filter((m) => texts.some((t) => t.includes(m)))).toEqual(MARKERS);
});

/** A string only the DICOM image loader's code contains (its dicom-parser): loaded on demand. */
const DICOM_LOADER = "parseDicom";

const withDicomLoader = (texts: string[]) => texts.filter((t) => t.includes(DICOM_LOADER)).length;

for (const id of ["colin27", "skull-drr-frontal"]) {
  test(`the ${id} case page (no DICOM) loads no DICOM loader code`, async ({ page }) => {
    const scripts = scriptTexts(page);
    await page.goto(`/cases/${id}`);
    await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
      timeout: 60_000,
    });
    await page.waitForLoadState("networkidle");
    const texts = await scripts();
    expect(
      texts.some((t) => t.includes(MARKERS[0])),
      "the viewer code itself loaded",
    ).toBe(true);
    expect(withDicomLoader(texts), "scripts containing the DICOM loader").toBe(0);
  });
}

test("control: a DICOMweb case page loads the DICOM loader code", async ({ page }) => {
  const scripts = scriptTexts(page);
  await page.goto("/cases/ct-seg-dicomweb");
  // With or without Orthanc running: the loader is fetched before the series is asked for.
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", /ready|error/, {
    timeout: 60_000,
  });
  expect(withDicomLoader(await scripts()), "scripts containing the DICOM loader").toBeGreaterThan(
    0,
  );
});
