/**
 * The volume's loading bar shows real bytes: on a network throttled (CDP) to 0.5 MB/s, the Colin27
 * image (3.5 MB .nii.gz) takes seconds, and the bar must be seen part-way with a "x / y MB" text
 * whose total is the file's real size, before the viewer becomes ready. Run on the viewer test page:
 * /cases/<id> preloads its image with the HTML, so there most bytes arrive before the bar mounts.
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
  // Every value the bar takes is recorded in the page as React commits it (sampling from the test
  // would miss values while the main thread is busy decoding).
  await page.addInitScript(() => {
    const seen: { value: number; text: string }[] = [];
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    new MutationObserver(() => {
      const el = document.querySelector<HTMLProgressElement>(
        'progress[aria-label="Image download progress"]',
      );
      if (!el || !el.hasAttribute("value")) return;
      const text = el.parentElement?.querySelector("p")?.textContent ?? "";
      if (seen.at(-1)?.text !== text) seen.push({ value: el.value, text });
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto("/dev/viewer/colin27");
  const viewer = page.getByTestId("case-viewer");
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  const seen = await page.evaluate(
    () => (window as unknown as { __progress: { value: number; text: string }[] }).__progress,
  );
  const mid = seen.filter((s) => s.value > 0.05 && s.value < 0.95);
  console.log(
    `[progress e2e] ${seen.length} samples, ${mid.length} part-way: ${mid[0]?.text} … ${mid.at(-1)?.text}`,
  );
  // At 0.5 MB/s the 3.5 MB file takes ≈ 7 s: the bar must move through several part-way values.
  expect(mid.length).toBeGreaterThan(3);
  const totalMb = (statSync(FILE).size / 1e6).toFixed(1);
  expect(mid[0].text).toMatch(new RegExp(`\\d+\\.\\d / ${totalMb.replace(".", "\\.")} MB`));
  // Monotonic: bytes only grow.
  for (let n = 1; n < mid.length; n++)
    expect(mid[n].value).toBeGreaterThanOrEqual(mid[n - 1].value);
});
