/**
 * Coronal and sagittal quiz items in the real browser, by mouse, touch and keyboard. The target
 * slice and every reference point are computed here from the label NIfTI files on disk (coronal:
 * the j with the most voxels of the label, sagittal: the i), never read from the UI; the UI is only
 * used to answer and to read the grade.
 */
import { expect, test } from "@playwright/test";
import { indexToWorld } from "../../lib/domain/geometry/grid";
import { labelOf, readLabels, type P3 } from "./helpers/quiz-geometry";
import { expectFullMarks, keyboardCursor, lastGrade, openItem, toPage } from "./helpers/quiz-page";
import { shot } from "./helpers/viewer-pixels";

test.use({ hasTouch: true, viewport: { width: 1100, height: 900 } });

const aal = readLabels("/cases/colin27/aal.nii.gz");
const jhu = readLabels("/cases/colin27/jhu-white-matter.nii.gz");

/**
 * The slice across grid axis `axis` (0 sagittal, 1 coronal) with the most voxels of `label`
 * (lowest on ties), that slice's voxels of the label as [i, j, k], and the one nearest their centroid.
 */
function planeTarget(lm: typeof aal, label: number, axis: 0 | 1) {
  const [nx, ny, nz] = lm.grid.dims;
  const counts = new Array(lm.grid.dims[axis]).fill(0);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        if (lm.data[i + nx * (j + ny * k)] === label) counts[axis === 0 ? i : j]++;
  const s = counts.indexOf(Math.max(...counts));
  const vox: P3[] = [];
  for (let k = 0; k < nz; k++)
    for (let t = 0; t < (axis === 0 ? ny : nx); t++) {
      const [i, j] = axis === 0 ? [s, t] : [t, s];
      if (lm.data[i + nx * (j + ny * k)] === label) vox.push([i, j, k]);
    }
  const c = [0, 1, 2].map((a) => vox.reduce((sum, v) => sum + v[a], 0) / vox.length);
  const d2 = (v: P3) => (v[0] - c[0]) ** 2 + (v[1] - c[1]) ** 2 + (v[2] - c[2]) ** 2;
  const centre = vox.reduce((best, v) => (d2(v) < d2(best) ? v : best));
  return { slice: s, vox, centre };
}

test("mouse, coronal: a click in the right hippocampus passes, one in the left fails", async ({
  page,
}) => {
  const id = "colin27-planes-hippocampus-right-coronal-click";
  const t = planeTarget(aal, labelOf("colin27", "aal.json", "hippocampus-right").label, 1);
  await openItem(page, id, t.slice);
  await page.mouse.click(...(await toPage(page, indexToWorld(aal.grid, t.centre))));
  await page.getByTestId("quiz-check").click();
  await expectFullMarks(page);
  const { answer } = await lastGrade(page, id);
  expect(answer.slice).toBe(t.slice);
  // The click lies on the coronal slice: its world y is that slice's (LPS mm).
  expect(answer.pointMm?.[1]).toBeCloseTo(indexToWorld(aal.grid, t.centre)[1], 3);

  await page.getByTestId("quiz-retry").click();
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  // The same point mirrored across the midline (x → −x, LPS) is in the left hemisphere.
  const w = indexToWorld(aal.grid, t.centre);
  await page.mouse.click(...(await toPage(page, [-w[0], w[1], w[2]])));
  await page.getByTestId("quiz-check").click();
  await expect(page.getByTestId("quiz-feedback")).toHaveAttribute("data-correct", "false");
});

test("touch, sagittal: tapping the splenium of the corpus callosum passes", async ({ page }) => {
  const id = "colin27-planes-splenium-cc-sagittal-click";
  const label = labelOf("colin27", "jhu-white-matter.json", "splenium-of-corpus-callosum").label;
  const t = planeTarget(jhu, label, 0);
  await openItem(page, id, t.slice);
  await page.touchscreen.tap(...(await toPage(page, indexToWorld(jhu.grid, t.centre))));
  await page.getByTestId("quiz-check").tap();
  await expectFullMarks(page);
  const { answer } = await lastGrade(page, id);
  expect(answer.slice).toBe(t.slice);
  expect(answer.pointMm?.[0]).toBeCloseTo(indexToWorld(jhu.grid, t.centre)[0], 3);
});

