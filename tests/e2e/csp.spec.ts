/**
 * CSP without `'unsafe-inline'` scripts (issue 15, MEDIUM 7; proxy.ts): a prerendered page carries
 * the hashes of its own inline scripts, a page rendered on demand a per-request nonce. Either way
 * the page hydrates and runs its viewer without a CSP violation, while a script injected into the
 * page (what an XSS would do) does not run.
 */
import { expect, test, type Page } from "@playwright/test";

/** script-src of the page's CSP header. */
const scriptSrc = (csp: string | undefined) =>
  (csp ?? "").split(";").find((d) => d.trim().startsWith("script-src")) ?? "";

/** Collects CSP violations reported by the browser. */
function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/** True when an inline script added to the page runs. */
const injectedScriptRuns = (page: Page) =>
  page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = 1";
    document.body.append(s);
    return (window as unknown as { __injected?: number }).__injected === 1;
  });

test("a prerendered case page: hashes of its inline scripts, viewer runs, injection blocked", async ({
  page,
}) => {
  const seen = violations(page);
  const res = await page.goto("/cases/head-ct");
  const src = scriptSrc(res!.headers()["content-security-policy"]);
  expect(src).not.toContain("'unsafe-inline'");
  expect(src).not.toContain("'unsafe-eval'");
  expect(src).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
  await expect(page.getByTestId("case-viewer")).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  expect(seen).toEqual([]);
  expect(await injectedScriptRuns(page)).toBe(false);
});

test("a page rendered on demand: a fresh nonce on every response, and it works", async ({
  page,
  request,
}) => {
  const url = "/practice/colin27?seed=csp&n=2";
  const nonces = await Promise.all(
    [0, 1].map(async () => {
      const r = await request.get(url);
      const src = scriptSrc(r.headers()["content-security-policy"]);
      expect(src).not.toContain("'unsafe-inline'");
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(src)?.[1];
      expect(nonce).toBeTruthy();
      expect(await r.text()).toContain(`nonce="${nonce}"`);
      return nonce;
    }),
  );
  expect(nonces[0]).not.toBe(nonces[1]);
  const seen = violations(page);
  await page.goto(url);
  await expect(page.getByTestId("quiz-set")).toBeVisible();
  await expect(page.getByTestId("case-viewer").first()).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  expect(seen).toEqual([]);
  expect(await injectedScriptRuns(page)).toBe(false);
});

test("a lesson page parses quiz and progress data without a CSP violation (zod jitless)", async ({
  page,
}) => {
  // A caught `new Function` under the CSP is reported as an event (and to Lighthouse), not
  // always as a console message, so the page's securitypolicyviolation events are collected too.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const seen = violations(page);
  await page.goto("/lessons/cortical-anatomy-axial-mri");
  await expect(page.getByTestId("case-viewer").first()).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  // Grading records the attempt in local progress, which zod validates on the client.
  const item = page.locator('[data-testid="quiz-item"][data-item-id="axial-orientation-mcq"]');
  await item.getByLabel("On the image left").check();
  await item.getByTestId("quiz-check").click();
  await expect(item.getByTestId("quiz-feedback")).toHaveAttribute("data-score", "0");
  const events = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(await events()).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("case-viewer").first()).toHaveAttribute("data-state", "ready", {
    timeout: 60_000,
  });
  expect(await events()).toEqual([]);
  expect(seen).toEqual([]);
});
