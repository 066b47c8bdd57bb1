/**
 * A case that lives only in Orthanc (DICOMweb), read through the site's /dicom-web proxy in a real
 * browser, with its SEG-derived overlay; then Orthanc is stopped and the viewer must show its error
 * panel (not a blank page). Orthanc is started/stopped here with the repo's own pacs scripts
 * (npm run pacs:up / pacs:load / pacs:down; installs Debian orthanc when missing and root).
 * The Next server must see ORTHANC_URL (playwright.config.ts passes http://127.0.0.1:8042 by default).
 */
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { decode } from "fast-png";

const CASE = "ct-seg-dicomweb";
const pacs = (cmd: string) =>
  execFileSync("npx", ["tsx", "scripts/pacs/pacs.ts", cmd], {
    stdio: "inherit",
    env: { ...process.env, PACS_PORT: process.env.PACS_PORT ?? "8042" },
  });

test.describe.configure({ mode: "serial" });
test.beforeAll(() => {
  pacs("up");
  pacs("load");
});
test.afterAll(() => pacs("down"));

type P3 = [number, number, number];
async function hover(page: Page, world: P3): Promise<void> {
  const xy = await page.evaluate(
    (w) =>
      (
        window as unknown as { __caseViewer: { worldToCanvas: (p: P3) => [number, number] | null } }
      ).__caseViewer.worldToCanvas(w),
    world,
  );
  expect(xy).not.toBeNull();
  const box = (await page.getByTestId("main-viewport").boundingBox())!;
  await page.mouse.move(box.x + xy![0], box.y + xy![1]);
}

test("a case stored only in Orthanc renders through /dicom-web with its overlay", async ({
  page,
  request,
}) => {
  // The images are not shipped with the site.
  expect((await request.get(`/cases/${CASE}/ct-1.dcm`)).status()).toBe(404);
  const dicomweb: { url: string; status: number }[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/dicom-web/"))
      dicomweb.push({ url: r.url(), status: r.status() });
  });
  await page.goto(`/cases/${CASE}`);
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  expect(dicomweb.some((r) => r.url.includes("/metadata") && r.status === 200)).toBe(true);
  expect(
    dicomweb.filter((r) => r.url.includes("/frames/") && r.status === 200).length,
  ).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("slice-indicator")).toContainText("/ 3");

  // The CT pixels are drawn (not a blank canvas): with the overlay hidden, luminance varies inside
  // the image (the slice spans 991–1489 HU; the case opens on its "Bone detail" window 1300/500).
  await page.getByRole("button", { name: "Hide all" }).click();
  await page.waitForTimeout(500);
  const png = decode(await page.getByTestId("main-viewport").screenshot());
  const lum: number[] = [];
  for (let y = Math.floor(png.height * 0.3); y < png.height * 0.7; y += 3)
    for (let x = Math.floor(png.width * 0.3); x < png.width * 0.7; x += 3)
      lum.push(png.data[(y * png.width + x) * png.channels]!);
  const mean = lum.reduce((a, b) => a + b, 0) / lum.length;
  const sd = Math.sqrt(lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length);
  expect(sd).toBeGreaterThan(5);
  await page.getByRole("button", { name: "Show all" }).click();

  // The SEG overlay is loaded on the CT grid: the middle slice (k = 1) is labelled everywhere
  // (256 of 256 voxels in the SEG), so its centre voxel names the structure.
  const slice = await page.evaluate(() =>
    (window as unknown as { __caseViewer: { slice: () => number } }).__caseViewer.slice(),
  );
  expect(slice).toBe(1);
  const [sx, sy, sz] = [0.488281, 0.488281, 1.25];
  const origin: P3 = [-125.0, -128.100006, 103.019997];
  await hover(page, [origin[0] + 8 * sx, origin[1] + 8 * sy, origin[2] + slice * sz]);
  await expect(page.getByTestId("structure-readout")).toContainText("Bone (test segmentation)");
});

test("stopping Orthanc mid-lesson shows the viewer's error panel, not a blank page", async ({
  page,
}) => {
  await page.goto(`/cases/${CASE}`);
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  pacs("down");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "error", {
    timeout: 60_000,
  });
  const panel = page.getByTestId("viewer-error");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("DICOMweb series");
  await expect(panel).toContainText(/HTTP 50\d|unreachable/);
});
