/**
 * Cases imported from educators' formats render in the case viewer: DICOM SEG (dcmqi
 * partial_overlaps on its 3-slice CT), RTSTRUCT (dicompyler breast case, the one CT slice present)
 * and a 3D Slicer .seg.nrrd (slicerio chest CT). The cases are built from ../shared/fixtures/external
 * by `npx tsx tests/e2e/helpers/importer-cases.ts` BEFORE `next build` (public files must exist at
 * build time) and shown by the test route /dev/viewer/<id>. Screenshots are saved under
 * $IMPORTERS_SHOTS_DIR (default <tmp>/importers-e2e-shots, path printed) for a person to look at; the assertions are numeric: the viewer reaches
 * "ready" with its overlay, the structure list names the imported structures, and the overlay
 * colours cover part of the image (coloured-pixel fraction, tolerance stated per case).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { decode } from "fast-png";
import type { GridSpec } from "../../lib/domain/model";
import { interiorVoxels, readLabelFile, voxelWorld } from "./helpers/viewer-labels";

const REPO = path.resolve(__dirname, "../..");
const EXT = path.resolve(REPO, "../shared/fixtures/external");
/** Outside test-results/, which every Playwright run empties (several helpers share this tree). */
const OUT = process.env.IMPORTERS_SHOTS_DIR ?? path.join(tmpdir(), "importers-e2e-shots");

