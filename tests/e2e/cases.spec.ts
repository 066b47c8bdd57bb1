/**
 * Every built-in case loads in the case viewer at /cases/<id>, with its source and licence on the
 * same page and illustrative annotations labelled as such. Screenshots of the main viewport are saved
 * under test-results/cases/<id>.png for a person to look at; the assertions are numeric: the viewer
 * reaches "ready", the viewport is not blank (share of pixels brighter than 20/255 above a per-case
 * floor well below what renders), and atlas/mask cases show overlay colour.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode } from "fast-png";

const REPO = path.resolve(__dirname, "../..");
/** Where screenshots go (CASES_SHOT_DIR overrides: Playwright empties test-results/ on every run). */
const OUT = process.env.CASES_SHOT_DIR ?? path.join(REPO, "test-results/cases");

/** Shares of pixels that are lit (max channel > 20) and coloured (max − min channel > 40). */
function pixelShares(png: Uint8Array): { lit: number; coloured: number } {
  const img = decode(png);
  const c = img.channels;
  const n = img.width * img.height;
  let lit = 0;
  let coloured = 0;
  for (let p = 0; p < n; p++) {
    const r = Number(img.data[p * c]);
    const g = Number(img.data[p * c + 1]);
    const b = Number(img.data[p * c + 2]);
    if (Math.max(r, g, b) > 20) lit++;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
  }
  return { lit: lit / n, coloured: coloured / n };
}

interface BuiltIn {
  id: string;
  /** Lowest lit share accepted (the anatomy covers far more). */
  minLit: number;
  /** Lowest coloured share accepted (0 where colour is not expected: grey images without masks shown). */
  minColoured: number;
  /** Text the page must show (honest labels). */
  mustShow: string[];
}

const CASES: BuiltIn[] = [
  { id: "colin27", minLit: 0.15, minColoured: 0.02, mustShow: ["expert atlas", "Tzourio-Mazoyer"] },
  {
    id: "head-ct",
    minLit: 0.1,
    minColoured: 0,
    mustShow: ["algorithm", "illustrative (not expert)"],
  },
  {
    id: "skull-drr-lateral",
    minLit: 0.15,
    minColoured: 0,
    mustShow: ["synthetic radiograph from CT", "illustrative (not expert)"],
  },
  {
    id: "skull-drr-frontal",
    minLit: 0.15,
    minColoured: 0,
    mustShow: ["synthetic radiograph from CT", "illustrative (not expert)"],
  },
  {
    id: "ihc-colon",
    minLit: 0.5,
    minColoured: 0.2,
    mustShow: ["No known copyright restrictions", "illustrative (not expert)"],
  },
  {
    id: "retina-fundus",
    minLit: 0.3,
    minColoured: 0.2,
    mustShow: ["CC0-1.0", "illustrative (not expert)"],
  },
  { id: "retina-microaneurysms", minLit: 0.3, minColoured: 0, mustShow: ["CC-BY-4.0", "Budai"] },
  {
    id: "abdomen-ct",
    minLit: 0.2,
    minColoured: 0.05,
    mustShow: ["algorithm", "Apache-2.0", "not stated upstream"],
  },
  {
    id: "chest-ct",
    minLit: 0.2,
    minColoured: 0.05,
    mustShow: ["illustrative (not expert)", "MIT", "in progress"],
  },
  {
    id: "bubil-p01",
    minLit: 0.3,
    minColoured: 0,
    mustShow: [
      "researcher (not a clinician)",
      "Biomedical engineering or biology PhD student",
      "This product includes software developed by Boston University",
    ],
  },
];

for (const c of CASES) {
  test(`${c.id}: loads in the viewer with its source, licence and honest labels`, async ({
    page,
  }) => {
    const manifest = JSON.parse(
      readFileSync(path.join(REPO, "content/cases", c.id, "case.json"), "utf8"),
    ) as {
      license: { name: string };
      provenance: { source: string };
    };
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/cases/${c.id}`);
    const viewer = page.getByTestId("case-viewer");
    await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
    await expect(viewer).not.toHaveAttribute("data-overlay-state", "loading", { timeout: 60_000 });
    await page.waitForTimeout(500); // let the last render land
    await expect(page.getByTestId("case-license")).toHaveText(manifest.license.name);
    await expect(page.getByTestId("provenance")).toContainText(manifest.provenance.source);
    for (const text of c.mustShow) await expect(page.locator("main")).toContainText(text);
    const png = await page.getByTestId("main-viewport").screenshot({ animations: "disabled" });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `${c.id}.png`), png);
    await viewer.screenshot({ path: path.join(OUT, `${c.id}-viewer.png`) });
    const shares = pixelShares(png);
    expect(shares.lit, `lit share of ${c.id}`).toBeGreaterThan(c.minLit);
    expect(shares.coloured, `coloured share of ${c.id}`).toBeGreaterThanOrEqual(c.minColoured);
    expect(errors).toEqual([]);
  });
}
