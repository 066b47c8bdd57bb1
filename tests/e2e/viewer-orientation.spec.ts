/**
 * Orientation markers (R/L, A/P, S/I) on the viewports. The side a marker names is checked against
 * the files, not the UI: on colin27, an AAL region whose voxels lie at patient-left world x (LPS
 * x > 0, computed here from the NIfTI grid) is shown alone, and the pixels it changes must lie on
 * the side whose marker reads "L". Radiographs show the orientation their manifest declares.
 */
import { expect, test, type Page } from "@playwright/test";
import { colin27, openColin, voxelWorld } from "./helpers/viewer-labels";
import { diffMask, shot } from "./helpers/viewer-pixels";
import { caseJson } from "./helpers/viewer-labels";

async function markers(page: Page, viewport: string) {
  const vp = page.getByTestId(viewport);
  const slot = vp.locator("..");
  const read = async (edge: string) =>
    (await slot.getByTestId(`orientation-${edge}`).textContent())?.trim();
  return {
    top: await read("top"),
    bottom: await read("bottom"),
    left: await read("left"),
    right: await read("right"),
  };
}

test("colin27 axial: the L marker is on the side where a left-hemisphere region is drawn", async ({
  page,
}) => {
  const { manifest, aal, labels } = colin27();
  await openColin(page);
  const k = await page.evaluate(() => window.__caseViewer!.slice());
  // The AAL region with the most voxels on this slice whose voxels lie at patient-left x (LPS x > 0).
  const [nx, ny] = labels.grid.dims;
  const sum = new Map<number, { n: number; x: number }>();
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) {
      const v = labels.data[i + nx * (j + ny * k)];
      if (!v) continue;
      const s = sum.get(v) ?? { n: 0, x: 0 };
      s.n++;
      s.x += voxelWorld(labels.grid, i, j, k)[0];
      sum.set(v, s);
    }
  const [label] = [...sum].filter(([, s]) => s.x / s.n > 20).sort((a, b) => b[1].n - a[1].n)[0];
  const sid = aal.annotations.find((a) => a.label === label)!.structure;
  const name = manifest.structures.find((s) => s.id === sid)!.name;

  expect(await markers(page, "main-viewport")).toEqual({
    top: "A",
    bottom: "P",
    left: "R",
    right: "L",
  });
  await page.getByRole("button", { name: "Hide all" }).click();
  await page.waitForTimeout(300);
  const vp = page.getByTestId("main-viewport");
  const bare = await shot(vp);
  await page.getByRole("checkbox", { name, exact: true }).check();
  await page.waitForTimeout(400);
  const one = await shot(vp);
  const changed = diffMask(bare, one, 8);
  let n = 0;
  let xs = 0;
  changed.forEach((c, p) => {
    if (c) {
      n++;
      xs += p % bare.width;
    }
  });
  expect(n, `pixels changed by showing ${name}`).toBeGreaterThan(50);
  expect(xs / n / bare.width, `mean x of ${name} (fraction of width)`).toBeGreaterThan(0.5);
});

test("colin27 three views: coronal and sagittal markers; radiographs show their declared sides", async ({
  page,
}) => {
  await openColin(page);
  await page.getByLabel("Layout").selectOption("mpr");
  await page.waitForTimeout(600);
  expect(await markers(page, "viewport-1")).toEqual({
    top: "S",
    bottom: "I",
    left: "R",
    right: "L",
  });
  expect(await markers(page, "viewport-2")).toEqual({
    top: "S",
    bottom: "I",
    left: "A",
    right: "P",
  });

  for (const [id, expected] of [
    ["skull-drr-frontal", { top: "S", bottom: "I", left: "R", right: "L" }],
    ["skull-drr-lateral", { top: "S", bottom: "I", left: "P", right: "A" }],
  ] as const) {
    const m = caseJson<{ displayOrientation: { right: string; down: string } }>(id);
    expect([m.displayOrientation.right, m.displayOrientation.down]).toEqual([
      expected.right,
      expected.bottom,
    ]);
    await page.goto(`/cases/${id}`);
    await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
      timeout: 60_000,
    });
    expect(await markers(page, "main-viewport")).toEqual(expected);
  }
  // A photo has no patient axes: no markers.
  await page.goto("/cases/retina-fundus");
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  await expect(page.getByTestId("orientation-right")).toHaveCount(0);
});
