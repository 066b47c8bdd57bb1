/**
 * Hostile and edge inputs to the readers themselves (issue 15, item 8 and the LOW annotator item):
 * a .nii.gz with a wrong CRC, NRRD with CRLF line endings and prototype keys, a 512×512×70
 * all-foreground SEG, an RTSTRUCT drawn on another image, and a SEG whose ContentCreatorName would
 * have become the public annotator name.
 */
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { readNifti } from "@/lib/io/nifti";
import { readNrrd } from "@/lib/io/nrrd-read";
import { parseSeg } from "@/lib/importers/dicom/seg";
import { parseRtstruct } from "@/lib/importers/dicom/rtstruct";
import type { DicomDataset } from "@/lib/importers/dicom/dataset";
import type { GridSpec } from "@/lib/domain/model";
import { parseArgs } from "@/scripts/case-import/args";
import { buildCase } from "@/scripts/case-import/build-case";
import { smallNifti } from "./hostile";

describe("NIfTI gzip integrity", () => {
  it("a Node Buffer (a view into Node's shared pool) reads its own voxels, not the pool's", () => {
    const bytes = Buffer.from(smallNifti([2, 2, 2], (i) => i + 1));
    expect(bytes.byteOffset > 0 || bytes.buffer.byteLength > bytes.length).toBe(true);
    const r = readNifti(bytes, "pool.nii");
    expect(r.ok && Array.from(r.value.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("readNifti refuses a .nii.gz whose stored CRC does not match (names the file)", () => {
    const gz = Buffer.from(zlib.gzipSync(smallNifti([2, 2, 2], (i) => i)));
    gz[gz.length - 6] ^= 0x10;
    const r = readNifti(gz, "x.nii.gz");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: "x.nii.gz" });
    if (!r.ok) expect(r.issues[0].message).toMatch(/CRC-32 mismatch/);
  });
});

describe("NRRD headers", () => {
  const body = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
  const header = (eol: string, type = "uint8") =>
    ["NRRD0004", `type: ${type}`, "dimension: 3", "sizes: 2 2 2", "encoding: raw", "", ""].join(
      eol,
    );
  it("CRLF line endings parse like LF", () => {
    const lf = readNrrd(Buffer.concat([Buffer.from(header("\n")), body]), "lf.nrrd");
    const crlf = readNrrd(Buffer.concat([Buffer.from(header("\r\n")), body]), "crlf.nrrd");
    expect(lf.ok && crlf.ok).toBe(true);
    if (lf.ok && crlf.ok) {
      expect(Array.from(crlf.value.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(crlf.value.grid).toEqual(lf.value.grid);
    }
  });
  it("`type: constructor` / `__proto__` / `toString` are unknown types, not Object.prototype members", () => {
    for (const t of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const r = readNrrd(Buffer.concat([Buffer.from(header("\n", t)), body]), "p.nrrd");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0].message).toBe(`unsupported or missing type '${t}'`);
    }
  });
});

/** A BINARY SEG of one segment, `frames` frames of rows × cols stacked 1 mm apart, every pixel set. */
function fullSeg(
  rows: number,
  cols: number,
  frames: number,
  extra: DicomDataset = {},
): DicomDataset {
  const bits = new Uint8Array(Math.ceil((rows * cols * frames) / 8)).fill(0xff);
  return {
    Modality: "SEG",
    SegmentationType: "BINARY",
    BitsAllocated: 1,
    Rows: rows,
    Columns: cols,
    NumberOfFrames: frames,
    SegmentSequence: [
      { SegmentNumber: 1, SegmentLabel: "Body", SegmentAlgorithmType: "AUTOMATIC" },
    ],
    SharedFunctionalGroupsSequence: [
      {
        PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
        PixelMeasuresSequence: [{ PixelSpacing: [1, 1], SpacingBetweenSlices: 1 }],
      },
    ],
    PerFrameFunctionalGroupsSequence: Array.from({ length: frames }, (_, z) => ({
      SegmentIdentificationSequence: [{ ReferencedSegmentNumber: 1 }],
      PlanePositionSequence: [{ ImagePositionPatient: [0, 0, z] }],
    })),
    PixelData: [bits.buffer],
    ...extra,
  };
}

describe("DICOM SEG and RTSTRUCT", () => {
  it("a valid 512×512×70 all-foreground SEG imports (18,350,080 voxels; no 'Set maximum size exceeded')", () => {
    const r = parseSeg(fullSeg(512, 512, 70), "big-seg.dcm");
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const lm = r.value.labelmaps[0];
    expect(lm.grid.dims).toEqual([512, 512, 70]);
    let n = 0;
    for (let i = 0; i < lm.data.length; i++) if (lm.data[i] === 1) n++;
    expect(n).toBe(512 * 512 * 70);
  }, 60_000);

  it("an RTSTRUCT whose contours lie on none of the image's slices is an error, not 0 annotations", () => {
    const grid: GridSpec = {
      dims: [8, 8, 3],
      spacing: [1, 1, 1],
      origin: [0, 0, 0],
      direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    const square = (z: number) => [1, 1, z, 5, 1, z, 5, 5, z, 1, 5, z];
    const ds = (z: number) => ({
      Modality: "RTSTRUCT",
      StructureSetROISequence: [{ ROINumber: 1, ROIName: "GTV" }],
      ROIContourSequence: [
        {
          ReferencedROINumber: 1,
          ContourSequence: [
            {
              ContourGeometricType: "CLOSED_PLANAR",
              ContourData: square(z),
              ContourImageSequence: [{ ReferencedSOPInstanceUID: "9.9.9" }],
            },
          ],
        },
      ],
    });
    const referenceImages = [0, 1, 2].map((k) => ({
      sopInstanceUid: `1.2.${k}`,
      positionMm: [0, 0, k] as [number, number, number],
      slice: k,
    }));
    const off = parseRtstruct(ds(250), "rt.dcm", { referenceGrid: grid, referenceImages });
    expect(off.ok).toBe(false);
    if (!off.ok) {
      expect(off.issues[0]).toMatchObject({ file: "rt.dcm", field: "ROIContourSequence" });
      expect(off.issues[0].message).toBe(
        "none of its 1 closed contours lies on a slice of the image (1 off the slices, 0 oblique, and none of its 1 referenced images is in the image series): it was drawn on another image",
      );
    }
    const on = parseRtstruct(ds(1), "rt.dcm", { referenceGrid: grid, referenceImages });
    expect(on.ok).toBe(true);
  });
});

describe("a person's name from the file is not published without asking", () => {
  const creator = { ContentCreatorName: { Alphabetic: "Doe^Jane" } };
  const manual = () =>
    fullSeg(2, 2, 1, creator) as DicomDataset & { SegmentSequence: DicomDataset[] };
  const imported = () => {
    const ds = manual();
    ds.SegmentSequence[0].SegmentAlgorithmType = "MANUAL";
    const r = parseSeg(ds, "manual.dcm");
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const build = (extra: string[]) => {
    const value = imported();
    const args = parseArgs([
      ...["--id", "tt", "--image", "img.nii", "--annotations", "manual.dcm", ...extra],
      ...["--title", "T", "--modality", "CT", "--region", "head", "--license", "CC0-1.0"],
      ...["--source", "s", "--deidentification", "d"],
    ]);
    if (!args.ok) throw new Error(args.errors.join("; "));
    const grid = value.labelmaps[0].grid;
    const img = {
      kind: "volume" as const,
      file: "img.nii",
      grid,
      data: new Uint8Array(4),
      description: "",
    };
    const lines: string[] = [];
    const r = buildCase(
      args.value,
      img,
      undefined,
      [{ arg: args.value.annotations[0], value }],
      "cmd",
      (m) => lines.push(m),
    );
    return { r, lines };
  };

  it("SEG MANUAL + ContentCreatorName: the reader marks the name as a person's, from that attribute", () => {
    expect(imported().annotator).toMatchObject({
      name: "Doe Jane",
      personNameFrom: "ContentCreatorName",
    });
  });

  it("refused without --annotator-name; --annotator-name-from-file publishes it and says so", () => {
    const role = ["--annotator-kind", "clinician", "--annotator-role", "radiologist"];
    const refused = build(role).r;
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors[0]).toMatch(
        /^manual\.dcm: the file names its annotator "Doe Jane" \(ContentCreatorName\); a person's name is not published without asking: give --annotator-name NAME, or --annotator-name-from-file/,
      );
    const named = build(["--annotator-name", "Dr X", ...role]).r;
    expect(named.ok && named.value.manifest.annotators.map((a) => a.name)).toEqual(["Dr X"]);
    const asked = build(["--annotator-name-from-file", ...role]);
    expect(asked.r.ok && asked.r.value.manifest.annotators.map((a) => a.name)).toEqual([
      "Doe Jane",
    ]);
    expect(asked.lines.join("\n")).toMatch(
      /annotator name "Doe Jane" taken from ContentCreatorName/,
    );
  });
});