/** Fraction of pixels whose colour differs by more than 8 levels (any channel) between two screenshots. */
function changedFraction(a: Uint8Array, b: Uint8Array): number {
  const x = decode(a);
  const y = decode(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  const c = x.channels;
  const n = x.width * x.height;
  let hit = 0;
  for (let p = 0; p < n; p++) {
    for (let ch = 0; ch < 3; ch++) {
      if (Math.abs(Number(x.data[p * c + ch]) - Number(y.data[p * c + ch])) > 8) {
        hit++;
        break;
      }
    }
  }
  return hit / n;
}

interface Png {
  width: number;
  height: number;
  channels: number;
  data: ArrayLike<number | bigint>;
}
const rgb = (img: Png, x: number, y: number) => {
  const o = (Math.round(y) * img.width + Math.round(x)) * img.channels;
  return [0, 1, 2].map((c) => Number(img.data[o + c]));
};
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/**
 * Up to 30 voxels on slice k lying deep inside `structure` (its label on a 5×5 neighbourhood) and
 * labelled by no other layer, read from the case files (not from the UI).
 */
function structureInterior(
  id: string,
  structure: string,
  k: number,
): { grid: GridSpec; world: [number, number, number][]; color: string } {
  const dir = path.join(REPO, "tests/fixtures/viewer-cases", id);
  const manifest = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as {
    structures: { id: string; name: string; color: string }[];
    annotationSets: string[];
  };
  const st = manifest.structures.find((s) => s.name === structure)!;
  const segs = manifest.annotationSets
    .flatMap(
      (f) =>
        (
          JSON.parse(readFileSync(path.join(dir, f), "utf8")) as {
            annotations: { type: string; structure: string; labelmap?: string; label?: number }[];
          }
        ).annotations,
    )
    .filter((a) => a.type === "segmentation");
  const files = [...new Set(segs.map((a) => a.labelmap!))];
  const vols = new Map(files.map((f) => [f, readLabelFile(f)] as const));
  const target = segs.find((a) => a.structure === st.id)!;
  const vol = vols.get(target.labelmap!)!;
  const [nx, ny] = vol.grid.dims;
  const at = (i: number, j: number) => i + nx * (j + ny * k);
  const cand = interiorVoxels(vol, k, target.label!)
    .filter(
      ([i, j]) => ![...vols].some(([f, v]) => f !== target.labelmap && v.data[at(i, j)] !== 0),
    )
    .map(([i, j]) => voxelWorld(vol.grid, i, j, k));
  const step = Math.max(1, Math.floor(cand.length / 30));
  return {
    grid: vol.grid,
    world: cand.filter((_, n) => n % step === 0).slice(0, 30),
    color: st.color,
  };
}

async function toCanvas(
  page: Page,
  pts: [number, number, number][],
): Promise<([number, number] | null)[]> {
  return page.evaluate(
    (p) =>
      p.map(
        (q) =>
          (
            window as unknown as {
              __caseViewer?: { worldToCanvas(x: number[]): [number, number] | null };
            }
          ).__caseViewer?.worldToCanvas(q) ?? null,
      ),
    pts,
  );
}

interface Case {
  id: string;
  structures: string[];
  /** Smallest fraction of main-viewport pixels that "Hide all" must change (the overlay's area). */
  minOverlay: number;
  /** Structures whose interior voxels (read from the files) must be tinted towards their colour on screen. */
  placed: string[];
}

const CASES: Case[] = [
  {
    id: "imp-seg-liver",
    structures: ["GREEN", "ORANGE", "PURPLE", "LIGHT_BLUE", "DARK_BLUE"],
    minOverlay: 0.02,
    placed: ["ORANGE"],
  },
  // Same case, but the image comes from the three original .dcm files (wadouri), not NIfTI.
  {
    id: "imp-dicom-liver",
    structures: ["GREEN", "ORANGE", "PURPLE", "LIGHT_BLUE", "DARK_BLUE"],
    minOverlay: 0.02,
    placed: ["ORANGE"],
  },
  { id: "imp-rtstruct-breast", structures: ["BODY"], minOverlay: 0.05, placed: ["BODY"] },
  {
    id: "imp-segnrrd-chest",
    structures: ["ribs", "right lung", "left lung", "tissue"],
    minOverlay: 0.12,
    placed: ["right lung", "left lung"],
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
        image: { kind: string; files?: string[] };
      };
      for (const s of c.structures) expect(manifest.structures.map((x) => x.name)).toContain(s);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const fetched: string[] = [];
      page.on("requestfinished", (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`/dev/viewer/${c.id}`);
      const viewer = page.getByTestId("case-viewer");
      await expect(viewer).toHaveAttribute("data-state", /ready|error/, { timeout: 60_000 });
      if ((await viewer.getAttribute("data-state")) === "error")
        throw new Error(
          `viewer error: ${await page.getByTestId("viewer-error").first().innerText()}`,
        );
      await expect(viewer).toHaveAttribute("data-overlay-state", "ready", { timeout: 60_000 });
      await page.waitForTimeout(500); // let the last render land
      const list = page.getByTestId("structure-list");
      for (const s of c.structures) await expect(list).toContainText(s);
      const vp = page.getByTestId("main-viewport");
      const png = await vp.screenshot({ animations: "disabled" });
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, `${c.id}.png`), png);
      await viewer.screenshot({ path: path.join(OUT, `${c.id}-viewer.png`) });
      console.log(`[importers e2e] screenshots: ${path.join(OUT, c.id)}{,-viewer}.png`);
      // The overlay is really drawn: hiding every structure changes a stated share of the pixels.
      await page.getByRole("button", { name: "Hide all" }).click();
      await page.waitForTimeout(500);
      const hidden = await vp.screenshot({ animations: "disabled" });
      const changed = changedFraction(png, hidden);
      console.log(
        `[importers e2e] ${c.id}: "Hide all" changed ${(changed * 100).toFixed(1)} % of the viewport`,
      );
      expect(changed).toBeGreaterThan(c.minOverlay);
      // In the right place: at interior voxels of a structure (from the files), the overlay pulls
      // the pixel towards the structure's colour (its strongest minus weakest channel grows by > 10).
      // (The overlay is drawn where the written files say, with each structure's own colour; the
      // import geometry itself is checked against Python decodings in tests/unit/importers.)
      const k = await page.evaluate(
        () =>
          (window as unknown as { __caseViewer?: { slice(): number } }).__caseViewer?.slice() ?? -1,
      );
      const shown = decode(png) as Png;
      const bare = decode(hidden) as Png;
      for (const name of c.placed) {
        const { world, color } = structureInterior(c.id, name, k);
        expect(world.length, `${name} has interior voxels on slice ${k}`).toBeGreaterThan(5);
        const col = hex(color);
        const hi = col.indexOf(Math.max(...col));
        const lo = col.indexOf(Math.min(...col));
        let ok = 0;
        const pts = await toCanvas(page, world);
        for (const p of pts) {
          if (!p) continue;
          const a = rgb(shown, p[0], p[1]);
          const b = rgb(bare, p[0], p[1]);
          if (a[hi] - a[lo] > b[hi] - b[lo] + 10) ok++;
        }
        console.log(
          `[importers e2e] ${c.id}: ${name} tinted at ${ok}/${world.length} interior voxels (slice ${k})`,
        );
        expect(ok / world.length).toBeGreaterThan(0.9);
      }
      // The pixels came through the path the manifest names (the DICOM files, not a NIfTI).
      if (manifest.image.kind === "dicom-series") {
        for (const f of manifest.image.files!) expect(fetched).toContain(f);
        expect(fetched.filter((f) => f.endsWith(".nii.gz") && f.includes("image"))).toEqual([]);
      }
      expect(errors).toEqual([]);
    });
  }
}
