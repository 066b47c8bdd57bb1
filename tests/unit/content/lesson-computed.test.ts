import { describe, expect, it } from "vitest";
import { lessonComputed } from "@/lib/content/lesson-computed";

describe("lesson computed fields", () => {
  it("slug is the file name without folders", () => {
    expect(lessonComputed.slug("lessons/neuro/cortex-mri")).toBe("cortex-mri");
  });
  it("reading time counts prose words at 200/min, not code or JSX", () => {
    const words = Array.from({ length: 401 }, () => "word").join(" ");
    expect(lessonComputed.readingMinutes(words)).toBe(3);
    expect(
      lessonComputed.readingMinutes(
        `${"a ".repeat(10)}\n\`\`\`\n${"code ".repeat(1000)}\n\`\`\`\n<CaseViewer case="x" />`,
      ),
    ).toBe(1);
  });
  it("toc lists ## and ### headings outside code fences with stable ids", () => {
    const raw =
      "## Deep grey nuclei\ntext\n### The `hippocampus`!\n```\n## not a heading\n```\n#### too deep";
    expect(lessonComputed.toc(raw)).toEqual([
      { depth: 2, text: "Deep grey nuclei", id: "deep-grey-nuclei" },
      { depth: 3, text: "The `hippocampus`!", id: "the-hippocampus" },
    ]);
  });
});
