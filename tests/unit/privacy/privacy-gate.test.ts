/**
 * The gate (`npm run privacy:check`) on a temporary copy of a site tree: passes on de-identified
 * content, fails naming the file and the tag/field when an identifying file is added.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { deidentifyFile } from "@/lib/deid/deidentify";
import { UidMap } from "@/lib/deid/uid-map";
import { writePart10 } from "@/lib/deid/dicom/write-part10";
import { identifyingCt, t } from "../deid/synthetic";

const repo = process.cwd();
const tsx = path.join(repo, "node_modules/.bin/tsx");

function gate(root: string): { status: number | null; out: string } {
  const r = spawnSync(tsx, [path.join(repo, "scripts/privacy-gate.ts")], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-gate-"));
  fs.mkdirSync(path.join(root, "public/cases/a"), { recursive: true });
  fs.mkdirSync(path.join(root, "content/cases/a"), { recursive: true });
  const clean = deidentifyFile(identifyingCt(), { uids: new UidMap("x") }).file;
  fs.writeFileSync(path.join(root, "public/cases/a/clean.dcm"), writePart10(clean));
  return root;
}

function nifti(descrip: string): Uint8Array {
  const b = new Uint8Array(352 + 8);
  const v = new DataView(b.buffer);
  v.setInt32(0, 348, true);
  b.set(new TextEncoder().encode(descrip), 148);
  b.set(new TextEncoder().encode("n+1\0"), 344);
  return gzipSync(b);
}

describe("privacy gate", () => {
  it("passes a tree that holds only de-identified files", () => {
    const root = tree();
    const r = gate(root);
    expect(r.out).toMatch(/passed: scanned 1 DICOM/);
    expect(r.status).toBe(0);
  });

  it("fails naming the file and the tag for an identifying DICOM file", () => {
    const root = tree();
    fs.writeFileSync(path.join(root, "content/cases/a/raw.dcm"), writePart10(identifyingCt()));
    const r = gate(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      "content/cases/a/raw.dcm: (0010,0010) Patient's Name: identifying attribute has a value",
    );
    expect(r.out).toContain("content/cases/a/raw.dcm: (0008,0080) Institution Name");
    expect(r.out).toContain("content/cases/a/raw.dcm: (0029,0010): private tag");
    expect(r.out).toMatch(/raw\.dcm: \(0008,0020\): date "20200228" kept/);
    expect(r.out).not.toContain("clean.dcm");
  });

  it("fails on an unreviewed ultrasound and passes it once Burned In Annotation is set to NO", () => {
    const root = tree();
    const us = identifyingCt();
    us.dataset = us.dataset.map((e) => (e.tag === 0x00080060 ? t(0x00080060, "CS", "US") : e));
    const clean = deidentifyFile(us, { uids: new UidMap("x") }).file;
    fs.writeFileSync(path.join(root, "public/cases/a/us.dcm"), writePart10(clean));
    const r = gate(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      "public/cases/a/us.dcm: (0028,0301) Burned In Annotation: ultrasound image not reviewed",
    );
    clean.dataset.push(t(0x00280301, "CS", "NO"));
    clean.dataset.sort((a, b) => a.tag - b.tag);
    fs.writeFileSync(path.join(root, "public/cases/a/us.dcm"), writePart10(clean));
    expect(gate(root).status).toBe(0);
  });

  it("fails on NIfTI descrip text and on JPEG EXIF, naming the field/marker", () => {
    const root = tree();
    fs.writeFileSync(path.join(root, "public/cases/a/brain.nii.gz"), nifti("Doe^Jane 1970-01-01"));
    const jpeg = Uint8Array.of(
      0xff,
      0xd8,
      0xff,
      0xe1,
      0x00,
      0x08,
      0x45,
      0x78,
      0x69,
      0x66,
      0x00,
      0x00,
      0xff,
      0xd9,
    );
    fs.writeFileSync(path.join(root, "public/cases/a/photo.jpg"), jpeg);
    const r = gate(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      'public/cases/a/brain.nii.gz: descrip: free text "Doe^Jane 1970-01-01"',
    );
    expect(r.out).toContain("public/cases/a/photo.jpg: APP1 Exif");
  });

  it("allows a NIfTI descrip equal to the case title, and nothing more", () => {
    const root = tree();
    fs.writeFileSync(
      path.join(root, "content/cases/a/case.json"),
      JSON.stringify({ title: "Head CT: skull (example)" }),
    );
    fs.writeFileSync(
      path.join(root, "public/cases/a/image.nii.gz"),
      nifti("Head CT: skull (example)"),
    );
    expect(gate(root).status).toBe(0);
    fs.writeFileSync(
      path.join(root, "public/cases/a/image.nii.gz"),
      nifti("Head CT: skull (example) Jane Doe"),
    );
    const r = gate(root);
    expect(r.status).toBe(1);
    expect(r.out).toContain("public/cases/a/image.nii.gz: descrip");
  });
});
