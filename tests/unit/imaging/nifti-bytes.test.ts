import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { writeNifti } from "@/lib/io";
import { gzipSync } from "fflate";
import { checkedNiftiBytes, gunzipNative } from "@/lib/imaging/nifti-bytes";

// A 3×2×2 int16 volume with values 0…11, written by our NIfTI writer (tiny, built in code).
const grid: GridSpec = {
  dims: [3, 2, 2],
  spacing: [1, 1, 2],
  origin: [10, 20, -5],
  direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
};
const data = Int16Array.from({ length: 12 }, (_, i) => i);
const plain = writeNifti({ grid, data }, { gzip: false });
const gz = writeNifti({ grid, data }, { gzip: true });
const label = "image file /cases/x/image.nii.gz";

describe("checkedNiftiBytes", () => {
  it("returns the uncompressed file for .nii.gz and .nii alike", async () => {
    expect(gz[0]).toBe(0x1f); // the fixture really is gzip
    expect(await checkedNiftiBytes(gz, "image.nii.gz", label, grid)).toEqual(plain);
    expect(await checkedNiftiBytes(plain, "image.nii", label, grid)).toBe(plain);
  });
  it("reads a gzip file of several members (header and voxels compressed separately)", async () => {
    const two = new Uint8Array([
      ...gzipSync(plain.subarray(0, 352)),
      ...gzipSync(plain.subarray(352)),
    ]);
    expect(await checkedNiftiBytes(two, "image.nii.gz", label, grid)).toEqual(plain);
  });
  it("names the file and says unreadable for a cut-off gzip stream", async () => {
    await expect(
      checkedNiftiBytes(gz.subarray(0, 40), "image.nii.gz", label, grid),
    ).rejects.toThrow(/^image file \/cases\/x\/image\.nii\.gz: unreadable NIfTI \(/);
  });
  it("says unreadable for bytes that are not NIfTI-1", async () => {
    await expect(checkedNiftiBytes(new Uint8Array(400), "image.nii", label, grid)).rejects.toThrow(
      /: unreadable NIfTI \(.*sizeof_hdr/,
    );
  });
  it("says wrong grid, naming the difference, for a file on another grid", async () => {
    const other: GridSpec = { ...grid, dims: [3, 2, 3] };
    await expect(checkedNiftiBytes(gz, "image.nii.gz", label, other)).rejects.toThrow(
      `${label}: wrong grid — dimensions differ: 3 × 2 × 2 (file) vs 3 × 2 × 3 (case grid) voxels`,
    );
  });
});

describe("gunzipNative", () => {
  it("gives the same bytes as the gzip input held", async () => {
    expect(await gunzipNative(gz)).toEqual(plain);
  });
});
