/**
 * Quiz items in a real Chromium on the real Colin27 / head-CT cases. Target locations come from the
 * label files on disk (lib/io readNifti), not from the UI; the viewer's test hook only maps world mm
 * to screen pixels.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import {
  deepestPoint,
  labelOf,
  readLabels,
  sliceMask,
  starContour,
  writeSliceMask,
  type P3,
} from "./helpers/quiz-geometry";
import { keyboardCursor, lastGrade, openItem, toPage } from "./helpers/quiz-page";

const caseJson = JSON.parse(fs.readFileSync("content/cases/colin27/case.json", "utf8"));
const nameOf = (id: string): string =>
  caseJson.structures.find((s: { id: string }) => s.id === id).name;
const aalSet = JSON.parse(fs.readFileSync("content/cases/colin27/annotations/aal.json", "utf8"));

const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const aal = readLabels(hippo.labelmap);
const HIPPO_SLICE = 60; // largest axial slice of AAL label 37 (numpy: argmax of per-slice counts, 407 voxels)

test.describe("click the structure", () => {
  test("a click inside the target (from the label file) is correct", async ({ page }) => {
    const target = deepestPoint(
      aal.grid,
      sliceMask(aal.grid, aal.data, hippo.label, HIPPO_SLICE),
      HIPPO_SLICE,
    );
    await openItem(page, "colin27-hippocampus-left-click", HIPPO_SLICE);
    await page.mouse.click(...(await toPage(page, target)));
    await page.getByTestId("quiz-check").click();
    const fb = page.getByTestId("quiz-feedback");
    await expect(fb).toHaveAttribute("data-correct", "true");
    await expect(fb).toHaveAttribute("data-score", "100");
  });

  test("a click inside another structure is incorrect and names it", async ({ page }) => {
    // The other AAL label with most voxels on this slice.
    const n = aal.grid.dims[0] * aal.grid.dims[1];
    const counts = new Map<number, number>();
    for (let p = 0; p < n; p++) {
      const v = aal.data[HIPPO_SLICE * n + p];
      if (v && v !== hippo.label) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const other = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const otherId = aalSet.annotations.find((a: { label: number }) => a.label === other).structure;
    const point = deepestPoint(
      aal.grid,
      sliceMask(aal.grid, aal.data, other, HIPPO_SLICE),
      HIPPO_SLICE,
    );
    await openItem(page, "colin27-hippocampus-left-click", HIPPO_SLICE);
    await page.mouse.click(...(await toPage(page, point)));
    await page.getByTestId("quiz-check").click();
    const fb = page.getByTestId("quiz-feedback");
    await expect(fb).toHaveAttribute("data-correct", "false");
    await expect(fb).toContainText(`on the ${nameOf(otherId)}`);
    await expect(fb).toContainText(/\d+(\.\d)? mm from the Hippocampus, left/);
  });
});

test("outline following the expert contour: the Dice shown equals npm run grade on the same masks", async ({
  page,
}) => {
  const thal = labelOf("colin27", "aal.json", "thalamus-left");
  const K = 78; // largest axial slice of AAL label 77 (numpy argmax, 543 voxels)
  const ref = sliceMask(aal.grid, aal.data, thal.label, K);
  const contour = starContour(aal.grid, ref, K);
  await openItem(page, "colin27-thalamus-left-outline", K);
  const pts = await Promise.all(contour.map((p) => toPage(page, p)));
  // Freehand: press on the first vertex, drag through all of them, release (closes the outline).
  await page.mouse.move(...pts[0]);
  await page.mouse.down();
  for (const p of [...pts.slice(1), pts[0]]) await page.mouse.move(...p, { steps: 3 });
  await page.mouse.up();
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();

  const { answer, result } = await lastGrade(page, "colin27-thalamus-left-outline");
  expect(answer.slice).toBe(K);
  const ans = rasterisePolygon(aal.grid, K, answer.polygonMm as P3[]).data;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-e2e-"));
  writeSliceMask(path.join(dir, "ref.nii.gz"), aal.grid, K, ref);
  writeSliceMask(path.join(dir, "ans.nii.gz"), aal.grid, K, ans);
  const out = execFileSync(
    "npm",
    [
      "run",
      "--silent",
      "grade",
      "--",
      "--reference",
      path.join(dir, "ref.nii.gz"),
      "--answer",
      path.join(dir, "ans.nii.gz"),
      "--json",
    ],
    { encoding: "utf8" },
  );
  const cli = JSON.parse(out.trim().split("\n").at(-1) as string) as { dice: number };
  fs.rmSync(dir, { recursive: true, force: true });

  expect(cli.dice).toBeGreaterThan(0.8); // the outline really follows the expert contour
  expect(result.metrics.dice).toBeCloseTo(cli.dice, 9);
  await expect(fb).toContainText(`(Dice ${cli.dice.toFixed(2)})`);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * cli.dice)));
  await expect(fb).toHaveAttribute("data-correct", cli.dice >= 0.7 ? "true" : "false");
});

test("landmark placed 2 mm off with a 3 mm tolerance is correct", async ({ page }) => {
  const set = JSON.parse(
    fs.readFileSync("content/cases/head-ct/annotations/landmarks-illustrative.json", "utf8"),
  );
  const nasion: P3 = set.annotations.find(
    (a: { structure: string }) => a.structure === "nasion",
  ).point;
  const grid = JSON.parse(fs.readFileSync("content/cases/head-ct/case.json", "utf8")).grid;
  const k = Math.round((nasion[2] - grid.origin[2]) / grid.spacing[2]);
  const sliceZ = grid.origin[2] + k * grid.spacing[2];
  const answer: P3 = [nasion[0] + 2, nasion[1], sliceZ];
  const expected = Math.hypot(2, sliceZ - nasion[2]);
  expect(expected).toBeLessThan(3);
  await openItem(page, "head-ct-nasion-landmark", k);
  await page.mouse.click(...(await toPage(page, answer)));
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  const { result } = await lastGrade(page, "head-ct-nasion-landmark");
  expect(result.metrics.distanceMm).toBeCloseTo(expected, 0); // within 0.5 mm of screen rounding
  await expect(fb).toContainText(/Correct: your point is 2(\.\d)? mm/);
});

test("keyboard: a box drawn with arrow keys and Space around the caudate passes", async ({
  page,
}) => {
  const caud = labelOf("colin27", "aal.json", "caudate-left");
  const K = 92; // resolved target slice of colin27-caudate-left-box (numpy: argmax of the per-slice voxel counts of the label)
  const m = sliceMask(aal.grid, aal.data, caud.label, K);
  const [nx] = aal.grid.dims;
  let [i0, j0, i1, j1] = [Infinity, Infinity, -Infinity, -Infinity];
  m.forEach((v, p) => {
    if (!v) return;
    const i = p % nx;
    const j = Math.floor(p / nx);
    [i0, j0, i1, j1] = [Math.min(i0, i), Math.min(j0, j), Math.max(i1, i), Math.max(j1, j)];
  });
  const { indexToWorld } = await import("../../lib/domain/geometry/grid");
  await openItem(page, "colin27-caudate-left-box", K);
  const corners = [
    await toPage(page, indexToWorld(aal.grid, [i0 - 0.5, j0 - 0.5, K])),
    await toPage(page, indexToWorld(aal.grid, [i1 + 0.5, j1 + 0.5, K])),
  ];
  const moveTo = await keyboardCursor(page);
  await moveTo(corners[0]);
  await page.keyboard.press("Space");
  await moveTo(corners[1]);
  await page.keyboard.press("Space");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  expect(Number(await fb.getAttribute("data-score"))).toBeGreaterThanOrEqual(80);
});

test("keyboard: typing a name with a typo is accepted", async ({ page }) => {
  await page.goto("/quiz/colin27-hippocampus-left-name");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  await page.getByTestId("quiz-name-input").focus();
  await page.keyboard.type("left hipocampus");
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toContainText("typo");
});
