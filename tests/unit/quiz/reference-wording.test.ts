/**
 * Feedback never calls a reference "expert" unless its annotator is an expert atlas or a clinician,
 * and lengths read in pixels on images without a physical pixel size.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annotatorSchema } from "@/lib/domain/model/annotator";
import { gradeItem } from "@/lib/quiz/grade-item";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { annotatorsNoun, referenceOwner } from "@/lib/quiz/reference-wording";
import { ctxFor } from "./fixture";

const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({ id: "t1", case: "tcase", prompt: "p", ...x }) as SpatialItem;
const square: [number, number, number][] = [
  [1.5, 1.5, 2],
  [4.5, 1.5, 2],
  [4.5, 4.5, 2],
  [1.5, 4.5, 2],
];

describe("reference wording", () => {
  it("names the kind of reference", () => {
    expect(referenceOwner("expert-atlas")).toBe("the experts'");
    // One clinician (the HC18 sonographer) is not "the experts".
    expect(referenceOwner("clinician")).toBe("the clinician's");
    expect(referenceOwner("illustrative")).toBe("the illustrative");
    expect(referenceOwner("algorithm")).toBe("the algorithm's");
    expect(annotatorsNoun(["expert-atlas", "clinician"])).toBe("experts");
    expect(annotatorsNoun(["expert-atlas", "crowd"])).toBe("annotators");
  });

  it("AICHA (clustered resting-state fMRI) is an algorithm's parcellation, never the experts'", () => {
    const manifest = JSON.parse(readFileSync("content/cases/colin27/case.json", "utf8")) as {
      annotators: unknown[];
    };
    const aicha = manifest.annotators
      .map((a) => annotatorSchema.parse(a))
      .find((a) => a.name.startsWith("AICHA"));
    expect(aicha?.kind).toBe("algorithm");
    expect(referenceOwner(aicha?.kind)).not.toMatch(/expert/i);
    expect(aicha?.role).toContain("data-driven parcellation");
  });

  it("an outline graded against an illustrative reference never says expert", () => {
    const outline = item({ type: "outline", structure: "aa", slice: 1, passDice: 0.5 });
    const ans = { kind: "outline" as const, polygonMm: square, slice: 1 };
    const illustrative = gradeItem(outline, ans, {
      spatial: ctxFor(outline, false, 1, { referenceKind: "illustrative" }),
    });
    expect(illustrative.feedback.join(" ")).not.toMatch(/expert/i);
    expect(illustrative.feedback[0]).toContain("overlaps the illustrative");
    // two annotators: graded against their spread, named "raters" unless all are experts
    const spread = gradeItem(outline, ans, {
      spatial: ctxFor(outline, true, 1, { referenceKind: "illustrative" }),
    });
    expect(spread.feedback.join(" ")).not.toMatch(/expert/i);
    expect(spread.feedback[0]).toContain("consensus (STAPLE) of the 2 raters");
    const expert = gradeItem(outline, ans, {
      spatial: ctxFor(outline, true, 1, { referenceKind: "expert-atlas" }),
    });
    expect(expert.feedback[0]).toContain("consensus (STAPLE) of the 2 experts");
  });

  it("distances read in px when the image has no pixel size", () => {
    const click = item({ type: "click", structure: "aa", slice: 1 });
    // (6, 6, 2) is 2√2 ≈ 2.8 world units from the nearest voxel of A (see fixture.ts)
    const r = gradeItem(
      click,
      { kind: "point", pointMm: [6, 6, 2], slice: 1 },
      { spatial: ctxFor(click, false, 1, { referenceKind: "illustrative", unit: "px" }) },
    );
    expect(r.feedback[0]).toContain("2.8 px");
    expect(r.feedback[0]).not.toContain("mm");
  });
});
