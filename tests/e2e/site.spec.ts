/**
 * Site shell: home, lesson index filters and search (state in the URL), a lesson page with its MDX
 * components, the 404 page. Expected lesson sets are computed from the MDX files themselves
 * (gray-matter), not from the UI.
 */
import { expect, test } from "@playwright/test";
import { readLessons } from "./helpers/lessons";
import { modalitySchema } from "../../lib/domain/model/primitives";

const lessons = readLessons().filter((l) => !l.draft);

test("home explains the atlas and links lessons and modalities", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("teaches by grading");
  // one tile per modality of the case model (MICRO included)
  await expect(page.getByTestId("modality-tile")).toHaveCount(modalitySchema.options.length);
  await page.getByTestId("modality-tile").filter({ hasText: "CT" }).first().click();
  await expect(page).toHaveURL(/\/lessons\?modality=CT$/);
  const expected = lessons.filter((l) => l.modalities.includes("CT")).length;
  await expect(page.getByTestId("lesson-count")).toHaveText(
    `${expected} of ${lessons.length} lessons`,
  );
});

test("lesson filters and search live in the URL and can be shared", async ({ page }) => {
  await page.goto("/lessons");
  await expect(page.getByTestId("lesson-card")).toHaveCount(lessons.length);
  await page.getByLabel("Modality").selectOption("MR");
  await expect(page).toHaveURL(/modality=MR/);
  const mr = lessons.filter((l) => l.modalities.includes("MR"));
  await expect(page.getByTestId("lesson-card")).toHaveCount(mr.length);
  await page.getByLabel("Difficulty").selectOption("intro");
  await expect(page).toHaveURL(/modality=MR.*difficulty=intro|difficulty=intro.*modality=MR/);
  const mrIntro = mr.filter((l) => l.difficulty === "intro");
  await expect(page.getByTestId("lesson-card")).toHaveCount(mrIntro.length);

  // Text search: a word from one lesson's title, opened as a shared link in a fresh page.
  const target = lessons[lessons.length - 1];
  const word = target.title
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)[0]
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, "");
  const matching = lessons.filter((l) =>
    [l.title, l.summary, ...l.objectives, ...l.regions, ...l.modalities]
      .join(" ")
      .toLowerCase()
      .includes(word),
  );
  const shared = await page.context().newPage();
  await shared.goto(`/lessons?q=${encodeURIComponent(word)}`);
  await expect(shared.getByTestId("lesson-card")).toHaveCount(matching.length);
  await expect(shared.getByRole("link", { name: target.title })).toBeVisible();
  await expect(shared.getByLabel("Search")).toHaveValue(word);

  // Typing in the search box updates the URL.
  await page.goto("/lessons");
  await page.getByLabel("Search").fill(word);
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(page.getByTestId("lesson-card")).toHaveCount(matching.length);
  await page.goto("/lessons?q=zzqqxxnotaword");
  await expect(page.getByText("No lesson matches these filters")).toBeVisible();
});

test("a filter chosen before the page hydrates is not lost", async ({ page }) => {
  // Hold the page's scripts back, so the select changes while no JS listens yet.
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/lessons?modality=MR", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Difficulty").selectOption("intro");
  release();
  await expect(page).toHaveURL(/modality=MR.*difficulty=intro|difficulty=intro.*modality=MR/);
});

test("a lesson page renders objectives, table of contents and its MDX components", async ({
  page,
}) => {
  const lesson =
    lessons.find((l) => /<Callout/.test(l.body) && /<KeyPoints/.test(l.body)) ?? lessons[0];
  await page.goto(`/lessons/${lesson.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
  const objectives = page.getByTestId("objectives").getByRole("listitem");
  await expect(objectives).toHaveCount(lesson.objectives.length);
  const h2 = [...lesson.body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
  if (h2.length) {
    const toc = page.getByTestId("toc");
    await expect(toc.getByRole("link").first()).toBeVisible();
    await toc.getByRole("link", { name: h2[0].replace(/[`*_]/g, "") }).click();
    await expect(page).toHaveURL(/#.+/);
  }
  if (/<Callout/.test(lesson.body))
    await expect(page.locator("[data-callout]").first()).toBeVisible();
  if (/<KeyPoints/.test(lesson.body))
    await expect(page.locator("[data-keypoints]").first()).toBeVisible();
  if (/<Term/.test(lesson.body)) {
    const term = page.locator("[data-term]").first();
    await term.focus();
    await expect(page.getByRole("tooltip").first()).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Lesson sequence" })).toBeVisible();
});

test("unknown pages return 404 with a way back", async ({ page }) => {
  const res = await page.goto("/lessons/does-not-exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in the atlas");
  await page.getByRole("link", { name: "Browse lessons" }).click();
  await expect(page).toHaveURL(/\/lessons$/);
});

test("security headers are sent and no framework banner", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["x-powered-by"]).toBeUndefined();
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["content-security-policy"]).not.toMatch(/'unsafe-eval'/);
  expect(h["x-content-type-options"]).toBe("nosniff");
});
