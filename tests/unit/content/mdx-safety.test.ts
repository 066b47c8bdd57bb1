/** Lessons must not carry script: lib/content/mdx-safety.ts on hostile MDX (issue 15, MEDIUM 7). */
import { describe, expect, it } from "vitest";
import { checkMdxSafety, isSafeUrl } from "@/lib/content/mdx-safety";

const messages = (body: string) => checkMdxSafety(body).map((i) => i.message);

describe("checkMdxSafety", () => {
  it.each([
    ["<script>alert(1)</script>", /HTML element <script>/],
    ['<iframe src="https://evil.example"></iframe>', /HTML element <iframe>/],
    ['text <img src="x" onerror="alert(1)"/>', /HTML element <img>/],
    ["text <img src=x onerror=alert(1)/>", /MDX does not parse/],
    ['<style>{"body{display:none}"}</style>', /HTML element <style>/],
    ['<a href="javascript:alert(1)">x</a>', /HTML element <a>/],
    ['<sub onClick="x">2</sub>', /<sub> takes no attributes/],
    ['<Callout type="note" onClick="alert(1)">x</Callout>', /event handler/],
    ['<Callout type="note" onmouseover="alert(1)">x</Callout>', /event handler/],
    ["<Callout {...props}>x</Callout>", /spread attributes/],
    ['<Figure src="javascript:alert(1)" alt="a"/>', /URL scheme "javascript:"/],
    ['<Figure src=" JaVa\tScRiPt:alert(1)" alt="a"/>', /URL scheme "javascript:"/],
    ['<Figure src="data:image/svg+xml,<svg onload=alert(1)>" alt="a"/>', /URL scheme "data:"/],
    ['<Term def="javascript:alert(1)">x</Term>', /URL scheme "javascript:"/],
    ["<Quiz item={window.location.hash}/>", /only literal values/],
    ['<QuizSet case="a" count={fetch("/x")}/>', /only literal values/],
    ['<QuizSet case="a" count={`${x}`}/>', /only literal values/],
    ["Two is {1 + 1}.", /JavaScript expressions/],
    ["{alert(document.cookie)}", /JavaScript expressions/],
    ['import x from "./x"\n\n# Title', /import\/export/],
    ["export const a = 1\n\n# Title", /import\/export/],
    ["[click](javascript:alert(1))", /link URL scheme "javascript:"/],
    ["![x](data:image/png;base64,AAAA)", /link URL scheme "data:"/],
    ["[x][r]\n\n[r]: vbscript:msgbox(1)", /link URL scheme "vbscript:"/],
    ["<>fragment</>", /fragments/],
    ["<!-- html comment -->", /MDX does not parse/],
  ])("rejects %j", (body, re) => {
    const m = messages(body);
    expect(
      m.some((x) => re.test(x)),
      m.join(" | "),
    ).toBe(true);
  });

  it("accepts what lessons use", () => {
    const body = [
      "# Windowing",
      "",
      "*HU = 1000 × (μ − μ<sub>water</sub>) / μ<sub>water</sub>* and x<sup>2</sup>",
      "",
      '<CaseViewer case="head-ct"/>',
      '<QuizSet case="head-ct" seed="s1" count={6} types="click,name"/>',
      '<Figure src="/figures/a.png" alt="Left: the scan; right: the mask" caption="c" credit="https://example.org/x"/>',
      '<Term def="Digitally reconstructed radiograph: a projection">DRR</Term>',
      "[a link](https://example.org) [relative](/lessons/x) [anchor](#y) https://auto.example mail@example.org",
      "{/* an MDX comment */}",
      "```js\n<script>not code: a fenced block</script>\n```",
      "Inline `<iframe>` in code.",
    ].join("\n");
    expect(checkMdxSafety(body)).toEqual([]);
  });

  it("gives the line of the problem", () => {
    expect(checkMdxSafety("# T\n\nok\n\n<script>x</script>\n")).toEqual([
      { line: 5, message: expect.stringContaining("<script>") },
    ]);
  });
});

describe("isSafeUrl", () => {
  it.each([
    ["https://a.example", true],
    ["http://a.example", true],
    ["mailto:a@b.example", true],
    ["/cases/x.png", true],
    ["#top", true],
    ["javascript:alert(1)", false],
    ["\u0000javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["file:///etc/passwd", false],
  ])("%j -> %s", (u, ok) => expect(isSafeUrl(u)).toBe(ok));
});
