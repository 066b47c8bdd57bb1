/**
 * Broken cases: the viewer shows an error panel naming what failed, the page around it (the lesson
 * text) still renders, and nothing throws uncaught. Fixture cases live in tests/fixtures/viewer-cases
 * and are shown by the test route /dev/viewer/<id>.
 */
import { expect, test } from "@playwright/test";

test("a missing image file shows the error panel; the lesson text still renders", async ({
  page,
}) => {
  const uncaught: string[] = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.goto("/dev/viewer/broken-image");
  await expect(page.getByTestId("lesson-text")).toBeVisible();
  const viewer = page.getByTestId("case-viewer");
  await expect(viewer).toHaveAttribute("data-state", "error", { timeout: 60_000 });
  const panel = page.getByTestId("viewer-error");
  await expect(panel).toContainText("/cases/broken-image/missing.nii.gz");
  await expect(panel).toContainText("not found");
  await expect(page.getByText("Text after the viewer.")).toBeVisible();
  expect(uncaught).toEqual([]);
});

test("an image on a different grid than the case says is reported as a wrong grid", async ({
  page,
}) => {
  const uncaught: string[] = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.goto("/dev/viewer/wrong-grid");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "error", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("viewer-error")).toContainText("wrong grid");
  // Both grids are named (lib/domain/geometry/grid-compare.ts wording).
  await expect(page.getByTestId("viewer-error")).toContainText(
    "181 × 217 × 181 (file) vs 181 × 217 × 180 (case grid)",
  );
  await expect(page.getByTestId("lesson-text")).toBeVisible();
  expect(uncaught).toEqual([]);
});

// The corrupt files are written by tests/e2e/helpers/corrupt-cases.ts (run before the e2e build).
test("a cut-off NIfTI download is reported as unreadable, naming the file", async ({ page }) => {
  const uncaught: string[] = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.goto("/dev/viewer/corrupt-nifti");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "error", {
    timeout: 60_000,
  });
  const panel = page.getByTestId("viewer-error");
  await expect(panel).toContainText("/dev/fixture-files/corrupt-nifti/image.nii.gz");
  await expect(panel).toContainText("unreadable");
  await expect(page.getByText("Text after the viewer.")).toBeVisible();
  expect(uncaught).toEqual([]);
});

test("a DICOM series with a truncated file names the unreadable slice", async ({ page }) => {
  const uncaught: string[] = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  await page.goto("/dev/viewer/corrupt-dicom");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "error", {
    timeout: 60_000,
  });
  const panel = page.getByTestId("viewer-error");
  // Slice 1 is a valid file; slice 2 is cut off inside its pixel data.
  await expect(panel).toContainText("unreadable DICOM at slice 2");
  await expect(panel).toContainText("/dev/fixture-files/corrupt-dicom/02.dcm");
  await expect(page.getByTestId("lesson-text")).toBeVisible();
  expect(uncaught).toEqual([]);
});
