import { describe, expect, it } from "vitest";
import { scanJsxTags } from "@/lib/content/mdx-scan";

describe("scanJsxTags", () => {
  it("finds components with string props and 1-based lines", () => {
    const body =
      'Intro\n\n<CaseViewer case="colin27" />\n<Quiz item=\'hippo-click\'/>\n<Callout type="pearl">x</Callout>';
    expect(scanJsxTags(body)).toEqual([
      { name: "CaseViewer", line: 3, props: { case: "colin27" } },
      { name: "Quiz", line: 4, props: { item: "hippo-click" } },
      { name: "Callout", line: 5, props: { type: "pearl" } },
    ]);
  });

  it("ignores fenced code, inline code and lower-case HTML", () => {
    const body =
      '```mdx\n<Fake />\n```\nUse `<AlsoFake/>` here. <div>html</div>\n<Term def="a > b">x</Term>';
    const tags = scanJsxTags(body);
    expect(tags.map((t) => t.name)).toEqual(["Term"]);
    expect(tags[0]).toMatchObject({ line: 5, props: { def: "a > b" } });
  });

  it("reports expression props as undefined and multi-line tags at their first line", () => {
    const tags = scanJsxTags("\n<CaseViewer\n  case={someId}\n  height={400}\n/>");
    expect(tags).toHaveLength(1);
    expect(tags[0].line).toBe(2);
    expect(tags[0].props).toEqual({ case: undefined, height: undefined });
  });
});
