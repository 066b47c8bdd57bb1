/**
 * Writes the image files of the corrupt-image viewer fixtures (manifests committed in
 * tests/fixtures/viewer-cases/corrupt-nifti and corrupt-dicom) into their `files` folders
 * (git-ignored). Called by the e2e global set-up; served by the test route
 * /dev/fixture-files/<id>/<name>, not from public/ (whose privacy gate refuses unreadable files):
 * - corrupt-nifti/image.nii.gz: the first 4 KiB of Colin27's image.nii.gz, a cut-off download;
 * - corrupt-dicom/01.dcm (a valid synthetic 4×4 CT slice, no patient) and 02.dcm (the same slice,
 *   cut off 20 bytes into its 32-byte pixel data).
 *
 *   npx tsx tests/e2e/helpers/corrupt-cases.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const REPO = path.resolve(__dirname, "../../..");

/** One explicit-VR little-endian element (short or long length form by VR). */
function element(group: number, el: number, vr: string, value: Buffer): Buffer {
  const pad = value.length % 2 ? Buffer.from(vr === "UI" || vr === "OB" ? [0] : [0x20]) : null;
  const v = pad ? Buffer.concat([value, pad]) : value;
  const long = ["OB", "OW", "UN", "SQ", "UT"].includes(vr);
  const head = Buffer.alloc(long ? 12 : 8);
  head.writeUInt16LE(group, 0);
  head.writeUInt16LE(el, 2);
  head.write(vr, 4, "latin1");
  if (long) head.writeUInt32LE(v.length, 8);
  else head.writeUInt16LE(v.length, 6);
  return Buffer.concat([head, v]);
}
const str = (s: string) => Buffer.from(s, "latin1");
const us = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};

/** A synthetic 4×4 CT slice at z = `z` mm (explicit VR little endian, 16-bit signed pixels). */
export function syntheticCtSlice(z: number, instance: number): Buffer {
  const sop = `2.25.${1000 + instance}`;
  const ct = "1.2.840.10008.5.1.4.1.1.2";
  const pixels = Buffer.alloc(32);
  for (let p = 0; p < 16; p++) pixels.writeInt16LE(p * 50 - 400, p * 2);
  const body = Buffer.concat([
    element(0x0002, 0x0001, "OB", Buffer.from([0, 1])),
    element(0x0002, 0x0002, "UI", str(ct)),
    element(0x0002, 0x0003, "UI", str(sop)),
    element(0x0002, 0x0010, "UI", str("1.2.840.10008.1.2.1")),
  ]);
  const meta = Buffer.concat([element(0x0002, 0x0000, "UL", Buffer.alloc(4)), body]);
  meta.writeUInt32LE(body.length, 8);
  const data = Buffer.concat([
    element(0x0008, 0x0016, "UI", str(ct)),
    element(0x0008, 0x0018, "UI", str(sop)),
    element(0x0008, 0x0060, "CS", str("CT")),
    element(0x0020, 0x000d, "UI", str("2.25.1")),
    element(0x0020, 0x000e, "UI", str("2.25.2")),
    element(0x0020, 0x0013, "IS", str(String(instance))),
    element(0x0020, 0x0032, "DS", str(`0\\0\\${z}`)),
    element(0x0020, 0x0037, "DS", str("1\\0\\0\\0\\1\\0")),
    element(0x0028, 0x0002, "US", us(1)),
    element(0x0028, 0x0004, "CS", str("MONOCHROME2")),
    element(0x0028, 0x0010, "US", us(4)),
    element(0x0028, 0x0011, "US", us(4)),
    element(0x0028, 0x0030, "DS", str("1\\1")),
    element(0x0028, 0x0100, "US", us(16)),
    element(0x0028, 0x0101, "US", us(16)),
    element(0x0028, 0x0102, "US", us(15)),
    element(0x0028, 0x0103, "US", us(1)),
    element(0x7fe0, 0x0010, "OW", pixels),
  ]);
  return Buffer.concat([Buffer.alloc(128), str("DICM"), meta, data]);
}

/** Writes the corrupt files; returns the case ids. */
export function buildCorruptCases(): string[] {
  const pub = (id: string) => {
    const dir = path.join(REPO, "tests/fixtures/viewer-cases", id, "files");
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const colin = readFileSync(path.join(REPO, "public/cases/colin27/image.nii.gz"));
  writeFileSync(path.join(pub("corrupt-nifti"), "image.nii.gz"), colin.subarray(0, 4096));
  const dir = pub("corrupt-dicom");
  writeFileSync(path.join(dir, "01.dcm"), syntheticCtSlice(0, 1));
  const second = syntheticCtSlice(1, 2);
  writeFileSync(path.join(dir, "02.dcm"), second.subarray(0, second.length - 12));
  return ["corrupt-nifti", "corrupt-dicom"];
}

if (process.argv[1] && /corrupt-cases\.ts$/.test(process.argv[1])) {
  console.log(`corrupt image fixtures written: ${buildCorruptCases().join(", ")}`);
}
