import { describe, expect, it } from "vitest";
import { gradeMcq } from "@/lib/quiz/grade-mcq";
import { gradeName } from "@/lib/quiz/grade-name";
import { mcqItemSchema, nameItemSchema } from "@/lib/quiz/item-schema";
import { structureSchema } from "@/lib/domain/model";

const single = mcqItemSchema.parse({
  id: "q1",
  type: "mcq",
  prompt: "Which?",
  options: [
    { text: "A", correct: true, explanation: "A is right." },
    { text: "B", explanation: "B is wrong." },
    { text: "C" },
  ],
});
const multi = mcqItemSchema.parse({
  id: "q2",
  type: "mcq",
  prompt: "Select all",
  options: [
    { text: "A", correct: true },
    { text: "B", correct: true },
    { text: "C" },
    { text: "D", correct: true },
  ],
});

describe("gradeMcq", () => {
  it("single correct: 100 or 0, with the option's explanation", () => {
    const r = gradeMcq(single, { kind: "mcq", selected: [0] });
    expect(r).toMatchObject({ correct: true, score: 100 });
    expect(r.feedback.join(" ")).toContain("A is right.");
    const w = gradeMcq(single, { kind: "mcq", selected: [1] });
    expect(w).toMatchObject({ correct: false, score: 0 });
    expect(w.feedback.join(" ")).toContain("B is wrong.");
    expect(w.feedback.join(" ")).toContain("You missed “A”");
  });
  it("several correct: partial credit (hits − wrong) / correct options, floored at 0", () => {
    expect(gradeMcq(multi, { kind: "mcq", selected: [0, 1, 3] })).toMatchObject({
      correct: true,
      score: 100,
    });
    expect(gradeMcq(multi, { kind: "mcq", selected: [0, 1] })).toMatchObject({
      correct: false,
      score: 67,
    }); // 2/3
    expect(gradeMcq(multi, { kind: "mcq", selected: [0, 1, 2, 3] })).toMatchObject({
      correct: false,
      score: 67,
    }); // (3−1)/3
    expect(gradeMcq(multi, { kind: "mcq", selected: [2] })).toMatchObject({
      correct: false,
      score: 0,
    });
  });
  it("ignores out-of-range and duplicate indices", () => {
    expect(gradeMcq(single, { kind: "mcq", selected: [0, 0, 7, -1] })).toMatchObject({
      correct: true,
      score: 100,
    });
  });
  it("schema rejects an item without a correct option", () => {
    expect(
      mcqItemSchema.safeParse({
        id: "q3",
        type: "mcq",
        prompt: "x",
        options: [{ text: "a" }, { text: "b" }],
      }).success,
    ).toBe(false);
  });
});

describe("gradeName", () => {
  const structures = [
    structureSchema.parse({
      id: "hippocampus-l",
      name: "Left hippocampus",
      synonyms: ["Hippocampus_L"],
      color: "#ff0000",
    }),
    structureSchema.parse({
      id: "amygdala-l",
      name: "Left amygdala",
      synonyms: ["Amygdala_L"],
      color: "#00ff00",
    }),
  ];
  const item = nameItemSchema.parse({
    id: "n1",
    type: "name",
    case: "c1",
    structure: "hippocampus-l",
    prompt: "Name it",
    accept: ["left hippocampal formation"],
  });
  it("accepts name, synonym, accept list and typos", () => {
    expect(gradeName(item, { kind: "name", text: "left hippocampus" }, structures).correct).toBe(
      true,
    );
    expect(gradeName(item, { kind: "name", text: "hippocampus_l" }, structures).correct).toBe(true);
    expect(
      gradeName(item, { kind: "name", text: "Left Hippocampal Formation" }, structures).correct,
    ).toBe(true);
    const typo = gradeName(item, { kind: "name", text: "left hipocampus" }, structures);
    expect(typo).toMatchObject({ correct: true, score: 100 });
    expect(typo.feedback.join(" ")).toContain("typo");
  });
  it("names the other structure when the answer is another structure's name", () => {
    const r = gradeName(item, { kind: "name", text: "left amygdala" }, structures);
    expect(r).toMatchObject({ correct: false, score: 0 });
    expect(r.feedback[0]).toContain("Left amygdala");
    expect(r.feedback[0]).toContain("Left hippocampus");
  });
  it("rejects the wrong side", () => {
    expect(gradeName(item, { kind: "name", text: "right hippocampus" }, structures).correct).toBe(
      false,
    );
  });
});
