/**
 * Scans folders for shipped files that could identify a person: DICOM (by `.dcm` extension or the
 * `DICM` magic), NIfTI (`.nii`, `.nii.gz`), JPEG and PNG. Node fs; returns findings, never throws
 * for a bad file (an unreadable file is itself a finding).
 */
import fs from "node:fs";
import path from "node:path";
import { readPart10 } from "../deid/dicom/read-part10";
import { dicomFindings } from "./dicom-findings";
import type { PrivacyFinding } from "./finding";
import { jpegFindings, pngFindings } from "./image-metadata-findings";
import { niftiBytes, niftiFindings, type AllowedText } from "./nifti-findings";

export interface ScanResult {
  findings: PrivacyFinding[];
  /** Files examined per kind. */
  scanned: { dicom: number; nifti: number; jpeg: number; png: number };
}

function isDicomMagic(p: string): boolean {
  const fd = fs.openSync(p, "r");
  try {
    const b = Buffer.alloc(132);
    return fs.readSync(fd, b, 0, 132, 0) === 132 && b.toString("latin1", 128, 132) === "DICM";
  } finally {
    fs.closeSync(fd);
  }
}

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith(".")) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

/** Scans every file under `dirs`; paths in findings are relative to `root`. */
export function scanTree(
  dirs: readonly string[],
  root: string,
  allowed: readonly AllowedText[] = [],
): ScanResult {
  const files: string[] = [];
  for (const d of dirs) walk(path.resolve(root, d), files);
  const result: ScanResult = { findings: [], scanned: { dicom: 0, nifti: 0, jpeg: 0, png: 0 } };
  for (const abs of files.sort()) {
    const rel = path.relative(root, abs);
    const lower = abs.toLowerCase();
    try {
      if (lower.endsWith(".nii") || lower.endsWith(".nii.gz")) {
        result.scanned.nifti++;
        result.findings.push(
          ...niftiFindings(niftiBytes(new Uint8Array(fs.readFileSync(abs))), rel, allowed),
        );
      } else if (/\.jpe?g$/.test(lower)) {
        result.scanned.jpeg++;
        result.findings.push(...jpegFindings(new Uint8Array(fs.readFileSync(abs)), rel));
      } else if (lower.endsWith(".png")) {
        result.scanned.png++;
        result.findings.push(...pngFindings(new Uint8Array(fs.readFileSync(abs)), rel));
      } else if (lower.endsWith(".dcm") || isDicomMagic(abs)) {
        result.scanned.dicom++;
        result.findings.push(
          ...dicomFindings(readPart10(new Uint8Array(fs.readFileSync(abs))), rel),
        );
      }
    } catch (e) {
      result.findings.push({
        file: rel,
        where: "file",
        message: `cannot be read, so cannot be checked: ${(e as Error).message}`,
      });
    }
  }
  return result;
}
