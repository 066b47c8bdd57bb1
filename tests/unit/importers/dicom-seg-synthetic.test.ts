import { describe, expect, it } from "vitest";
import { parseSeg } from "@/lib/importers/dicom/seg";
import { dicomLabToHex } from "@/lib/importers/colour";
import { missingPixelBytes, type DicomDataset } from "@/lib/importers/dicom/dataset";

/** A tiny 3×3, two-frame SEG of one segment, stacked along z at 0 and 2 mm. */
function seg(type: "BINARY" | "FRACTIONAL", pixels: Uint8Array, max?: number): DicomDataset {
  const frame = (z: number) => ({
    SegmentIdentificationSequence: [{ ReferencedSegmentNumber: 1 }],
    PlanePositionSequence: [{ ImagePositionPatient: [10, 20, z] }],
    DerivationImageSequence: [{ SourceImageSequence: [{ ReferencedSOPInstanceUID: `1.2.${z}` }] }],
  });
  return {
    Modality: "SEG",
    SegmentationType: type,
    BitsAllocated: type === "BINARY" ? 1 : 8,
    ...(max ? { MaximumFractionalValue: max } : {}),
    Rows: 3,
    Columns: 3,
    NumberOfFrames: 2,
    SegmentSequence: [
      {
        SegmentNumber: 1,
        SegmentLabel: "Spleen",
        SegmentAlgorithmType: "AUTOMATIC",
        SegmentAlgorithmName: "TotalSeg",
        RecommendedDisplayCIELabValue: [65535, 32896, 32896],
        SegmentedPropertyTypeCodeSequence: [
          { CodeValue: "78961009", CodingSchemeDesignator: "SCT", CodeMeaning: "Spleen" },
        ],
      },
    ],
    SharedFunctionalGroupsSequence: [
      {
        PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
        PixelMeasuresSequence: [{ PixelSpacing: [0.5, 0.25], SpacingBetweenSlices: 2 }],
      },
    ],
    PerFrameFunctionalGroupsSequence: [frame(0), frame(2)],
    PixelData: [pixels.buffer],
  };
}

const count = (d: ArrayLike<number>) => Array.from(d).filter(Boolean).length;

describe("DICOM SEG pixel decoding (synthetic)", () => {
  it("BINARY: 1-bit frames packed back to back, LSB first, second frame starting mid-byte", () => {
    // Frame 1 = bits 0..8: pixels 0 and 8 set; frame 2 = bits 9..17: pixel 4 (bit 13) set.
    const bits = new Uint8Array(3);
    bits[0] = 0b00000001;
    bits[1] = 0b00100001; // bit 8 (frame 1 pixel 8) and bit 13 (frame 2 pixel 4)
    const r = parseSeg(seg("BINARY", bits), "syn.dcm");
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const lm = r.value.labelmaps[0];
    expect(lm.grid.dims).toEqual([3, 3, 2]);
    expect(lm.grid.spacing).toEqual([0.25, 0.5, 2]);
    expect(lm.grid.origin).toEqual([10, 20, 0]);
    expect(Array.from(lm.data)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    expect(r.value.annotator?.kind).toBe("algorithm");
    expect(r.value.structures[0]).toMatchObject({ name: "Spleen", color: "#ffffff" });
  });

  it("FRACTIONAL holding only 0 and the maximum imports as binary", () => {
    const px = new Uint8Array(18);
    px[2] = 200;
    px[9 + 7] = 200;
    const r = parseSeg(seg("FRACTIONAL", px, 200), "frac.dcm");
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(count(r.value.labelmaps[0].data)).toBe(2);
    expect(r.value.labelmaps[0].data[2]).toBe(1);
    expect(r.value.labelmaps[0].data[16]).toBe(1);
  });

  it("true FRACTIONAL values are a clear error naming the frame and value", () => {
    const px = new Uint8Array(18);
    px[9 + 3] = 128;
    const r = parseSeg(seg("FRACTIONAL", px, 255), "frac.dcm");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ file: "frac.dcm", field: "PixelData" });
      expect(r.issues[0].message).toMatch(/true fractional SEG: frame 2 pixel 3 holds 128 of 255/);
    }
  });

  it("a frame naming an unknown segment is an error, not a skip", () => {
    const ds = seg("BINARY", new Uint8Array(3));
    (ds.PerFrameFunctionalGroupsSequence as DicomDataset[])[1].SegmentIdentificationSequence = [
      { ReferencedSegmentNumber: 7 },
    ];
    const r = parseSeg(ds, "x.dcm");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/frame 2 refers to segment 7/);
  });
});

describe("DICOM CIELab → sRGB", () => {
  it("maps white, black and the Slicer tissue colour as in PS3.3 (D65)", () => {
    expect(dicomLabToHex([65535, 32896, 32896])).toBe("#ffffff");
    expect(dicomLabToHex([0, 32896, 32896])).toBe("#000000");
    // Pure sRGB red is L*53.24 a*80.09 b*67.20.
    const red = dicomLabToHex([
      Math.round((53.24 * 65535) / 100),
      Math.round(((80.09 + 128) * 65535) / 255),
      Math.round(((67.2 + 128) * 65535) / 255),
    ]);
    expect(parseInt(red.slice(1, 3), 16)).toBeGreaterThanOrEqual(254);
    expect(parseInt(red.slice(3, 5), 16)).toBeLessThanOrEqual(2);
  });
});

describe("truncated Pixel Data detection", () => {
  /** 132-byte preamble + DICM, then `body`. */
  const file = (body: number[]) =>
    new Uint8Array([...new Array(128).fill(0), 0x44, 0x49, 0x43, 0x4d, ...body]);
  const le32 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];

  it("finds the explicit-VR element by tag + implied length and counts the missing bytes", () => {
    const bytes = file([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0, ...le32(10), 1, 2, 3, 4]);
    expect(missingPixelBytes(bytes, 10)).toBe(6);
    expect(
      missingPixelBytes(
        file([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0, ...le32(4), 1, 2, 3, 4]),
        4,
      ),
    ).toBe(0);
  });

  it("ignores tag-like bytes whose length does not match the header (e.g. inside pixel data)", () => {
    const bytes = file([
      0xe0,
      0x7f,
      0x10,
      0x00,
      ...le32(999999),
      0xe0,
      0x7f,
      0x10,
      0x00,
      ...le32(4),
      9,
      9,
      9,
      9,
    ]);
    expect(missingPixelBytes(bytes, 4)).toBe(0);
  });
});
