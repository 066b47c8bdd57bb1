import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/case-store";
import { readNifti } from "@/lib/io/nifti";
import { expected, ext, haveExternal } from "./external";

const REPO = path.resolve(__dirname, "../../..");
const SEG =
  expected<Record<string, { segments: { label: string; voxels: number }[] }>>(
    "expected-dicom-seg.json",
  );
const RT = expected<{ rois: { name: string; pixelsOnCt: number }[] }>("expected-rtstruct.json");
const NRRD =
  expected<Record<string, { segments?: { name: string; voxels: number }[] }>>("expected-nrrd.json");

/** Runs case:import into a fresh temp root and returns voxels per structure name over all its sets. */
function importCase(id: string, image: string, annotations: string) {
  const root = mkdtempSync(path.join(tmpdir(), `imp-cli-${id}-`));
  const r = spawnSync(
    process.execPath,
    [
      path.join(REPO, "node_modules/tsx/dist/cli.mjs"),
      path.join(REPO, "scripts/case-import.ts"),
      ...[
        "--id",
        id,
        "--image",
        image,
        "--annotations",
        annotations,
        "--title",
        id,
        "--modality",
        "CT",
        "--region",
        "chest",
      ],
      ...[
        "--license",
        "MIT",
        "--source",
        "test",
        "--deidentification",
        "test data",
        "--root",
        root,
      ],
      ...[
        "--annotator-name",
        "tester",
        "--annotator-kind",
        "illustrative",
        "--annotator-role",
        "test",
      ],
    ],
    { encoding: "utf8", cwd: REPO },
  );
  expect(r.status, r.stderr).toBe(0);
  const loaded = loadCaseFolder(path.join(root, "content/cases", id), root);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const counts = new Map<string, number>();
  const nameOf = new Map(loaded.value.manifest.structures.map((s) => [s.id, s.name]));
  for (const set of loaded.value.annotationSets)
    for (const a of set.annotations) {
      if (a.type !== "segmentation") continue;
      const v = readNifti(
        new Uint8Array(readFileSync(path.join(root, "public", a.labelmap))),
        a.labelmap,
      );
      if (!v.ok) throw new Error(JSON.stringify(v.issues));
      const n = Array.from(v.value.data).filter((x) => x === a.label).length;
      const name = nameOf.get(a.structure)!;
      counts.set(name, (counts.get(name) ?? 0) + n);
    }
  const source = readFileSync(path.join(root, "content/cases", id, "SOURCE.md"), "utf8");
  return { counts, source };
}

const HAVE = haveExternal(
  "case:import with the importers",
  "dcmqi-seg-sr/ct-3slice",
  "dcmqi-seg-sr/liver/partial_overlaps.dcm",
  "dicompyler-rtstruct/rtss.dcm",
  "slicer-segnrrd/CTChest4.nrrd",
);

describe.runIf(HAVE)(
  "case:import --image <DICOM|NRRD> --annotations <SEG|RTSTRUCT|.seg.nrrd> end to end",
  () => {
    it("DICOM SEG on its CT folder: frames matched by SOP UID, every segment's voxels written (overlaps in layers)", () => {
      const { counts, source } = importCase(
        "cli-seg",
        ext("dcmqi-seg-sr/ct-3slice"),
        ext("dcmqi-seg-sr/liver/partial_overlaps.dcm"),
      );
      for (const s of SEG["dcmqi-seg-sr/liver/partial_overlaps.dcm"].segments)
        expect(counts.get(s.label)).toBe(s.voxels);
      expect(source).toContain("7 matched by Referenced SOP Instance UID, 0 by position");
    }, 60_000);

    it("RTSTRUCT on the one CT file present: BODY pixels equal the Python rasterisation; absent slices reported", () => {
      const { counts, source } = importCase(
        "cli-rt",
        ext("dicompyler-rtstruct/ct.0.dcm"),
        ext("dicompyler-rtstruct/rtss.dcm"),
      );
      for (const roi of RT.rois)
        if (roi.pixelsOnCt) expect(counts.get(roi.name)).toBe(roi.pixelsOnCt);
      expect(source).toContain(
        "437 of 441 closed contours lie on slices absent from the reference image",
      );
    }, 60_000);

    it(".seg.nrrd on its NRRD CT: every segment's voxels written", () => {
      const { counts } = importCase(
        "cli-segnrrd",
        ext("slicer-segnrrd/CTChest4.nrrd"),
        ext("slicer-segnrrd/Segmentation.seg.nrrd"),
      );
      for (const s of NRRD["slicer-segnrrd/Segmentation.seg.nrrd"].segments!)
        expect(counts.get(s.name)).toBe(s.voxels);
    }, 60_000);
  },
);
