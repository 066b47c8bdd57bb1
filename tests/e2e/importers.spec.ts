/**
 * Cases imported from educators' formats render in the case viewer: DICOM SEG (dcmqi
 * partial_overlaps on its 3-slice CT), RTSTRUCT (dicompyler breast case, the one CT slice present)
 * and a 3D Slicer .seg.nrrd (slicerio chest CT). The cases are built from ../shared/fixtures/external
 * by `npx tsx tests/e2e/helpers/importer-cases.ts` BEFORE `next build` (public files must exist at
 * build time) and shown by the test route /dev/viewer/<id>. Screenshots are saved under
 * test-results/importers/ for a person to look at; the assertions are numeric: the viewer reaches
 * "ready" with its overlay, the structure list names the imported structures, and the overlay
 * colours cover part of the image (coloured-pixel fraction, tolerance stated per case).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decode } from "fast-png";

const REPO = path.resolve(__dirname, "../..");
const EXT = path.resolve(REPO, "../shared/fixtures/external");
const OUT = path.join(REPO, "test-results/importers");

/** Fraction of pixels whose chroma (max − min of R, G, B) exceeds 40: overlay colour on a grey image. */
function colouredFraction(png: Uint8Array): number {
  const img = decode(png);
  const c = img.channels;
  const n = img.width * img.height;
  let hit = 0;
  for (let p = 0; p < n; p++) {
    const r = Number(img.data[p * c]);
    const g = Number(img.data[p * c + 1]);
    const b = Number(img.data[p * c + 2]);
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) hit++;
  }
  return hit / n;
}

interface Case {
  id: string;
  structures: string[];
  /** Smallest coloured-pixel fraction of the main viewport accepted (well below what renders). */
  minColoured: number;
}

const CASES: Case[] = [
  {
    id: "imp-seg-liver",
    structures: ["GREEN", "ORANGE", "PURPLE", "LIGHT_BLUE", "DARK_BLUE"],
    minColoured: 0.01,
  },
  { id: "imp-rtstruct-breast", structures: ["BODY"], minColoured: 0.05 },
  {
    id: "imp-segnrrd-chest",
    structures: ["ribs", "right lung", "left lung", "tissue"],
    minColoured: 0.05,
  },
];

const haveExternal = existsSync(EXT);
if (!haveExternal) {
  test("importer cases: SKIPPED because ../shared/fixtures/external is missing", () => {
    console.warn(`[importers e2e] SKIPPED: ${EXT} is missing, no importer case was built`);
  });
} else {
  for (const c of CASES) {
    test(`${c.id}: the imported case renders with its structures and overlay`, async ({ page }) => {
      const built = path.join(REPO, "tests/fixtures/viewer-cases", c.id, "case.json");
      expect(
        existsSync(built),
        `run "npx tsx tests/e2e/helpers/importer-cases.ts" before next build (missing ${built})`,
      ).toBe(true);
      const manifest = JSON.parse(readFileSync(built, "utf8")) as {
        structures: { name: string }[];
      };
      for (const s of c.structures) expect(manifest.structures.map((x) => x.name)).toContain(s);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`/dev/viewer/${c.id}`);
      const viewer = page.getByTestId("case-viewer");
      await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
      await expect(viewer).toHaveAttribute("data-overlay-state", "ready", { timeout: 60_000 });
      await page.waitForTimeout(500); // let the last render land
      const list = page.getByTestId("structure-list");
      for (const s of c.structures) await expect(list).toContainText(s);
      const png = await page.getByTestId("main-viewport").screenshot({ animations: "disabled" });
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, `${c.id}.png`), png);
      await viewer.screenshot({ path: path.join(OUT, `${c.id}-viewer.png`) });
      expect(colouredFraction(png)).toBeGreaterThan(c.minColoured);
      expect(errors).toEqual([]);
    });
  }
}