test("keyboard, coronal: a box around the left insula drawn with arrow keys passes", async ({
  page,
}) => {
  const id = "colin27-planes-insula-left-coronal-box";
  const t = planeTarget(aal, labelOf("colin27", "aal.json", "insula-left").label, 1);
  const is = t.vox.map((v) => v[0]);
  const ks = t.vox.map((v) => v[2]);
  const lo = indexToWorld(aal.grid, [Math.min(...is) - 0.5, t.slice, Math.min(...ks) - 0.5]);
  const hi = indexToWorld(aal.grid, [Math.max(...is) + 0.5, t.slice, Math.max(...ks) + 0.5]);
  await openItem(page, id, t.slice);
  const moveTo = await keyboardCursor(page);
  await moveTo(await toPage(page, lo));
  await page.keyboard.press("Space");
  await moveTo(await toPage(page, hi));
  await page.keyboard.press("Space");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-feedback")).toHaveAttribute("data-correct", "true");
  const { answer, result } = await lastGrade(page, id);
  expect(answer.slice).toBe(t.slice);
  // IoU in world x and z (the coronal plane), by hand from the drawn box and the file's box.
  const b = answer.boxMm as { min: P3; max: P3 };
  const [rx0, rx1] = [Math.min(lo[0], hi[0]), Math.max(lo[0], hi[0])];
  const [rz0, rz1] = [Math.min(lo[2], hi[2]), Math.max(lo[2], hi[2])];
  const ix = Math.max(0, Math.min(b.max[0], rx1) - Math.max(b.min[0], rx0));
  const iz = Math.max(0, Math.min(b.max[2], rz1) - Math.max(b.min[2], rz0));
  const inter = ix * iz;
  const union = (b.max[0] - b.min[0]) * (b.max[2] - b.min[2]) + (rx1 - rx0) * (rz1 - rz0) - inter;
  expect(result.metrics.iou).toBeCloseTo(inter / union, 6);
  expect(result.metrics.iou).toBeGreaterThan(0.8);
});

test("mouse brush, coronal: the left hippocampus half painted is graded by the brush rule in x–z; the error map shows in the coronal view", async ({
  page,
}) => {
  const id = "colin27-planes-hippocampus-left-coronal-outline";
  const t = planeTarget(aal, labelOf("colin27", "aal.json", "hippocampus-left").label, 1);
  const [nx, , nz] = aal.grid.dims;
  const ref = new Uint8Array(nx * nz); // the coronal slice, index i + nx · k
  for (const v of t.vox) ref[v[0] + nx * v[2]] = 1;
  // Row strokes (along i) every 3 rows of k, over the lower half of the rows only.
  const rows = new Map<number, [number, number]>();
  for (const [i, , k] of t.vox) {
    const r = rows.get(k) ?? [i, i];
    rows.set(k, [Math.min(r[0], i), Math.max(r[1], i)]);
  }
  const ks = [...rows.keys()].sort((a, b) => a - b);
  const lower = ks.filter((k) => k < (ks[0] + ks[ks.length - 1]) / 2 && (k - ks[0]) % 3 === 1);
  await openItem(page, id, t.slice);
  await page.getByTestId("outline-tool-brush").click();
  for (const k of lower) {
    const [i0, i1] = rows.get(k) as [number, number];
    const a = await toPage(page, indexToWorld(aal.grid, [i0, t.slice, k]));
    const b = await toPage(page, indexToWorld(aal.grid, [i1, t.slice, k]));
    await page.mouse.move(...a);
    await page.mouse.down();
    await page.mouse.move(...b, { steps: 5 });
    await page.mouse.up();
  }
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, id);
  expect(answer.slice).toBe(t.slice);
  // Brush rule by hand: voxel centre within r of a stroke segment, distances in world x and z.
  const strokes = answer.brush as { pathMm: P3[]; radiusMm: number }[];
  const ans = new Uint8Array(nx * nz);
  for (let k = 0; k < nz; k++)
    for (let i = 0; i < nx; i++) {
      const [x, , z] = indexToWorld(aal.grid, [i, t.slice, k]);
      for (const s of strokes) {
        const p = s.pathMm;
        const segs = p.length === 1 ? [[p[0], p[0]]] : p.slice(1).map((q, n) => [p[n], q]);
        const hit = segs.some(([a, b]) => {
          const [dx, dz] = [b[0] - a[0], b[2] - a[2]];
          const len2 = dx * dx + dz * dz;
          const u = len2 ? Math.min(1, Math.max(0, ((x - a[0]) * dx + (z - a[2]) * dz) / len2)) : 0;
          return Math.hypot(a[0] + u * dx - x, a[2] + u * dz - z) <= s.radiusMm + 1e-7;
        });
        if (hit) ans[i + nx * k] = 1;
      }
    }
  let both = 0;
  let na = 0;
  let nr = 0;
  for (let p = 0; p < ans.length; p++) {
    na += ans[p];
    nr += ref[p];
    both += ans[p] & ref[p];
  }
  const dice = (2 * both) / (na + nr);
  expect(result.metrics.answerVoxels).toBe(na);
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toHaveAttribute("data-correct", dice >= 0.7 ? "true" : "false");
  await expect(page.getByTestId("error-map-legend")).toBeVisible();
  // A reference voxel of the top row, not painted, is drawn blue ("missed") in the coronal view.
  const top = ks[ks.length - 1];
  const missed = t.vox.find((v) => v[2] === top && !ans[v[0] + nx * v[2]]) as P3;
  await page.waitForTimeout(300);
  const vp = page.getByTestId("main-viewport");
  const box = (await vp.boundingBox())!;
  const img = await shot(vp);
  const [px, py] = await toPage(page, indexToWorld(aal.grid, missed));
  const q = 4 * (Math.round(py - box.y) * img.width + Math.round(px - box.x));
  const [r, g, bl] = [img.data[q], img.data[q + 1], img.data[q + 2]];
  expect(bl - Math.max(r, g)).toBeGreaterThan(30);
});
