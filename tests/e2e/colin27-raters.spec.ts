/**
 * Colin27 atlases as raters of one concept: the agreement panel pairs AAL's left insula with the
 * Harvard-Oxford one split at x = 0 mm, its Dice equals `npm run agreement` on the same files
 * (each with its own label), and its leave-one-out scores and tolerance equal the numpy reference
 * (scripts/golden/make_colin27_raters_expected.py). The case page shows each set's protocol.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "@playwright/test";

const AAL = "AAL atlas (Tzourio-Mazoyer et al. 2002)";
const HO = "Harvard-Oxford cortical atlas (FSL)";
const labelOf = (set: string, id: string): number =>
  JSON.parse(
    fs.readFileSync(`content/cases/colin27/annotations/${set}.json`, "utf8"),
  ).annotations.find((a: { structure: string }) => a.structure === id).label;
const golden = JSON.parse(
  fs.readFileSync("tests/fixtures/golden/colin27-raters-expected.json", "utf8"),
).pairs.find((p: { structure: string }) => p.structure === "insula-left") as {
  looDice: number[];
  tolerance: number;
};

test("agreement panel on the left insula: AAL vs split Harvard-Oxford, as npm run agreement", async ({
  page,
}) => {
  const files = [
    `public/cases/colin27/aal.nii.gz:${labelOf("aal", "insula-left")}`,
    `public/cases/colin27/harvard-oxford-split.nii.gz:${labelOf("harvard-oxford-split", "insular-cortex-left")}`,
  ];
  const out = execFileSync("npm", ["run", "--silent", "agreement", "--", ...files, "--json"], {
    encoding: "utf8",
  });
  const dice = (JSON.parse(out.trim().split("\n").at(-1)!) as { pairwiseDice: number[][] })
    .pairwiseDice[0][1];
  await page.goto("/dev/viewer/colin27");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  await page.getByText("Agreement between annotators").click();
  const item = page.getByRole("listitem").filter({ hasText: /^Insula, left/ });
  await expect(item.getByTestId("dice")).toHaveText(`${AAL} vs ${HO}: Dice ${dice.toFixed(2)}`, {
    timeout: 90_000,
  });
  const loo = item.getByTestId("loo");
  await expect(loo).toHaveText([
    `${AAL}: ${golden.looDice[0].toFixed(3)}`,
    `${HO}: ${golden.looDice[1].toFixed(3)}`,
  ]);
  await expect(item.getByTestId("spread-pass")).toContainText(
    `Outline pass mark ${Math.min(...golden.looDice).toFixed(2)} (the lowest of these); edge tolerance ${golden.tolerance} mm`,
  );
});

test("case page: every set's guideline, tool and training beside its annotator", async ({
  page,
}) => {
  await page.goto("/cases/colin27");
  const sets = page.getByTestId("set-protocol");
  await expect(sets).toHaveCount(6);
  const split = sets.filter({ hasText: "Set harvard-oxford-split" });
  await expect(split).toContainText("x = 0 mm plane of the MNI grid");
  await expect(sets.filter({ hasText: "Set aal" }).locator("dd").nth(1)).toHaveText(
    "not stated by the source",
  );
});
