/**
 * Builds the viewer test cases of the importer e2e spec from ../shared/fixtures/external at test
 * time (the files are never committed): `case:import --image <DICOM folder | DICOM file | NRRD>
 * --annotations <SEG | RTSTRUCT | .seg.nrrd>` writes the case into a temporary root,
 * which is copied to tests/fixtures/viewer-cases/<id> (read by /dev/viewer/<id> at request time)
 * and public/cases/<id> (must exist before `next build`). Both copies are git-ignored (imp-*).
 *
 *   npx tsx tests/e2e/helpers/importer-cases.ts        # prints the ids built, or why skipped
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const REPO = path.resolve(__dirname, "../../..");
const EXT = path.resolve(REPO, "../shared/fixtures/external");

interface Spec {
  id: string;
  title: string;
  /** `--image`: a DICOM folder, one DICOM file or an NRRD volume, given to case:import as is. */
  image: string;
  annotations: string;
  source: string;
  license: string;
  window: string;
}

export const IMPORTER_CASES: Spec[] = [
  {
    id: "imp-seg-liver",
    title: "DICOM SEG import: liver on a 3-slice CT (dcmqi)",
    image: path.join(EXT, "dcmqi-seg-sr/ct-3slice"),
    annotations: path.join(EXT, "dcmqi-seg-sr/liver/partial_overlaps.dcm"),
    source: "dcmqi test data (QIICR/dcmqi)",
    license: "BSD-3-Clause",
    window: "abdomen:40:400",
  },
  {
    id: "imp-rtstruct-breast",
    title: "RTSTRUCT import: breast boost case, the one CT slice present (dicompyler-core)",
    image: path.join(EXT, "dicompyler-rtstruct/ct.0.dcm"),
    annotations: path.join(EXT, "dicompyler-rtstruct/rtss.dcm"),
    source: "dicompyler-core test data",
    license: "BSD-3-Clause",
    window: "soft:40:400",
  },
  {
    id: "imp-segnrrd-chest",
    title: "3D Slicer .seg.nrrd import: chest CT, 7 segments (slicerio)",
    image: path.join(EXT, "slicer-segnrrd/CTChest4.nrrd"),
    annotations: path.join(EXT, "slicer-segnrrd/Segmentation.seg.nrrd"),
    source: "slicerio test data (lassoan/slicerio)",
    license: "MIT",
    window: "lung:-500:1500",
  },
];

/** Builds every importer case; returns the ids built (empty when the external data is absent). */
export async function buildImporterCases(): Promise<string[]> {
  if (!existsSync(EXT)) {
    console.warn(`[importer e2e] SKIPPED: ${EXT} is missing`);
    return [];
  }
  const built: string[] = [];
  for (const c of IMPORTER_CASES) {
    const root = mkdtempSync(path.join(tmpdir(), `${c.id}-`));
    const args = [
      path.join(REPO, "node_modules/tsx/dist/cli.mjs"),
      path.join(REPO, "scripts/case-import.ts"),
      "--id",
      c.id,
      "--image",
      c.image,
      "--annotations",
      c.annotations,
      "--title",
      c.title,
      "--modality",
      "CT",
      "--region",
      "chest",
      "--license",
      c.license,
      "--source",
      c.source,
      "--deidentification",
      "public test data (already anonymised upstream)",
      "--window",
      c.window,
      "--annotator-name",
      "test data author",
      "--annotator-kind",
      "illustrative",
      "--annotator-role",
      "author of the upstream test file (credentials not stated)",
      "--root",
      root,
    ];
    const r = spawnSync(process.execPath, args, { encoding: "utf8", cwd: REPO });
    if (r.status !== 0) throw new Error(`case:import ${c.id} failed:\n${r.stderr}`);
    const fixture = path.join(REPO, "tests/fixtures/viewer-cases", c.id);
    const pub = path.join(REPO, "public/cases", c.id);
    rmSync(fixture, { recursive: true, force: true });
    rmSync(pub, { recursive: true, force: true });
    cpSync(path.join(root, "content/cases", c.id), fixture, { recursive: true });
    cpSync(path.join(root, "public/cases", c.id), pub, { recursive: true });
    rmSync(root, { recursive: true, force: true });
    built.push(c.id);
  }
  built.push(buildDicomSeriesCase());
  return built;
}

/** The DICOM-series variant: the liver case, its image served as the original .dcm files. */
export const DICOM_SERIES_CASE = "imp-dicom-liver";

/**
 * Copies imp-seg-liver (same grid, same annotations) into `imp-dicom-liver`, whose manifest says
 * `image.kind: "dicom-series"` with the three CT files of dcmqi's ct-3slice copied as they are, so
 * the viewer's wadouri path (not the NIfTI one) loads the pixels.
 */
function buildDicomSeriesCase(): string {
  const from = "imp-seg-liver";
  const id = DICOM_SERIES_CASE;
  const fixture = path.join(REPO, "tests/fixtures/viewer-cases", id);
  const pub = path.join(REPO, "public/cases", id);
  rmSync(fixture, { recursive: true, force: true });
  rmSync(pub, { recursive: true, force: true });
  cpSync(path.join(REPO, "tests/fixtures/viewer-cases", from), fixture, { recursive: true });
  cpSync(path.join(REPO, "public/cases", from), pub, { recursive: true });
  rmSync(path.join(pub, "image.nii.gz"));
  // Through the product's own de-identification first (the privacy gate rejects the raw files'
  // private tags); then 01.dcm, 02.dcm, 03.dcm in the order of the input files.
  const deidOut = mkdtempSync(path.join(tmpdir(), `${id}-deid-`));
  const r = spawnSync(
    process.execPath,
    [
      path.join(REPO, "node_modules/tsx/dist/cli.mjs"),
      path.join(REPO, "scripts/deid.ts"),
      path.join(EXT, "dcmqi-seg-sr/ct-3slice"),
      deidOut,
    ],
    { encoding: "utf8", cwd: REPO },
  );
  if (r.status !== 0) throw new Error(`deid for ${id} failed:\n${r.stderr}`);
  const report = JSON.parse(readFileSync(`${deidOut}.deid-report.json`, "utf8")) as {
    entries: { input: string; output: string }[];
  };
  mkdirSync(path.join(pub, "dicom"));
  const files = report.entries
    .sort((a, b) => a.input.localeCompare(b.input))
    .map((e, n) => {
      const name = `${String(n + 1).padStart(2, "0")}.dcm`;
      cpSync(path.join(deidOut, e.output), path.join(pub, "dicom", name));
      return `/cases/${id}/dicom/${name}`;
    });
  rmSync(deidOut, { recursive: true, force: true });
  rmSync(`${deidOut}.deid-report.json`, { force: true });
  const rewrite = (file: string, edit?: (j: Record<string, unknown>) => void) => {
    const j = JSON.parse(readFileSync(file, "utf8").replaceAll(`/cases/${from}/`, `/cases/${id}/`));
    edit?.(j);
    writeFileSync(file, JSON.stringify(j, null, 2));
  };
  rewrite(path.join(fixture, "case.json"), (j) => {
    j.id = id;
    j.title = "DICOM series: liver on a 3-slice CT (dcmqi), image read from the .dcm files";
    j.image = { kind: "dicom-series", files };
  });
  for (const f of readdirSync(path.join(fixture, "annotations")))
    rewrite(path.join(fixture, "annotations", f));
  return id;
}

if (process.argv[1] && /importer-cases\.ts$/.test(process.argv[1])) {
  buildImporterCases().then(
    (ids) =>
      console.log(
        ids.length ? `importer cases built: ${ids.join(", ")}` : "no importer cases built",
      ),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
