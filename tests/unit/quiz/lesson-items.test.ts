import { describe, expect, it } from "vitest";
import { lessonItemIds, type QuizSetTagProps } from "@/lib/content/lesson-items";
import { lessonMastery } from "@/lib/progress/mastery";
import { MemoryStore } from "@/lib/progress/kv-store";
import { ProgressStore } from "@/lib/progress/progress-store";

const BODY = [
  "# Lesson",
  '<Quiz item="q-a" />',
  "```mdx",
  '<Quiz item="in-fence" />',
  "```",
  'Write `<Quiz item="inline-code" />` in your lesson.',
  '<QuizSet case="c1" items="q-b,q-a,q-c" />',
  "<QuizSet",
  '  case="c2"',
  '  seed="s1"',
  "  count={3}",
  '  types="click,name"',
  "/>",
  '<Quiz item="q-b" />',
].join("\n");

/** A stand-in for the server: listed ids as written, generated sets as g1…gN. */
function expand(calls: QuizSetTagProps[]) {
  return (p: QuizSetTagProps): string[] => {
    calls.push(p);
    if (p.items) return p.items.split(",");
    return Array.from({ length: p.count ?? 0 }, (_, n) => `g${n + 1}`);
  };
}

describe("lessonItemIds", () => {
  it("lists Quiz items and every QuizSet item in order, each once, ignoring code", () => {
    const calls: QuizSetTagProps[] = [];
    expect(lessonItemIds(BODY, expand(calls))).toEqual(["q-a", "q-b", "q-c", "g1", "g2", "g3"]);
    expect(calls).toEqual([
      { case: "c1", items: "q-b,q-a,q-c" },
      { case: "c2", seed: "s1", count: 3, types: "click,name" },
    ]);
  });

  it("a lesson without quiz tags has no items", () => {
    expect(lessonItemIds("Just prose with <Callout>note</Callout>.", () => ["x"])).toEqual([]);
  });

  it("feeds lesson mastery: one of six items answered at 100 gives 17 %, not 100 %", () => {
    const p = new ProgressStore(new MemoryStore());
    p.record({ itemId: "g2", type: "click", prompt: "G2", score: 100, correct: true });
    const ids = lessonItemIds(BODY, expand([]));
    // 100 / 6 = 16.67 → 17.
    expect(lessonMastery(p.items, ids)).toEqual({
      mastery: 17,
      answered: 1,
      mastered: 1,
      total: 6,
    });
  });
});
