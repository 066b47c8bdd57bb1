/**
 * Runs the case:import CLI as a child process on throw-away folders: what it writes, and how it
 * refuses bad input (unreadable files, grid mismatch, unnamed labels, missing licence, existing case).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode as encodePng } from "fast-png";
import type { GridSpec } from "@/lib/domain/model";
import { writeNifti } from "@/lib/io/nifti";
import { loadCaseFolder } from "@/lib/content/case-store";

const repo = path.resolve(__dirname, "../../..");
let tmp = "";
const I3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const grid: GridSpec = { dims: [4, 3, 2], spacing: [1, 1, 1], origin: [0, 0, 0], direction: I3 };
const p = (f: string) => path.join(tmp, f);

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(repo, "node_modules/tsx/dist/cli.mjs"),
      path.join(repo, "scripts/case-import.ts"),
      ...args,
    ],
    {
      cwd: repo,
      encoding: "utf8",
    },
  );
  return { code: r.status, out: r.stdout + r.stderr };
}

const common = (id: string, root: string) => [
  "--id",
  id,
  "--root",
  root,
  "--title",
  "Test case",
  "--modality",
  "MR",
  "--region",
  "head",
  "--license",
  "CC0-1.0",
  "--source",
  "synthetic test volume",
  "--deidentification",
  "synthetic, no patient",
];
const atlasArgs = [
  "--annotations",
  "",
  "--set-id",
  "atlas",
  "--annotator-name",
  "Test atlas",
  "--annotator-kind",
  "expert-atlas",
  "--annotator-role",
  "test",
];
const withAtlas = (file: string) => atlasArgs.map((a) => (a === "" ? file : a));

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const f = path.join(e.parentPath, e.name);
      out[path.relative(dir, f)] = crypto
        .createHash("sha256")
        .update(fs.readFileSync(f))
        .digest("hex");
    }
  return out;
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "case-import-"));
  const img = new Uint8Array(24).map((_, n) => n * 10);
  fs.writeFileSync(p("img.nii.gz"), writeNifti({ grid, data: img }, { gzip: true }));
  const labels = new Uint8Array(24);
  labels.set([1, 1, 2, 2], 0);
  fs.writeFileSync(p("atlas.nii.gz"), writeNifti({ grid, data: labels }, { gzip: true }));
  fs.writeFileSync(p("atlas.nii.txt"), "1 Hippocampus_L\n2 Hippocampus_R\n");
  // Same labels on a 2 mm grid covering the same space.
  const coarse: GridSpec = {
    dims: [2, 2, 1],
    spacing: [2, 2, 2],
    origin: [0.5, 0.5, 0.5],
    direction: I3,
  };
  fs.writeFileSync(
    p("coarse.nii.gz"),
    writeNifti({ grid: coarse, data: new Uint8Array([1, 2, 0, 0]) }, { gzip: true }),
  );
  fs.writeFileSync(p("coarse.nii.txt"), "1 Hippocampus_L\n2 Hippocampus_R\n");
  fs.writeFileSync(
    p("unnamed.nii.gz"),
    writeNifti({ grid, data: new Uint8Array(24).fill(3) }, { gzip: true }),
  );
  fs.writeFileSync(p("unnamed.nii.txt"), "1 A\n");
  fs.writeFileSync(p("notable.nii.gz"), writeNifti({ grid, data: labels }, { gzip: true }));
  fs.writeFileSync(p("garbage.nii"), "this is not a NIfTI file at all".repeat(20));
  fs.writeFileSync(
    p("photo.png"),
    encodePng({ width: 3, height: 2, data: new Uint8Array(6).fill(9), channels: 1, depth: 8 }),
  );
  fs.writeFileSync(
    p("marks.annotations.json"),
    JSON.stringify({
      annotator: { name: "Test illustrator", kind: "illustrative", role: "test" },
      structures: [{ name: "Spot", color: "#ff0000" }],
      landmarks: [{ structure: "Spot", point: [1, 0.5, 0] }],
      boxes: [{ structure: "Spot", min: [0, 0, 0], max: [1, 1, 0] }],
    }),
  );
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("case:import writes a case", () => {
  it("writes a valid case with labelmap, annotation set, SOURCE.md, LICENSE and thumbnail, with progress output", () => {
    const root = p("ok");
    const r = run([
      ...common("t-ok", root),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("atlas.nii.gz")),
    ]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/\[case:import [\d.]+s\] compressing image 4×3×2 voxels/);
    const loaded = loadCaseFolder(path.join(root, "content/cases/t-ok"), root);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const m = loaded.value.manifest;
    expect(m.grid).toEqual(grid);
    expect(m.structures.map((s) => [s.id, s.laterality])).toEqual([
      ["hippocampus-left", "left"],
      ["hippocampus-right", "right"],
    ]);
    expect(m.annotators).toEqual([
      { id: "test-atlas", name: "Test atlas", kind: "expert-atlas", role: "test" },
    ]);
    expect(loaded.value.annotationSets[0].annotations).toEqual([
      {
        type: "segmentation",
        structure: "hippocampus-left",
        labelmap: "/cases/t-ok/atlas.nii.gz",
        label: 1,
        mode: "semantic",
      },
      {
        type: "segmentation",
        structure: "hippocampus-right",
        labelmap: "/cases/t-ok/atlas.nii.gz",
        label: 2,
        mode: "semantic",
      },
    ]);
    for (const f of ["image.nii.gz", "atlas.nii.gz", "thumbnail.png"])
      expect(fs.existsSync(path.join(root, "public/cases/t-ok", f))).toBe(true);
    for (const f of ["SOURCE.md", "LICENSE"])
      expect(fs.readFileSync(path.join(root, "content/cases/t-ok", f), "utf8")).toContain(
        "synthetic test volume",
      );
  });

  it("is idempotent: a second identical run changes no byte and says so", () => {
    const root = p("idem");
    const args = [
      ...common("t-idem", root),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("atlas.nii.gz")),
    ];
    expect(run(args).code).toBe(0);
    const before = hashTree(root);
    const again = run(args);
    expect(again.code).toBe(0);
    expect(again.out).toContain('unchanged: case "t-idem"');
    expect(hashTree(root)).toEqual(before);
  });

  it("resamples an off-grid labelmap only with --resample-nearest, and says so in SOURCE.md", () => {
    const root = p("resample");
    const r = run([
      ...common("t-res", root),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("coarse.nii.gz")),
      "--resample-nearest",
    ]);
    expect(r.code, r.out).toBe(0);
    expect(fs.readFileSync(path.join(root, "content/cases/t-res/SOURCE.md"), "utf8")).toContain(
      "was resampled with nearest neighbour",
    );
  });

  it("imports a PNG with pixel spacing and JSON landmarks/boxes in world mm", () => {
    const root = p("png");
    const r = run([
      ...common("t-png", root).map((a) => (a === "MR" ? "PHOTO" : a)),
      "--image",
      p("photo.png"),
      "--pixel-spacing",
      "0.5,0.25",
      "--annotations",
      p("marks.annotations.json"),
    ]);
    expect(r.code, r.out).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(root, "content/cases/t-png/case.json"), "utf8"));
    expect(m.image).toEqual({
      kind: "raster",
      file: "/cases/t-png/image.png",
      pixelSpacingMm: [0.5, 0.25],
    });
    expect(m.grid).toEqual({
      dims: [3, 2, 1],
      spacing: [0.25, 0.5, 1],
      origin: [0, 0, 0],
      direction: I3,
    });
    const set = JSON.parse(
      fs.readFileSync(path.join(root, "content/cases/t-png/annotations/marks.json"), "utf8"),
    );
    expect(set.annotations.map((a: { type: string }) => a.type)).toEqual(["box", "landmark"]);
  });
});

describe("case:import refuses clearly", () => {
  it("an unreadable image: names the file and the reason", () => {
    const r = run([...common("t-x", p("x")), "--image", p("missing.nii.gz")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${p("missing.nii.gz")}: cannot read: file not found`);
    const g = run([...common("t-x", p("x")), "--image", p("garbage.nii")]);
    expect(g.code).toBe(1);
    expect(g.out).toContain(p("garbage.nii"));
    expect(fs.existsSync(p("x"))).toBe(false);
  });

  it("a labelmap on another grid: prints both grids", () => {
    const r = run([
      ...common("t-grid", p("grid")),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("coarse.nii.gz")),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("labelmap grid differs from the image grid");
    expect(r.out).toContain(
      `labelmap (${p("coarse.nii.gz")}): 2×2×1 voxels, spacing 2×2×2 mm, origin (0.5, 0.5, 0.5) mm LPS`,
    );
    expect(r.out).toContain(
      `image (${p("img.nii.gz")}): 4×3×2 voxels, spacing 1×1×1 mm, origin (0, 0, 0) mm LPS`,
    );
  });

  it("labels without names: none in the table, or no table at all", () => {
    const r = run([
      ...common("t-un", p("un")),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("unnamed.nii.gz")),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${p("unnamed.nii.gz")}: label values without a name in ${p("unnamed.nii.txt")}: 3`,
    );
    const t = run([
      ...common("t-un", p("un")),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("notable.nii.gz")),
    ]);
    expect(t.code).toBe(1);
    expect(t.out).toContain(
      `${p("notable.nii.gz")}: labels without names: no label-name table given`,
    );
  });

  it("a missing licence or provenance", () => {
    const noLicense = common("t-lic", p("lic")).filter(
      (a, i, all) => a !== "--license" && all[i - 1] !== "--license",
    );
    const r = run([...noLicense, "--image", p("img.nii.gz")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("missing --license");
    const noSource = common("t-src", p("src")).filter(
      (a, i, all) => a !== "--source" && all[i - 1] !== "--source",
    );
    expect(run([...noSource, "--image", p("img.nii.gz")]).out).toContain("missing --source");
  });

  it("annotations whose annotator is unknown", () => {
    const r = run([
      ...common("t-ann", p("ann")),
      "--image",
      p("img.nii.gz"),
      "--annotations",
      p("atlas.nii.gz"),
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${p("atlas.nii.gz")}: who annotated it is unknown`);
  });

  it("an existing, different case without --force (exit 2); --force replaces it", () => {
    const root = p("force");
    expect(run([...common("t-f", root), "--image", p("img.nii.gz")]).code).toBe(0);
    const changed = [
      ...common("t-f", root),
      "--image",
      p("img.nii.gz"),
      ...withAtlas(p("atlas.nii.gz")),
    ];
    const refused = run(changed);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('case "t-f" already exists and would change');
    expect(refused.out).toContain("--force");
    expect(fs.existsSync(path.join(root, "public/cases/t-f/atlas.nii.gz"))).toBe(false);
    // files the import does not manage (e.g. quiz items kept beside the case) are never touched
    const foreign = path.join(root, "content/cases/t-f/quizzes/items.json");
    fs.mkdirSync(path.dirname(foreign), { recursive: true });
    fs.writeFileSync(foreign, "{}");
    const forced = run([...changed, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('replaced: case "t-f"');
    expect(fs.existsSync(path.join(root, "public/cases/t-f/atlas.nii.gz"))).toBe(true);
    // back to no annotations: the labelmap and the set it managed go, the foreign file stays
    const back = run([...common("t-f", root), "--image", p("img.nii.gz"), "--force"]);
    expect(back.code, back.out).toBe(0);
    expect(fs.existsSync(path.join(root, "public/cases/t-f/atlas.nii.gz"))).toBe(false);
    expect(fs.existsSync(path.join(root, "content/cases/t-f/annotations/atlas.json"))).toBe(false);
    expect(fs.readFileSync(foreign, "utf8")).toBe("{}");
  });
});
