/**
 * What a student reads around a single-slice click item, in a real Chromium on Colin27: the slice
 * number is one-based, the layer and structure panels show no overlay while none is drawn, and a
 * miss reports the in-plane distance on the slice seen (not the shorter 3D distance to a voxel on
 * another slice). Expected numbers come from the AAL label file on disk, computed here by brute
 * force from the graded click, never from the app's grading code.
 */
import { expect, test } from "@playwright/test";
import { worldToIndex } from "../../lib/domain/geometry/grid";
import {
  deepestPoint,
  labelOf,
  readLabels,
  sliceMask,
  structureName,
  textbookName,
  type P3,
} from "./helpers/quiz-geometry";
import { lastGrade, openItem, toPage } from "./helpers/quiz-page";

const ITEM = "colin27-precentral-right-click";
const target = labelOf("colin27", "aal.json", "precentral-right");
// Clicked instead: the deepest point of the left superior parietal lobule on the item's slice; its
// 3D distance to the right precentral gyrus (50 mm, numpy/scipy) is far shorter than the in-plane one.
const other = labelOf("colin27", "aal.json", "parietal-sup-left");
const aal = readLabels(target.labelmap);
const [nx, ny, nz] = aal.grid.dims;

/** Zero-based slice where the target has most voxels (the item pins none). */
function largestSlice(label: number): number {
  const counts = new Array<number>(nz).fill(0);
  for (let p = 0; p < aal.data.length; p++)
    if (aal.data[p] === label) counts[Math.floor(p / (nx * ny))]++;
  return counts.indexOf(Math.max(...counts));
}

/** mm from continuous index c to the nearest target voxel centre, on slice k only or on any slice. */
function nearestMm(c: P3, k: number | null): number {
  let best = Infinity;
  const [sx, sy, sz] = aal.grid.spacing;
  for (let kk = k ?? 0; kk <= (k ?? nz - 1); kk++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        if (aal.data[i + nx * (j + ny * kk)] !== target.label) continue;
        const d = Math.hypot((i - c[0]) * sx, (j - c[1]) * sy, (kk - c[2]) * sz);
        if (d < best) best = d;
      }
  return best;
}

/** The feedback's number format: one decimal, whole numbers without one. */
const fmt = (mm: number) => {
  const r = Math.round(mm * 10) / 10;
  return Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1);
};

test("single-slice click: one-based slice, true layer state, in-plane distance", async ({
  page,
}) => {
  const K = largestSlice(target.label);
  await openItem(page, ITEM, K);
  await expect(page.getByTestId("slice-indicator")).toHaveText(`${K + 1} / ${nz}`);

  // Before the answer no overlay is drawn: the panels must not show it ticked.
  const layers = page.getByRole("group", { name: "Annotation layers" });
  const aalBox = layers.getByRole("checkbox", { name: /AAL atlas/ });
  await expect(aalBox).not.toBeChecked();
  await expect(aalBox).toBeDisabled();
  await expect(page.getByTestId("layers-note")).toHaveText("Hidden during this question.");
  const ticks = await page
    .getByTestId("structure-list")
    .getByRole("checkbox")
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
  expect(ticks.length).toBeGreaterThan(100); // AAL's 116 structures and their lobes
  expect(ticks.filter(Boolean)).toEqual([]);

  const point = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, other.label, K), K);
  await page.mouse.click(...(await toPage(page, point)));
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "false");

  const { answer, result } = await lastGrade(page, ITEM);
  expect(answer.slice).toBe(K);
  const c = worldToIndex(aal.grid, answer.pointMm!);
  const inPlane = nearestMm([c[0], c[1], K], K);
  const in3d = nearestMm([c[0], c[1], K], null);
  expect(inPlane - in3d).toBeGreaterThan(10); // the two distances really differ here
  expect(result.metrics.distanceMm).toBeCloseTo(inPlane, 6);
  await expect(fb).toContainText(
    `${fmt(inPlane)} mm from the ${textbookName("colin27", "precentral-right")} on this slice (slice ${K + 1}, in-plane distance)`,
  );
  await expect(fb).not.toContainText(`${fmt(in3d)} mm`);

  // After the answer the reference is drawn (the one structure): the panels say so.
  await expect(aalBox).toBeChecked();
  await expect(page.getByTestId("layers-note")).toHaveCount(0);
  await expect(
    page
      .getByTestId("structure-list")
      .getByRole("checkbox", { name: structureName("colin27", "precentral-right"), exact: true }),
  ).toBeChecked();
  await expect(
    page
      .getByTestId("structure-list")
      .getByRole("checkbox", { name: structureName("colin27", "parietal-sup-left"), exact: true }),
  ).not.toBeChecked();
});
