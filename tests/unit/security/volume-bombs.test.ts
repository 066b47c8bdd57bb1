/**
 * Hostile NIfTI / NRRD / deflated-DICOM inputs to case:import, grade and agreement (issue 15, item 8):
 * each run is a child process under a 512 MB heap and a time limit, must exit non-zero with ONE
 * line naming the file and the problem, and must leave nothing in the throw-away root. Every input
 * is generated here; bombs are repeated gzip members of zeros (~1 MB on disk).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  caseTree,
  errorLines,
  gzipWithZeros,
  importMeta,
  niftiHeader,
  smallNifti,
} from "./hostile";
import { removeTmp, runCli, tmp, type CliRun } from "./run-cli";

const dir = tmp("hostile-volumes");
afterAll(removeTmp);
const file = (name: string, bytes: Uint8Array | string) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
};

/** Non-zero exit (not killed), one error line naming `name` and matching `problem`. */
function expectOneLine(r: CliRun, name: string, problem: RegExp): void {
  expect(r.status, r.stderr).not.toBeNull();
  expect(r.status, r.stderr).not.toBe(0);
  expect(errorLines(r), r.stderr).toHaveLength(1);
  expect(errorLines(r)[0]).toContain(name);
  expect(errorLines(r)[0]).toMatch(problem);
}

function importImage(id: string, image: string): { r: CliRun; root: string } {
  const root = tmp(`root-${id}`);
  const r = runCli("case-import.ts", ["--id", id, "--image", image, ...importMeta(root)]);
  return { r, root };
}

const slow = { timeout: 120_000 };

describe("gzip bombs and corrupt gzip", () => {
  it(
    "a 1 MB .nii.gz holding 1 GiB whose header announces 1024³ voxels: refused from the header",
    slow,
    () => {
      const bomb = file("bomb-1024.nii.gz", gzipWithZeros(niftiHeader([1024, 1024, 1024]), 1024));
      expect(fs.statSync(bomb).size).toBeLessThan(2 * 1024 * 1024);
      const { r, root } = importImage("bomb", bomb);
      expectOneLine(
        r,
        "bomb-1024.nii.gz",
        /1024 × 1024 × 1024 = 1,073,741,824 voxels is over the limit/,
      );
      expect(caseTree(root)).toEqual([]);
    },
  );

  it(
    "a small header in front of 1 GiB of gzip: inflation stops at the header's size + 1 MiB",
    slow,
    () => {
      const bomb = file("bomb-tail.nii.gz", gzipWithZeros(niftiHeader([8, 8, 8]), 1024));
      const { r, root } = importImage("tail", bomb);
      expectOneLine(r, "bomb-tail.nii.gz", /decompresses to more than 1\.0 MiB/);
      expect(caseTree(root)).toEqual([]);
    },
  );

  it(
    "an NRRD whose gzip payload holds 1 GiB for 8³ voxels, and one announcing 2048³ voxels",
    slow,
    () => {
      const head = (sizes: string) =>
        `NRRD0004\ntype: uint8\ndimension: 3\nsizes: ${sizes}\nencoding: gzip\n\n`;
      const bomb = Buffer.concat([
        Buffer.from(head("8 8 8")),
        gzipWithZeros(new Uint8Array(0), 1024),
      ]);
      const a = importImage("nrrd-bomb", file("bomb.nrrd", bomb));
      expectOneLine(a.r, "bomb.nrrd", /decompresses to more than/);
      expect(caseTree(a.root)).toEqual([]);
      const big = Buffer.concat([
        Buffer.from(head("2048 2048 2048")),
        gzipWithZeros(new Uint8Array(0), 64),
      ]);
      const b = importImage("nrrd-big", file("big.nrrd", big));
      expectOneLine(b.r, "big.nrrd", /8,589,934,592 voxels is over the limit/);
    },
  );

  it(
    "a .nii.gz whose CRC-32 does not match its data is refused, not graded wrong (28 voxels for 27)",
    slow,
    () => {
      // 4×4×4 labelmap with a 3×3×3 cube of ones (27 voxels), gzipped with stored blocks (level 0) so
      // one data byte can be changed without breaking the deflate stream: then only the CRC tells.
      const cube = smallNifti([4, 4, 4], (i) =>
        i % 4 < 3 && (i >> 2) % 4 < 3 && i >> 4 < 3 ? 1 : 0,
      );
      const good = file("ref.nii.gz", zlib.gzipSync(cube, { level: 0 }));
      const bad = Buffer.from(zlib.gzipSync(cube, { level: 0 }));
      const at = bad.indexOf(Buffer.from(cube.subarray(352)));
      bad[at + 63] = 1; // voxel (3,3,3), outside the cube
      const answer = file("answer-bad-crc.nii.gz", bad);
      const r = runCli("grade.ts", ["--reference", good, "--answer", answer, "--json"]);
      expectOneLine(r, "answer-bad-crc.nii.gz", /CRC-32 mismatch/);
      const ok = runCli("grade.ts", ["--reference", good, "--answer", good, "--json"]);
      expect(JSON.parse(ok.stdout.trim().split("\n").at(-1)!).referenceVoxels).toBe(27);
    },
  );

  it("a deflated DICOM (1.2.840.10008.1.2.1.99) whose data set inflates to 512 MiB", slow, () => {
    const { deflatedBomb } = dicomHelpers();
    const { r, root } = importImage("dcm-bomb", file("bomb.dcm", deflatedBomb(512)));
    expectOneLine(r, "bomb.dcm", /deflated data set: decompresses to more than 256\.0 MiB/);
    expect(caseTree(root)).toEqual([]);
  });
});

