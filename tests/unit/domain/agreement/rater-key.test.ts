/** Concept pairing of raters: `raterKey`/`raterPeers`, and the shipped colin27 pairs (real case). */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { raterKey, raterPeers, peersOf } from "@/lib/domain/agreement/rater-key";
import { loadCaseFolder } from "@/lib/content/case-store";
import { multiRaterStructures } from "@/lib/content/rater-spread-file";
import { allReferences } from "@/lib/quiz/reference-check";
import type { SpatialItem } from "@/lib/quiz/item-schema";

const repo = path.resolve(__dirname, "../../../..");

describe("raterKey", () => {
  it("pairs concept and side, never a bilateral label with a one-sided one", () => {
    const s = [
      { id: "a-l", concept: "gyrus", laterality: "left" as const },
      { id: "b-l", concept: "gyrus", laterality: "left" as const },
      { id: "b-both", concept: "gyrus", laterality: "bilateral" as const },
      { id: "c", concept: "gyrus" },
      { id: "no-concept" },
    ];
    const p = raterPeers(s);
    expect(peersOf(p, "a-l")).toEqual(["a-l", "b-l"]);
    expect(peersOf(p, "b-both")).toEqual(["b-both"]);
    expect(peersOf(p, "c")).toEqual(["c"]);
    expect(raterKey(s[4])).toBe("#no-concept");
    expect(peersOf(p, "unknown")).toEqual(["unknown"]);
  });
});

describe("colin27: atlases as raters of one concept", () => {
  const r = loadCaseFolder(path.join(repo, "content/cases/colin27"), repo);
  if (!r.ok) throw new Error(r.issues[0].message);
  const c = r.value;
  const groups = multiRaterStructures(c);

  it("pairs AAL with the split Harvard-Oxford on 17 concepts × 2 sides, nothing else", () => {
    expect(groups.size).toBe(34);
    for (const raters of groups.values())
      expect(raters.map((x) => x.annotator)).toEqual([
        "aal-atlas-tzourio-mazoyer-et-al-2002",
        "harvard-oxford-cortical-atlas-fsl",
      ]);
    expect(groups.get("precentral-left")!.map((x) => x.structure)).toEqual([
      "precentral-left",
      "precentral-gyrus-left",
    ]);
    // Brodmann areas, JHU tracts and AICHA clusters stay unpaired; so does the bilateral HO label.
    const all = [...groups.values()].flat().map((x) => x.labelmap);
    expect(new Set(all)).toEqual(
      new Set(["/cases/colin27/aal.nii.gz", "/cases/colin27/harvard-oxford-split.nii.gz"]),
    );
  });

  it("gives an item on either structure both atlases as references", () => {
    const item = { type: "outline", structure: "insula-left" } as SpatialItem;
    expect(allReferences(item, c).map((x) => x.set.id)).toEqual(["aal", "harvard-oxford-split"]);
    const ho = { type: "click", structure: "insular-cortex-right" } as SpatialItem;
    expect(allReferences(ho, c).map((x) => x.set.id)).toEqual(["aal", "harvard-oxford-split"]);
    const bilateral = { type: "click", structure: "insular-cortex" } as SpatialItem;
    expect(allReferences(bilateral, c).map((x) => x.set.id)).toEqual(["harvard-oxford"]);
  });
});
