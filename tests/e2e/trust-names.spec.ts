/**
 * Issue 14 in the browser. The case page shows the annotation QC computed at build time: a summary line that opens into the
 * findings. head-ct: 8 annotated structures (counted from case.json: 2 threshold masks, 5 landmarks, the skull box), and the bone mask's 109 holes
 * of 1022 voxels found by scipy (scripts/reference/expected_qc_components.py). A generated name item
 * accepts the textbook name with its side and says so when the side is wrong.
 */
import { expect, test } from "@playwright/test";

test("case page: QC summary line opens into the list of findings", async ({ page }) => {
  await page.goto("/cases/head-ct");
  const summary = page.getByTestId("qc-summary");
  await expect(summary).toHaveText(/^8 structures, 0 errors, \d+ warnings?$/);
  const findings = page.getByTestId("qc-findings");
  await expect(findings).toBeHidden();
  await summary.click();
  await expect(findings).toBeVisible();
  await expect(findings).toContainText("109 holes (1022 unlabelled voxels enclosed by the mask)");
  const warnings = Number(/(\d+) warnings?$/.exec((await summary.textContent()) ?? "")?.[1]);
  await expect(findings.locator("li")).toHaveCount(warnings);
});

test("generated name item: the textbook name with its side is right, the other side is wrong", async ({
  page,
}) => {
  await page.goto("/quiz/gen-name-colin27-precentral-left");
  const input = page.getByTestId("quiz-name-input");
  const fb = page.getByTestId("quiz-feedback");
  await input.fill("Precentral gyrus, left");
  await page.getByTestId("quiz-check").click();
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toContainText("Correct: this is the left precentral gyrus.");
  await page.getByTestId("quiz-retry").click();
  await input.fill("right precentral gyrus");
  await page.getByTestId("quiz-check").click();
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toContainText("wrong side: left side, not right");
});
