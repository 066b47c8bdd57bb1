/**
 * The de-identification step of `case:import` for DICOM inputs. The import carries no DICOM header
 * into the case (only pixels and geometry), so what remains is what header cleaning cannot remove:
 * text burned into the pixels. Files that PS3.15 E.1 says need a human look (Burned In Annotation =
 * YES, ultrasound, secondary capture, recognisable visual features — `reviewFlags` of lib/deid) are
 * refused unless the educator states they reviewed the pixels (`--pixels-reviewed`).
 */
import type { ContentIssue } from "../../lib/domain/parse-result";
import { readPart10 } from "../../lib/deid/dicom/read-part10";
import { reviewFlags } from "../../lib/deid/review-flags";
import { readBytes } from "./read-file";

/** One issue per file that needs a manual pixel review (empty when none, or when `reviewed`). */
export function pixelReviewIssues(files: readonly string[], reviewed: boolean): ContentIssue[] {
  if (reviewed) return [];
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const b = readBytes(file);
    if (!b.ok) continue; // unreadable files are reported by the series reader
    let flags: string[];
    try {
      flags = reviewFlags(readPart10(b.value).dataset);
    } catch {
      continue;
    }
    if (flags.length) {
      issues.push({
        file,
        field: "pixels",
        message: `${flags.join("; ")} — check the pixels for burned-in identifying text, then re-run with --pixels-reviewed`,
      });
    }
  }
  return issues;
}
