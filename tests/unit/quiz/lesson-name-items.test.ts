/**
 * Every generated "name the structure" item in the lessons accepts the textbook name the way a
 * student writes it (side first, from the case vocabulary file read here) and rejects the other
 * side. Issue 14 found 15 of 18 such items on the cortical-anatomy lesson rejecting the textbook name.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { quizSetItems } from "@/components/quiz/quiz-set-items";
import { getCase } from "@/lib/content/case-store";
import { gradeName } from "@/lib/quiz/grade-name";
import { lessonItemIds } from "@/lib/content/lesson-items";
import type { NameItem } from "@/lib/quiz/item-schema";

const repo = path.resolve(__dirname, "../../..");
const lessonsDir = path.join(repo, "content/lessons");

function generatedNameItems(): NameItem[] {
  const out = new Map<string, NameItem>();
  for (const f of fs.readdirSync(lessonsDir).filter((x) => x.endsWith(".mdx"))) {
    const body = fs.readFileSync(path.join(lessonsDir, f), "utf8");
    lessonItemIds(body, (p) => {
      const items = quizSetItems(p);
      for (const i of items) if (i.type === "name" && i.id.startsWith("gen-")) out.set(i.id, i);
      return items.map((i) => i.id);
    });
  }
  return [...out.values()];
}

describe("generated name items of the lessons", () => {
  const items = generatedNameItems();
  it("there are some", () => expect(items.length).toBeGreaterThan(10));
  it.each(items.map((i) => [i.id, i] as const))("%s takes the textbook name", (_id, item) => {
    const c = getCase(item.case!)!;
    const vocab = JSON.parse(
      fs.readFileSync(path.join(repo, "content/cases", c.manifest.id, "vocabulary.json"), "utf8"),
    ) as { entries: { structure: string; name: string; laterality: string }[] };
    const e = vocab.entries.find((x) => x.structure === item.structure)!;
    const sided = e.laterality === "left" || e.laterality === "right";
    const typed = sided ? `${e.laterality} ${e.name}` : e.name;
    const s = c.manifest.structures;
    expect(gradeName(item, { kind: "name", text: typed }, s).correct).toBe(true);
    if (sided) {
      const other = `${e.laterality === "left" ? "right" : "left"} ${e.name}`;
      expect(gradeName(item, { kind: "name", text: other }, s).correct).toBe(false);
    }
  });
});
