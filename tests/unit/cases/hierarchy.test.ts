import { describe, expect, it } from "vitest";
import { applyHierarchy, parseHierarchy } from "@/lib/importers/hierarchy";
import { emptyImportedAnnotations } from "@/lib/importers/types";

const imp = {
  ...emptyImportedAnnotations("aal.nii.gz"),
  structures: [
    { name: "Frontal Sup, left", synonyms: ["Frontal_Sup_L"] },
    { name: "Frontal Sup, right", synonyms: ["Frontal_Sup_R"] },
  ],
};

describe("hierarchy tables", () => {
  it("parses parent<TAB>child lines and skips comments", () => {
    expect(parseHierarchy("# x\nLobe\tA\n\n", "h.tsv")).toEqual({
      ok: true,
      value: [{ parent: "Lobe", child: "A", line: 2 }],
    });
    const bad = parseHierarchy("Lobe A\n", "h.tsv");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues[0]).toEqual({
        file: "h.tsv",
        field: "line 1",
        message: "expected `parent<TAB>child`",
      });
  });

  it("matches children by synonym, creates missing parents, chains parents", () => {
    const links = [
      { parent: "Frontal lobe", child: "Frontal_Sup_L", line: 1 },
      { parent: "Frontal lobe", child: "Frontal Sup, right", line: 2 },
      { parent: "Cerebrum", child: "Frontal lobe", line: 3 },
    ];
    const r = applyHierarchy(imp, links, "h.tsv");
    expect(r.ok && r.value.structures.map((s) => [s.name, s.parent])).toEqual([
      ["Frontal Sup, left", "Frontal lobe"],
      ["Frontal Sup, right", "Frontal lobe"],
      ["Frontal lobe", "Cerebrum"],
      ["Cerebrum", undefined],
    ]);
    expect(imp.structures[0]).not.toHaveProperty("parent"); // input untouched
  });

  it("refuses unknown children, two parents and cycles", () => {
    const r = applyHierarchy(
      imp,
      [
        { parent: "P", child: "Nope", line: 1 },
        { parent: "P", child: "Frontal_Sup_L", line: 2 },
        { parent: "Q", child: "Frontal_Sup_L", line: 3 },
        { parent: "Q", child: "P", line: 4 },
        { parent: "P", child: "Q", line: 5 },
      ],
      "h.tsv",
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const msgs = r.issues.map((i) => i.message);
      expect(msgs).toContain('child "Nope" is not a structure of aal.nii.gz');
      expect(msgs).toContain('"Frontal_Sup_L" already has parent "P"');
      expect(msgs.some((m) => m.startsWith("cycle through"))).toBe(true);
    }
  });
});
