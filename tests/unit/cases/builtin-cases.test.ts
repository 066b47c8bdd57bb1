/**
 * The built-in cases (content/cases + public/cases) validate, hold what their sources say, and agree
 * with independent numbers computed by /usr/bin/python3 (nibabel/numpy) scripts committed in
 * scripts/sources/reference/, whose JSON output sits in tests/fixtures/cases/.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder, type LoadedCase } from "@/lib/content/case-store";
import { readNifti, type NiftiVolume } from "@/lib/io/nifti";
import { decodeRaster } from "@/lib/io/raster";

const repo = path.resolve(__dirname, "../../..");
const BUILTIN = [
  "colin27",
  "head-ct",
  "skull-drr-lateral",
  "skull-drr-frontal",
  "ihc-colon",
  "retina-fundus",
  "retina-microaneurysms",
  "abdomen-ct",
  "chest-ct",
];
const atlasRef = JSON.parse(
  fs.readFileSync(path.join(repo, "tests/fixtures/cases/colin27-atlas-reference.json"), "utf8"),
) as {
  atlases: Record<
    string,
    {
      namesInTable: number;
      namedLabelsPresent: number;
      onCh2Grid: boolean;
      voxelsPerLabel: Record<string, number>;
    }
  >;
};
const ctRef = JSON.parse(
  fs.readFileSync(path.join(repo, "tests/fixtures/cases/head-ct-reference.json"), "utf8"),
) as {
  shape_slices_rows_cols: number[];
  spacing_col_row_slice: number[];
  masks: Record<string, { threshold: [number, number]; voxels: number; equals_threshold: boolean }>;
  samples_ijk_hu: number[][];
};

function load(id: string): LoadedCase {
  const r = loadCaseFolder(path.join(repo, "content/cases", id), repo);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join("\n"));
  return r.value;
}
function nifti(site: string): NiftiVolume {
  const f = path.join(repo, "public", site);
  const r = readNifti(new Uint8Array(fs.readFileSync(f)), f);
  if (!r.ok) throw new Error(r.issues[0].message);
  return r.value;
}
const sitePaths = (c: LoadedCase) => {
  const m = c.manifest;
  const files = [m.thumbnail!, "file" in m.image ? m.image.file : ""];
  if (m.image.kind === "nifti" && m.image.highResFile) files.push(m.image.highResFile);
  for (const s of c.annotationSets)
    for (const a of s.annotations) if (a.type === "segmentation") files.push(a.labelmap);
  return [...new Set(files)];
};

describe("built-in cases", () => {
  it.each(BUILTIN)(
    "%s validates, and every file it names exists with SOURCE.md and LICENSE",
    (id) => {
      const c = load(id);
      for (const f of sitePaths(c))
        expect(fs.existsSync(path.join(repo, "public", f)), f).toBe(true);
      for (const f of ["SOURCE.md", "LICENSE"])
        expect(fs.statSync(path.join(repo, "content/cases", id, f)).size).toBeGreaterThan(200);
      // every annotation set names a declared annotator and declared structures
      const structures = new Set(c.manifest.structures.map((s) => s.id));
      const annotators = new Set(c.manifest.annotators.map((a) => a.id));
      for (const s of c.annotationSets) {
        expect(annotators.has(s.annotator)).toBe(true);
        for (const a of s.annotations) expect(structures.has(a.structure)).toBe(true);
      }
    },
  );

  it("keeps the browser files of all built-in cases under 30 MB", () => {
    const bytes = BUILTIN.flatMap((id) => {
      const dir = path.join(repo, "public/cases", id);
      return fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).size);
    }).reduce((s, n) => s + n, 0);
    expect(bytes).toBeLessThan(30e6);
  });

  it("states the licence of each case as its source does", () => {
    const lic = Object.fromEntries(BUILTIN.map((id) => [id, load(id).manifest.license.name]));
    expect(lic).toEqual({
      colin27: "BSD-3-Clause",
      "head-ct": "GPL-2.0-only",
      "skull-drr-lateral": "GPL-2.0-only",
      "skull-drr-frontal": "GPL-2.0-only",
      "ihc-colon": "No known copyright restrictions",
      "retina-fundus": "CC0-1.0",
      "retina-microaneurysms": "CC-BY-4.0",
      "abdomen-ct": "Apache-2.0",
      "chest-ct": "MIT",
    });
    expect(load("retina-microaneurysms").manifest.license.attribution).toMatch(
      /High-Resolution Fundus \(HRF\).*Budai/,
    );
    expect(fs.readFileSync(path.join(repo, "content/cases/ihc-colon/LICENSE"), "utf8")).toContain(
      "No known copyright restrictions.",
    );
  });

  it("marks every annotation nobody expert made as illustrative or algorithm", () => {
    const kinds = (id: string) =>
      load(id)
        .manifest.annotators.map((a) => a.kind)
        .sort();
    expect(kinds("head-ct")).toEqual(["algorithm", "algorithm", "illustrative", "illustrative"]);
    expect(kinds("abdomen-ct")).toEqual(["algorithm"]);
    for (const id of [
      "skull-drr-lateral",
      "skull-drr-frontal",
      "ihc-colon",
      "retina-fundus",
      "retina-microaneurysms",
      "chest-ct",
    ])
      expect(kinds(id)).toEqual(["illustrative"]);
  });
});

describe("colin27 against the nibabel reference", () => {
  const c = load("colin27");
  const sets = Object.fromEntries(c.annotationSets.map((s) => [s.id, s]));

  it("has one annotator with a citation per atlas; AICHA (clustered fMRI) is an algorithm's", () => {
    expect(
      c.manifest.annotators.map((a) => [a.name.split(" ")[0], a.kind, Boolean(a.citation)]),
    ).toEqual([
      ["AAL", "expert-atlas", true],
      ["Harvard-Oxford", "expert-atlas", true],
      ["Brodmann", "expert-atlas", true],
      ["JHU", "expert-atlas", true],
      ["AICHA", "algorithm", true],
    ]);
    // Every atlas file is a set; the one derived set (Harvard-Oxford split at x = 0 mm, so AAL and
    // Harvard-Oxford rate one concept per side) is checked against numpy in colin27-raters.test.ts.
    const derived = ["harvard-oxford-split"];
    expect(Object.keys(sets).sort()).toEqual([...Object.keys(atlasRef.atlases), ...derived].sort());
  });

  it.each(Object.keys(atlasRef.atlases))(
    "%s: one structure per named label present, same voxel count per label",
    (setId) => {
      const ref = atlasRef.atlases[setId];
      const segs = sets[setId].annotations.filter((a) => a.type === "segmentation");
      expect(segs.length).toBe(ref.namedLabelsPresent);
      expect(new Set(segs.map((a) => a.structure)).size).toBe(ref.namedLabelsPresent);
      const lm = nifti(segs[0].labelmap);
      expect(lm.grid).toEqual(c.manifest.grid);
      const counts: Record<string, number> = {};
      for (const v of lm.data) if (v) counts[v] = (counts[v] ?? 0) + 1;
      expect(counts).toEqual(ref.voxelsPerLabel);
    },
  );

  it("counts the structures the label files name (AAL 116, HO 48, Brodmann 41 of 52, JHU 48, AICHA 192)", () => {
    const n = Object.fromEntries(
      Object.entries(atlasRef.atlases).map(([k, v]) => [k, [v.namesInTable, v.namedLabelsPresent]]),
    );
    expect(n).toEqual({
      aal: [116, 116],
      "harvard-oxford": [48, 48],
      brodmann: [52, 41],
      "jhu-white-matter": [48, 48],
      aicha: [192, 192],
    });
  });

  it("groups every AAL region under one of 9 lobes (aal-lobes.tsv), parents not lateralised", () => {
    const byId = new Map(c.manifest.structures.map((s) => [s.id, s]));
    const aalIds = new Set(sets.aal.annotations.map((a) => a.structure));
    const parents = new Set([...aalIds].map((id) => byId.get(id)!.parent));
    expect([...parents].sort()).toEqual([
      "central-region",
      "cerebellum",
      "frontal-lobe",
      "insula",
      "limbic-lobe",
      "occipital-lobe",
      "parietal-lobe",
      "subcortical-grey-nuclei",
      "temporal-lobe",
    ]);
    expect(byId.get("hippocampus-left")!.parent).toBe("limbic-lobe");
    expect(byId.get("fusiform-right")!.parent).toBe("occipital-lobe");
    for (const p of parents) expect(byId.get(p!)!.laterality).toBeUndefined();
  });

  it("says which atlases were resampled", () => {
    const src = fs.readFileSync(path.join(repo, "content/cases/colin27/SOURCE.md"), "utf8");
    for (const [id, f] of [
      ["harvard-oxford", "HarvardOxford-cort-maxprob-thr0-1mm.nii.gz"],
      ["jhu-white-matter", "JHU-WhiteMatter-labels-1mm.nii.gz"],
      ["aicha", "AICHAmc.nii.gz"],
    ]) {
      expect(atlasRef.atlases[id].onCh2Grid).toBe(false);
      expect(src).toContain(`${f} was resampled with nearest neighbour`);
    }
    expect(src).toContain("aal.nii.gz lies on the image grid");
    expect(src).toContain("brodmann.nii.gz lies on the image grid");
  });
});

describe("head-ct against the Python inv3 reference", () => {
  const c = load("head-ct");
  const ct = nifti(c.manifest.image.kind === "nifti" ? c.manifest.image.file : "");

  it("keeps the shape, spacing and voxel values of matrix.dat (i = column, j = row, k = slice)", () => {
    const [nz, ny, nx] = ctRef.shape_slices_rows_cols;
    expect(ct.grid.dims).toEqual([nx, ny, nz]);
    ct.grid.spacing.forEach((s, a) => expect(s).toBeCloseTo(ctRef.spacing_col_row_slice[a], 5));
    expect(ct.grid.direction).toEqual([1, 0, 0, 0, -1, 0, 0, 0, 1]);
    for (const [i, j, k, hu] of ctRef.samples_ijk_hu)
      expect(ct.data[i + nx * (j + ny * k)]).toBe(hu);
  });

  it("has bone and head masks equal to their HU thresholds, with the reference voxel counts", () => {
    const lmOf = (setId: string) => {
      const a = c.annotationSets.find((s) => s.id === setId)!.annotations[0];
      return a.type === "segmentation" ? nifti(a.labelmap) : undefined;
    };
    for (const [setId, key] of [
      ["bone-threshold", "0"],
      ["head-threshold", "1"],
    ] as const) {
      const ref = ctRef.masks[key];
      expect(ref.equals_threshold).toBe(true);
      const m = lmOf(setId)!;
      let n = 0;
      let mismatches = 0;
      for (let v = 0; v < m.data.length; v++) {
        n += m.data[v];
        const inside = ct.data[v] >= ref.threshold[0] && ct.data[v] <= ref.threshold[1] ? 1 : 0;
        if (inside !== m.data[v]) mismatches++;
      }
      expect([n, mismatches]).toEqual([ref.voxels, 0]);
    }
  });
});

describe("skull DRRs", () => {
  // Landmark voxels (i, j, k) from scripts/sources/annotations/head-ct-landmarks.annotations.json notes.
  const voxels: Record<string, [number, number, number]> = {
    vertex: [130, 109, 103],
    glabella: [130, 213, 55],
    nasion: [130, 209, 46],
    opisthocranion: [130, 17, 43],
    "frontal-sinus": [130, 200, 56],
  };
  const px = 0.9570312;

  it.each([
    ["skull-drr-lateral", (v: number[]) => [v[1] * px, (107 - v[2]) * 1.5]],
    ["skull-drr-frontal", (v: number[]) => [v[0] * px, (107 - v[2]) * 1.5]],
  ] as const)(
    "%s is a labelled synthetic radiograph with the CT landmarks projected by hand-computed rays",
    (id, expected) => {
      const c = load(id);
      expect(c.manifest.modality).toBe("XR");
      expect(c.manifest.imageNature).toMatch(/^synthetic radiograph from CT/);
      expect(c.manifest.title).toContain("synthetic");
      const img = decodeRaster(
        new Uint8Array(fs.readFileSync(path.join(repo, "public", `/cases/${id}/image.png`))),
        id,
      );
      expect(img.ok && [img.value.width, img.value.height]).toEqual([256, 168]); // 108 slices · 1.5 / 0.957 → 168 rows
      const marks = c.annotationSets[0].annotations.filter((a) => a.type === "landmark");
      // A frontal (front-to-back) projection cannot place the most anterior and most posterior
      // points of the skull, so glabella and opisthocranion exist only on the lateral view.
      const expectedMarks =
        id === "skull-drr-frontal"
          ? ["vertex", "nasion", "frontal-sinus"]
          : ["vertex", "glabella", "nasion", "opisthocranion", "frontal-sinus"];
      expect(marks.map((a) => a.structure)).toEqual(expectedMarks);
      expect(c.manifest.structures.map((s) => s.id)).toEqual(expectedMarks);
      for (const a of marks) {
        if (a.type !== "landmark") continue;
        const [x, y] = expected(voxels[a.structure]);
        expect(a.point[0]).toBeCloseTo(x, 1);
        expect(a.point[1]).toBeCloseTo(y, 1);
      }
    },
  );
});

describe("abdomen-ct and chest-ct against the Python reference (product_ct_reference.py)", () => {
  const ref = JSON.parse(
    fs.readFileSync(path.join(repo, "tests/fixtures/cases/product-ct-reference.json"), "utf8"),
  ) as Record<
    string,
    {
      grid: { dims: number[]; spacing: number[]; origin: number[]; direction: number[][] };
      samples_ijk_hu: number[][];
      voxels_per_name: Record<string, number>;
    }
  >;
  it.each(["abdomen-ct", "chest-ct"])(
    "%s keeps the source grid (LPS) and voxel values, and every label's voxel count under its name",
    (id) => {
      const c = load(id);
      const r = ref[id];
      const img = nifti(c.manifest.image.kind === "nifti" ? c.manifest.image.file : "");
      expect(img.grid.dims).toEqual(r.grid.dims);
      img.grid.spacing.forEach((v, a) => expect(v).toBeCloseTo(r.grid.spacing[a], 4));
      img.grid.origin.forEach((v, a) => expect(v).toBeCloseTo(r.grid.origin[a], 3));
      img.grid.direction.forEach((v, n) =>
        expect(v).toBeCloseTo(r.grid.direction[Math.floor(n / 3)][n % 3], 6),
      );
      const [nx, ny] = r.grid.dims;
      for (const [i, j, k, hu] of r.samples_ijk_hu)
        expect(img.data[i + nx * (j + ny * k)]).toBe(hu);
      const names = new Map(c.manifest.structures.map((s) => [s.id, s.name]));
      const counts: Record<string, number> = {};
      for (const set of c.annotationSets)
        for (const a of set.annotations) {
          if (a.type !== "segmentation") continue;
          const lm = nifti(a.labelmap);
          expect(lm.grid.dims).toEqual(r.grid.dims);
          let n = 0;
          for (const v of lm.data) if (v === a.label) n++;
          counts[names.get(a.structure)!.replaceAll(" ", "_")] = n;
        }
      const expected = Object.fromEntries(
        Object.entries(r.voxels_per_name).map(([k, v]) => [k.replaceAll(" ", "_"), v]),
      );
      expect(counts).toEqual(expected);
    },
  );

  it("says the abdominal labels are a model's and the chest segmentation is test data", () => {
    const abd = load("abdomen-ct").manifest;
    expect(abd.annotators[0].role).toMatch(/model's own prediction/);
    expect(abd.provenance.source).toMatch(/not stated upstream/);
    const chest = load("chest-ct").manifest;
    expect(chest.annotators[0].role).toMatch(/in progress/);
    expect(chest.structures.find((s) => s.id === "right-lung")!.codes[0]).toMatchObject({
      scheme: "SNOMED-CT",
    });
  });
});
