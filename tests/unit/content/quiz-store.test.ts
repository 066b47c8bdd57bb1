import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadQuizItems } from "@/lib/content/quiz-store";
import type { LoadedCase } from "@/lib/content/case-store";
import { grid, sets, structures } from "../quiz/fixture";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "quiz-store-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const cases = new Map<string, LoadedCase>([
  [
    "tcase",
    { manifest: { id: "tcase", structures, grid } as LoadedCase["manifest"], annotationSets: sets },
  ],
]);

function write(rel: string, data: unknown): void {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, typeof data === "string" ? data : JSON.stringify(data));
}

describe("loadQuizItems", () => {
  it("loads case quiz files (case filled from the folder) and global files", () => {
    write("cases/tcase/quizzes/a.json", {
      items: [{ id: "t-click", type: "click", structure: "aa", prompt: "Click A" }],
    });
    write("quizzes/general.json", {
      items: [
        {
          id: "g-mcq",
          type: "mcq",
          prompt: "?",
          options: [{ text: "x", correct: true }, { text: "y" }],
        },
      ],
    });
    const r = loadQuizItems(root, cases, root);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([...r.value.keys()].sort()).toEqual(["g-mcq", "t-click"]);
      expect(r.value.get("t-click")).toMatchObject({
        case: "tcase",
        toleranceMm: 0,
        findSlice: false,
      });
    }
  });

  it("reports every problem with file and field", () => {
    write("cases/tcase/quizzes/bad.json", {
      items: [
        { id: "t-click", type: "click", structure: "aa", prompt: "dup" },
        { id: "t-unknown", type: "click", structure: "zz", prompt: "x" },
        { id: "t-lm", type: "landmark", structure: "aa", prompt: "no landmark of aa" },
        { id: "t-slice", type: "outline", structure: "aa", slice: 9, prompt: "x" },
        { id: "t-type", type: "paint", structure: "aa", prompt: "x" },
        { id: "t-set", type: "click", structure: "aa", annotationSet: "nobody", prompt: "x" },
      ],
    });
    write("quizzes/broken.json", "{ not json");
    const r = loadQuizItems(root, cases, root);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const f = "cases/tcase/quizzes/bad.json";
    const by = (field: string) =>
      r.issues.find((i) => i.file === f && i.field === field)?.message ?? "";
    expect(by("items.0.id")).toContain('duplicate quiz item id "t-click"');
    expect(by("items.1.structure")).toContain('unknown structure "zz"');
    expect(by("items.2.structure")).toContain("no landmark annotation");
    expect(by("items.3.slice")).toContain("outside the case grid (0–2)");
    expect(r.issues.some((i) => i.file === f && i.field.startsWith("items.4"))).toBe(true);
    expect(by("items.5.annotationSet")).toContain('unknown annotation set "nobody"');
    expect(r.issues.find((i) => i.file === "quizzes/broken.json")?.message).toContain(
      "invalid JSON",
    );
  });
});
