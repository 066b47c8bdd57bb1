/**
 * The README's count of quiz items graded against a non-expert reference stays true: every
 * hand-written spatial item is resolved to its reference annotation set (the graders' own
 * `referenceFor`) and the set's annotator kind is read from the case manifest.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { allCases } from "@/lib/content/case-store";
import { allQuizItems } from "@/lib/content/quiz-store";
import { isSpatialItem } from "@/lib/quiz/item-schema";
import { referenceFor } from "@/lib/quiz/reference-check";

describe("README reference counts", () => {
  it("states how many spatial items are graded against an algorithm or an illustration", () => {
    const kinds: string[] = [];
    for (const item of allQuizItems().values()) {
      if (!isSpatialItem(item)) continue;
      const c = allCases().get(item.case)!;
      const set = referenceFor(item, c)!.set;
      kinds.push(c.manifest.annotators.find((a) => a.id === set.annotator)!.kind);
    }
    const nonExpert = kinds.filter((k) => k === "algorithm" || k === "illustrative").length;
    const readme = fs.readFileSync("README.md", "utf8").replace(/\s+/g, " ");
    const m =
      /of the (\d+) hand-written spatial quiz items, (\d+) are graded against an algorithm/.exec(
        readme,
      );
    expect(m, "README sentence with the counts").not.toBeNull();
    expect([Number(m![1]), Number(m![2])]).toEqual([kinds.length, nonExpert]);
  });
});
