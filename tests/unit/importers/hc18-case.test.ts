import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/case-store";
import { readNifti } from "@/lib/io/nifti";
import { gradeItem } from "@/lib/quiz/grade-item";
import { quizItemSchema } from "@/lib/quiz/item-schema";
import { referenceFor } from "@/lib/quiz/reference-check";
import type { SpatialContext } from "@/lib/quiz/spatial-context";
import { expected, ext, haveExternal } from "./external";

interface Ellipse {
  xc: number;
  yc: number;
  a: number;
  b: number;
  theta: number;
}
const EXPECTED =
  expected<
    Record<
      string,
      { width: number; height: number; pixelSizeMm: number; maskPixels: number; ellipse: Ellipse }
    >
  >("expected-hc18.json");
const HC = "hc18-ultrasound";
const HAVE = haveExternal(
  "HC18 ultrasound case",
  `${HC}/000_HC.png`,
  `${HC}/000_HC_Annotation.png`,
);
const REPO = path.resolve(__dirname, "../../..");

/** Runs `case:import` (tsx scripts/case-import.ts) into `root`. */
function caseImport(root: string, args: string[]) {
  return spawnSync(
    process.execPath,
    [
      path.join(REPO, "node_modules/tsx/dist/cli.mjs"),
      path.join(REPO, "scripts/case-import.ts"),
      ...args,
      "--root",
      root,
    ],
    {
      encoding: "utf8",
      cwd: REPO,
    },
  );
}

const common = (image: string, ps: number, labels: string) => [
  "--id",
  "hc18-" + image.slice(0, 3),
  "--image",
  ext(`${HC}/${image}`),
  "--pixel-spacing",
  `${ps},${ps}`,
  "--annotations",
  ext(`${HC}/${image.replace(".png", "_Annotation.png")}`),
  "--labels",
  labels,
  "--annotator-name",
  "HC18 sonographer",
  "--annotator-kind",
  "clinician",
  "--annotator-role",
  "trained sonographer (HC18 challenge annotation)",
  "--title",
  `Fetal head ultrasound (HC18 ${image})`,
  "--modality",
  "US",
  "--region",
  "head",
  "--license",
  "CC-BY-4.0",
  "--source",
  "HC18 Grand Challenge (van den Heuvel et al., PLoS ONE 2018)",
  "--deidentification",
  "public challenge images without identifiers",
];

describe.runIf(HAVE)(
  "HC18 fetal-head ultrasound becomes a working US case through case:import --annotations (PNG mask)",
  () => {
    const root = mkdtempSync(path.join(tmpdir(), "imp-hc18-"));
    const labels = path.join(root, "labels.txt");
    writeFileSync(labels, "1\tfetal head\n");

    for (const image of ["000_HC.png", "500_HC.png"]) {
      it(`${image}: valid case (pixel size from the CSV, mask pixels = Python count), playable as click + outline quiz`, () => {
        const exp = EXPECTED[image];
        const r = caseImport(root, common(image, exp.pixelSizeMm, labels));
        expect(r.status, r.stderr).toBe(0);
        const dir = path.join(root, "content/cases", "hc18-" + image.slice(0, 3));
        const loaded = loadCaseFolder(dir, root);
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
        const { manifest, annotationSets } = loaded.value;
        expect(manifest.modality).toBe("US");
        expect(manifest.grid.dims).toEqual([exp.width, exp.height, 1]);
        expect(manifest.grid.spacing[0]).toBeCloseTo(exp.pixelSizeMm, 9);
        expect(manifest.structures.map((s) => s.name)).toEqual(["fetal head"]);
        const seg = annotationSets[0].annotations[0];
        expect(seg.type).toBe("segmentation");
        if (seg.type !== "segmentation") return;
        const nii = readNifti(
          new Uint8Array(readFileSync(path.join(root, "public", seg.labelmap))),
          seg.labelmap,
        );
        if (!nii.ok) throw new Error(JSON.stringify(nii.issues));
        expect(Array.from(nii.value.data).filter((v) => v === seg.label).length).toBe(
          exp.maskPixels,
        );
        expect(nii.value.grid.spacing[1]).toBeCloseTo(exp.pixelSizeMm, 6);

        // Playable as a quiz: click and outline items on the imported case, graded by lib/quiz with
        // answers taken from the ellipse the Python reference fitted to the mask.
        const ps = exp.pixelSizeMm;
        const { xc, yc, a, b, theta } = exp.ellipse;
        const spatial = (item: Parameters<typeof referenceFor>[0]): SpatialContext => ({
          grid: manifest.grid,
          structures: manifest.structures,
          reference: referenceFor(item, loaded.value)!,
          others: [],
          labelmaps: new Map([[seg.labelmap, nii.value.data]]),
          targetSlice: 0,
        });
        const base = { case: manifest.id, structure: "fetal-head", slice: 0 };
        const click = quizItemSchema.parse({
          ...base,
          id: "hc18-click",
          type: "click",
          prompt: "Click the fetal head.",
        });
        if (click.type !== "click") throw new Error("schema");
        const hit = gradeItem(
          click,
          { kind: "point", pointMm: [xc * ps, yc * ps, 0], slice: 0 },
          { spatial: spatial(click) },
        );
        expect(hit.correct).toBe(true);
        const miss = gradeItem(
          click,
          { kind: "point", pointMm: [5 * ps, 5 * ps, 0], slice: 0 },
          { spatial: spatial(click) },
        );
        expect(miss.correct).toBe(false);
        const outline = quizItemSchema.parse({
          ...base,
          id: "hc18-outline",
          type: "outline",
          prompt: "Outline the fetal skull.",
        });
        if (outline.type !== "outline") throw new Error("schema");
        const polygonMm = Array.from({ length: 64 }, (_, s) => {
          const t = (2 * Math.PI * s) / 64;
          const x = xc + a * Math.cos(t) * Math.cos(theta) - b * Math.sin(t) * Math.sin(theta);
          const y = yc + a * Math.cos(t) * Math.sin(theta) + b * Math.sin(t) * Math.cos(theta);
          return [x * ps, y * ps, 0] as [number, number, number];
        });
        const drawn = gradeItem(
          outline,
          { kind: "outline", polygonMm, slice: 0 },
          { spatial: spatial(outline) },
        );
        expect(drawn.correct).toBe(true);
        expect(drawn.metrics.dice).toBeGreaterThan(0.97);
      }, 60_000);
    }

    it("a truncated mask PNG makes case:import exit 1 naming the file", () => {
      const broken = path.join(root, "broken_HC_Annotation.png");
      writeFileSync(broken, readFileSync(ext(`${HC}/000_HC_Annotation.png`)).subarray(0, 500));
      const args = common("000_HC.png", 0.069135804, labels);
      args[args.indexOf("--annotations") + 1] = broken;
      args[1] = "hc18-broken";
      const r = caseImport(root, args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(broken);
    }, 60_000);
  },
);
