/**
 * The case page's QC summary, rendered on the server from the real head-ct case: the line reads
 * "8 structures, …" (8 = the structures its annotation sets name, counted from case.json by hand: 2 threshold masks, 5 landmarks, the skull box)
 * and the folded list holds one item per finding, including the 109 holes (1022 voxels) scipy
 * finds in the bone mask (scripts/reference/expected_qc_components.py).
 */
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QcSummaryView } from "@/components/cases/qc-summary";
import { loadCaseFolder } from "@/lib/content/case-store";
import { caseQc } from "@/lib/content/case-qc";

const repo = path.resolve(__dirname, "../../..");

describe("QC summary on the case page", () => {
  it("shows structures, errors and warnings, and lists every finding", () => {
    const r = loadCaseFolder(path.join(repo, "content/cases/head-ct"), repo);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const q = caseQc(r.value, repo);
    const html = renderToStaticMarkup(
      createElement(QcSummaryView, { summary: q, structures: r.value.manifest.structures }),
    );
    const line = /data-testid="qc-summary">([^<]*)</.exec(html)?.[1];
    expect(line).toMatch(/^8 structures, 0 errors, (\d+) warnings?$/);
    const warnings = Number(/(\d+) warnings?$/.exec(line ?? "")?.[1]);
    expect(html.match(/<li data-level="warning"/g)?.length).toBe(warnings);
    expect(html).toContain("109 holes (1022 unlabelled voxels enclosed by the mask)");
    expect(html).toContain("<details");
  });
});
