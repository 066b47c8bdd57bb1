/**
 * The volume's loading bar shows real bytes: on a network throttled (CDP) to 0.5 MB/s, the Colin27
 * image (3.5 MB .nii.gz) takes seconds, and the bar must be seen part-way with a "x / y MB" text
 * whose total is the file's real size, before the viewer becomes ready.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const FILE = path.resolve(__dirname, "../../public/cases/colin27/image.nii.gz");

test("a throttled volume download shows byte progress part-way, then the image", async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: 500_000,
    uploadThroughput: 1_000_000,
  });
  await page.goto("/cases/colin27");
  const bar = page.getByRole("progressbar", { name: "Image download progress" });
  await expect(bar).toBeVisible({ timeout: 60_000 });
  const seen: { value: number; text: string }[] = [];
  const viewer = page.getByTestId("case-viewer");
  while ((await viewer.getAttribute("data-state")) === "loading") {
    const s = await page
      .evaluate(() => {
        const el = document.querySelector<HTMLProgressElement>(
          'progress[aria-label="Image download progress"]',
        );
        const text = el?.parentElement?.querySelector("p")?.textContent ?? "";
        return el && el.hasAttribute("value") ? { value: el.value, text } : null;
      })
      .catch(() => null);
    if (s) seen.push(s);
    await page.waitForTimeout(100);
  }
  await expect(viewer).toHaveAttribute("data-state", "ready");
  const mid = seen.filter((s) => s.value > 0.05 && s.value < 0.95);
  console.log(
    `[progress e2e] ${seen.length} samples, ${mid.length} part-way: ${mid.map((s) => s.text).join(" | ")}`,
  );
  // At 0.5 MB/s the 3.5 MB file takes ≈ 7 s: sampled every 100 ms, several samples fall part-way.
  expect(mid.length).toBeGreaterThan(3);
  const totalMb = (statSync(FILE).size / 1e6).toFixed(1);
  expect(mid[0].text).toMatch(new RegExp(`\\d+\\.\\d / ${totalMb.replace(".", "\\.")} MB`));
  // Monotonic: bytes only grow.
  for (let n = 1; n < mid.length; n++)
    expect(mid[n].value).toBeGreaterThanOrEqual(mid[n - 1].value);
});
