/**
 * Scans folders for shipped files that could identify a person, the way a web server reaches
 * them: hidden files and folders included, symbolic links followed (each real file once; a
 * broken link is a finding). Kinds are sniffed from content (lib/privacy/sniff.ts): DICOM (also
 * without preamble or `.dcm` suffix), NIfTI, NRRD, TIFF, WebP, JPEG, PNG, and de-identification
 * reports (never publish one). Node fs; returns findings, never throws for a bad file (an
 * unreadable file is itself a finding).
 */
import fs from "node:fs";
import path from "node:path";
import { readPart10 } from "../deid/dicom/read-part10";
import { walkTree } from "../deid/walk-tree";
import { dicomFindings } from "./dicom-findings";
import type { PrivacyFinding } from "./finding";
import { jpegFindings, pngFindings, webpFindings } from "./image-metadata-findings";
import { gunzipPrefix, niftiFindings, type AllowedText } from "./nifti-findings";
import { NRRD_HEAD_BYTES, nrrdFindings } from "./nrrd-findings";
import { sniffKind, type FileKind } from "./sniff";
import { tiffFindings } from "./tiff-findings";

export interface ScanResult {
  findings: PrivacyFinding[];
  /** Files examined per kind. */
  scanned: Record<Exclude<FileKind, "other" | "deid-report">, number>;
}

/** Files larger than this are not read whole (a finding says so). */
const MAX_WHOLE_FILE = 512 * 1024 * 1024;

function readHead(abs: string, n: number): Uint8Array {
  const fd = fs.openSync(abs, "r");
  try {
    const b = Buffer.alloc(n);
    return new Uint8Array(b.subarray(0, fs.readSync(fd, b, 0, n, 0)));
  } finally {
    fs.closeSync(fd);
  }
}

function findingsOf(
  kind: FileKind,
  abs: string,
  rel: string,
  head: Uint8Array,
  allowed: readonly AllowedText[],
): PrivacyFinding[] {
  if (kind === "nifti") return niftiFindings(gunzipPrefix(head), rel, allowed);
  if (kind === "nrrd") return nrrdFindings(head, rel, allowed);
  if (kind === "deid-report")
    return [
      {
        file: rel,
        where: "file",
        message:
          "de-identification report (names the input files and holds the date shift): never publish it",
      },
    ];
  const size = fs.statSync(abs).size;
  if (size > MAX_WHOLE_FILE)
    return [{ file: rel, where: "file", message: `${size} bytes: too large to be checked` }];
  const bytes = new Uint8Array(fs.readFileSync(abs));
  if (kind === "dicom") return dicomFindings(readPart10(bytes), rel);
  if (kind === "tiff") return tiffFindings(bytes, rel, allowed);
  if (kind === "webp") return webpFindings(bytes, rel);
  if (kind === "jpeg") return jpegFindings(bytes, rel);
  return pngFindings(bytes, rel);
}

/** Scans every file under `dirs`; paths in findings are relative to `root`. */
export function scanTree(
  dirs: readonly string[],
  root: string,
  allowed: readonly AllowedText[] = [],
): ScanResult {
  const result: ScanResult = {
    findings: [],
    scanned: { dicom: 0, nifti: 0, jpeg: 0, png: 0, tiff: 0, webp: 0, nrrd: 0 },
  };
  const files: { abs: string; rel: string }[] = [];
  for (const d of dirs) {
    const dir = path.resolve(root, d);
    if (!fs.existsSync(dir)) continue;
    const walked = walkTree(dir);
    for (const f of walked.files) files.push({ abs: f.abs, rel: path.relative(root, f.abs) });
    for (const p of walked.problems)
      result.findings.push({
        file: path.relative(root, path.join(dir, p.rel)),
        where: "file",
        message: `${p.message}: cannot be checked`,
      });
  }
  for (const { abs, rel } of files.sort((a, b) => a.rel.localeCompare(b.rel))) {
    try {
      const head = readHead(abs, NRRD_HEAD_BYTES);
      const kind = sniffKind(abs, head, fs.statSync(abs).size);
      if (kind === "other") continue;
      if (kind !== "deid-report") result.scanned[kind]++;
      result.findings.push(...findingsOf(kind, abs, rel, head, allowed));
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
