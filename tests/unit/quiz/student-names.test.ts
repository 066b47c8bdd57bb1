import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/case-store";
import type { Structure } from "@/lib/domain/model";
import { gradeName } from "@/lib/quiz/grade-name";
import { nameItemSchema } from "@/lib/quiz/item-schema";
import {
  AAL_ROWS,
  HARVARD_OXFORD_ROWS,
  JHU_MIDLINE_ROWS,
  JHU_ROWS,
  OTHER_ROWS,
  type StudentNameRow,
} from "./student-names.table";

const repo = path.resolve(__dirname, "../../..");
const structuresOf = new Map<string, Structure[]>();
function structures(caseId: string): Structure[] {
  let s = structuresOf.get(caseId);
  if (!s) {
    const r = loadCaseFolder(path.join(repo, "content/cases", caseId), repo);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    s = r.value.manifest.structures;
    structuresOf.set(caseId, s);
  }
  return s;
}

function grade([caseId, structure]: StudentNameRow, text: string) {
  const item = nameItemSchema.parse({
    id: "student-name",
    type: "name",
    case: caseId,
    structure,
    prompt: "Name the highlighted structure.",
  });
  return gradeName(item, { kind: "name", text }, structures(caseId));
}

const SWAP: Record<string, string> = {
  left: "right",
  right: "left",
  Left: "Right",
  Right: "Left",
  L: "R",
  R: "L",
  Lt: "Rt",
  Rt: "Lt",
  sinister: "dexter",
};
/** The same answer with the other side (every side word swapped, nothing else touched). */
const otherSide = (t: string) =>
  t.replace(/\b(left|right|Left|Right|L|R|Lt|Rt|sinister)\b/g, (w) => SWAP[w]);

describe("names typed as students write them", () => {
  const sided = [...AAL_ROWS, ...JHU_ROWS];
  const all = [...sided, ...JHU_MIDLINE_ROWS, ...HARVARD_OXFORD_ROWS, ...OTHER_ROWS];

  it("the table holds at least 150 answers across AAL, Harvard-Oxford, JHU and other cases", () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(OTHER_ROWS.map((r) => r[0])).size).toBeGreaterThanOrEqual(5);
  });

  it.each(all.map((r) => [r[2], r] as const))("accepts “%s”", (_t, row) => {
    const r = grade(row, row[2]);
    expect(r.feedback.join(" "), `${row[1]}`).toMatch(/^Correct/);
    expect(r.correct).toBe(true);
  });

  it.each(sided.map((r) => [otherSide(r[2]), r] as const))(
    "rejects the other side “%s” and says so",
    (text, row) => {
      expect(text).not.toBe(row[2]);
      const r = grade(row, text);
      expect(r.correct).toBe(false);
      expect(r.feedback[0]).toMatch(/wrong side: (left|right) side, not (left|right)/);
    },
  );

  const oneSide = (t: string) => `left ${t.replace(/,?\s*both sides/, "")}`;
  it.each(HARVARD_OXFORD_ROWS.map((r) => [oneSide(r[2]), r] as const))(
    "rejects one side of a label covering both: “%s”",
    (text, row) => {
      const r = grade(row, text);
      expect(r.correct).toBe(false);
      expect(r.feedback[0]).toContain("covers both sides");
    },
  );

  it.each(JHU_MIDLINE_ROWS.map((r) => [`right ${r[2]}`, r] as const))(
    "rejects a side on a midline structure: “%s”",
    (text, row) => {
      expect(grade(row, text).correct).toBe(false);
    },
  );
});

describe("name feedback in textbook words", () => {
  it("the wrong side names both sides and the textbook name, and lists textbook synonyms", () => {
    const r = grade(["colin27", "postcentral-right", ""], "left postcentral gyrus");
    expect(r.feedback[0]).toBe(
      "Right structure, wrong side: right side, not left. This is the right postcentral gyrus.",
    );
    expect(r.feedback[1]).toBe(
      "Also called: PoCG, gyrus postcentralis, sensory strip, Postcentral.",
    );
  });
  it("a missing side is asked for; a correct answer reads the textbook name", () => {
    expect(grade(["colin27", "caudate-left", ""], "caudate nucleus").feedback[0]).toBe(
      "Right structure, but say which side: this is the left caudate nucleus.",
    );
    expect(grade(["colin27", "caudate-left", ""], "L caudate").feedback[0]).toBe(
      "Correct: this is the left caudate nucleus.",
    );
  });
});
