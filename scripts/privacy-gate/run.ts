/**
 * The privacy gate of `npm run privacy:check` as a function (the CLI scripts/privacy-gate.ts and the
 * studio both call it): scans `dirs` (relative to `root`) with lib/privacy/scan-tree.ts, allowing the
 * reviewed header text of config/privacy-allowlist.json and each case's own title in its NIfTI
 * descrip (published on its page anyway). Node fs; never throws for a bad file.
 */
import fs from "node:fs";
import path from "node:path";
import { scanTree, type ScanResult } from "../../lib/privacy/scan-tree";
import type { AllowedText } from "../../lib/privacy/nifti-findings";

/** The allow-list of `root`: config/privacy-allowlist.json plus every case title as a descrip. */
export function privacyAllowList(root: string): AllowedText[] {
  const allowPath = path.join(root, "config/privacy-allowlist.json");
  const allowed: AllowedText[] = fs.existsSync(allowPath)
    ? ((JSON.parse(fs.readFileSync(allowPath, "utf8")) as { niftiText?: AllowedText[] })
        .niftiText ?? [])
    : [];
  const caseDirs = ["content/cases", "tests/fixtures/viewer-cases"].map((d) => path.join(root, d));
  const manifests = caseDirs.flatMap((dir) =>
    fs.existsSync(dir) ? fs.readdirSync(dir).map((id) => ({ id, dir })) : [],
  );
  for (const { id, dir } of manifests) {
    const manifest = path.join(dir, id, "case.json");
    if (!fs.existsSync(manifest)) continue;
    const title = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { title?: unknown }).title;
    if (typeof title === "string" && title) {
      const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      allowed.push({
        file: `public/cases/${id}/`,
        field: "descrip",
        pattern: `${escaped}( \\(.*\\))?`,
      });
    }
  }
  return allowed;
}

/**
 * Scans `dirs` under `root` with the allow-list of `root`, plus those of `moreAllowRoots` (the
 * studio scans a staged case with the repository's reviewed allow-list).
 */
export function runPrivacyGate(
  root: string,
  dirs: string[],
  moreAllowRoots: readonly string[] = [],
): ScanResult {
  const allowed = [root, ...moreAllowRoots].flatMap(privacyAllowList);
  return scanTree(dirs, root, allowed);
}

/** The one-line count of scanned files, e.g. "3 DICOM, 0 NIfTI, …". */
export function scannedLine(scanned: ScanResult["scanned"]): string {
  return `${scanned.dicom} DICOM, ${scanned.nifti} NIfTI, ${scanned.nrrd} NRRD, ${scanned.tiff} TIFF, ${scanned.jpeg} JPEG, ${scanned.png} PNG, ${scanned.webp} WebP`;
}