describe("non-finite NIfTI header values", () => {
  const nan = () => {
    const b = smallNifti([3, 3, 3], () => 1);
    new DataView(b.buffer).setFloat32(108, NaN, true);
    return file("nan-offset.nii", b);
  };
  it("vox_offset = NaN: one line in case:import, grade and agreement", slow, () => {
    const bad = nan();
    const good = file(
      "good.nii",
      smallNifti([3, 3, 3], () => 1),
    );
    const { r, root } = importImage("nan", bad);
    expectOneLine(r, "nan-offset.nii", /vox_offset is NaN/);
    expect(caseTree(root)).toEqual([]);
    expectOneLine(
      runCli("grade.ts", ["--reference", bad, "--answer", good]),
      "nan-offset.nii",
      /vox_offset is NaN/,
    );
    expectOneLine(
      runCli("agreement.ts", ["--json", good, bad]),
      "nan-offset.nii",
      /vox_offset is NaN/,
    );
  });
});

/** A DICOM Part 10 file in the deflated transfer syntax whose data set is `mib` MiB of zeros. */
function dicomHelpers() {
  const el = (group: number, elem: number, vr: string, value: Buffer) => {
    const long = ["OB", "OW", "UN", "SQ", "UT"].includes(vr);
    const pad =
      value.length % 2 ? Buffer.concat([value, Buffer.from(vr === "UI" ? [0] : [0x20])]) : value;
    const h = Buffer.alloc(long ? 12 : 8);
    h.writeUInt16LE(group, 0);
    h.writeUInt16LE(elem, 2);
    h.write(vr, 4, "latin1");
    if (long) h.writeUInt32LE(pad.length, 8);
    else h.writeUInt16LE(pad.length, 6);
    return Buffer.concat([h, pad]);
  };
  const deflatedBomb = (mib: number) => {
    const meta = Buffer.concat([
      el(2, 1, "OB", Buffer.from([0, 1])),
      el(2, 2, "UI", Buffer.from("1.2.840.10008.5.1.4.1.1.2")),
      el(2, 3, "UI", Buffer.from("1.2.3.4")),
      el(2, 0x10, "UI", Buffer.from("1.2.840.10008.1.2.1.99")),
    ]);
    const groupLength = el(2, 0, "UL", Buffer.alloc(4));
    groupLength.writeUInt32LE(meta.length, 8);
    // Non-final deflate blocks ending in a sync flush are byte-aligned and can be concatenated;
    // an empty final block closes the stream. 64 MiB of zeros per piece, ~64 KB compressed.
    const piece = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), {
      level: 9,
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    });
    const chunks: Buffer[] = [];
    for (let m = 0; m < mib; m += 64) chunks.push(piece);
    chunks.push(zlib.deflateRawSync(Buffer.alloc(0)));
    return Buffer.concat([Buffer.alloc(128), Buffer.from("DICM"), groupLength, meta, ...chunks]);
  };
  return { deflatedBomb };
}
