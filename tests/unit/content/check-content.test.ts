/**
 * The content gate on a throw-away copy of the content: the repository's own content plus a small
 * fixture case and lesson, then one kind of bad content at a time. Each error must name the file
 * and the problem; the CLI (run before every build) must exit non-zero with that message.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { checkContent } from "@/lib/content/check-content";
import { formatIssues } from "@/lib/domain/parse-result";

const repo = path.resolve(__dirname, "../../..");
const fixture = path.join(repo, "tests/fixtures/content-mini");
let root: string;

function write(rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}
const goodLesson = () =>
  fs.readFileSync(path.join(fixture, "content/lessons/good-lesson.mdx"), "utf8");
const goodCase = () =>
  JSON.parse(fs.readFileSync(path.join(fixture, "content/cases/mini-case/case.json"), "utf8"));
// Item calibration: tests/unit/content/calibrate-content.test.ts (slow; not needed here).
const messages = () => formatIssues(checkContent({ root, calibrate: false }).issues);

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  fs.cpSync(path.join(repo, "content"), path.join(root, "content"), { recursive: true });
  fs.cpSync(path.join(fixture, "content"), path.join(root, "content"), { recursive: true });
  fs.mkdirSync(path.join(root, "public/cases"), { recursive: true });
  for (const d of fs.readdirSync(path.join(repo, "public/cases"), { withFileTypes: true })) {
    if (d.isDirectory())
      fs.symlinkSync(
        path.join(repo, "public/cases", d.name),
        path.join(root, "public/cases", d.name),
      );
  }
  fs.cpSync(
    path.join(fixture, "public/cases/mini-case"),
    path.join(root, "public/cases/mini-case"),
    { recursive: true },
  );
  // Lesson figures of the repository's own lessons (read only; no test writes there).
  if (fs.existsSync(path.join(repo, "public/figures")))
    fs.symlinkSync(path.join(repo, "public/figures"), path.join(root, "public/figures"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("content check", () => {
  it("passes on the repository content plus the fixture", () => {
    expect(messages()).toBe("");
  });

  it("names file and field for missing or invalid frontmatter", () => {
    write(
      "content/lessons/bad-fm.mdx",
      goodLesson()
        .replace("difficulty: intro\n", "difficulty: expert\n")
        .replace(/^title: .*\n/m, ""),
    );
    const out = messages();
    expect(out).toMatch(
      /content\/lessons\/bad-fm\.mdx: frontmatter\.title: .*(expected string|Invalid input)/,
    );
    expect(out).toMatch(/content\/lessons\/bad-fm\.mdx: frontmatter\.difficulty: .*intro/);
  });

  it("reports a lesson without frontmatter and one with broken YAML", () => {
    write("content/lessons/no-fm.mdx", "# Just text\n");
    write("content/lessons/bad-yaml.mdx", "---\ntitle: [unclosed\n---\nbody\n");
    const out = messages();
    expect(out).toContain("content/lessons/no-fm.mdx: frontmatter: missing frontmatter block");
    expect(out).toMatch(/content\/lessons\/bad-yaml\.mdx: frontmatter: invalid YAML/);
  });

  it("names the line of an unknown MDX component", () => {
    write("content/lessons/unknown.mdx", `${goodLesson()}\n<Sparkles count={3} />\n`);
    const lines = goodLesson().split("\n").length;
    expect(messages()).toContain(
      `content/lessons/unknown.mdx: line ${lines + 1}: unknown MDX component <Sparkles>`,
    );
  });

  it("rejects script in a lesson: HTML, handlers, javascript:/data: URLs, ESM, expressions", () => {
    const lines = goodLesson().split("\n").length;
    write(
      "content/lessons/hostile.mdx",
      `${goodLesson()}\n<script>alert(1)</script>\n\n<iframe src="https://evil.example" />\n\n` +
        `<Callout type="note" onClick="alert(1)">x</Callout>\n\n[x](javascript:alert(1))\n\n` +
        `![p](data:image/png;base64,AAAA)\n\nTwo is {1 + 1}.\n\nexport const a = 1\n`,
    );
    const out = messages();
    const at = (n: number, text: string) =>
      expect(out).toContain(`content/lessons/hostile.mdx: line ${lines + n}: ${text}`);
    at(1, "HTML element <script> is not allowed");
    at(3, "HTML element <iframe> is not allowed");
    at(5, "<Callout onClick=…>: event handler attributes are not allowed");
    at(7, 'link URL scheme "javascript:" is not allowed');
    at(9, 'link URL scheme "data:" is not allowed');
    at(11, "JavaScript expressions {…} are not allowed in lesson text");
    at(13, "import/export statements are not allowed in lessons");
  });

  it("accepts only http(s) provenance and licence links", () => {
    const c = goodCase();
    c.provenance.url = "javascript:alert(document.cookie)";
    c.license.url = "data:text/html,<script>alert(1)</script>";
    write("content/cases/mini-case/case.json", JSON.stringify(c));
    const out = messages();
    expect(out).toContain(
      "content/cases/mini-case/case.json: provenance.url: must be an http:// or https:// URL",
    );
    expect(out).toContain(
      "content/cases/mini-case/case.json: license.url: must be an http:// or https:// URL",
    );
  });

  it("rejects a lesson naming a case id that does not exist (frontmatter and viewer)", () => {
    write(
      "content/lessons/ghost.mdx",
      goodLesson().replace("cases: [mini-case]", "cases: [mini-case, ghost-case]") +
        '\n<CaseViewer case="ghost-case" />\n',
    );
    const out = messages();
    expect(out).toContain(
      'content/lessons/ghost.mdx: frontmatter.cases.1: unknown case id "ghost-case"',
    );
    expect(out).toMatch(
      /content\/lessons\/ghost\.mdx: line \d+: <CaseViewer case="ghost-case">: unknown case id/,
    );
  });

  it("rejects a duplicate slug in another folder", () => {
    write("content/lessons/extra/good-lesson.mdx", goodLesson());
    expect(messages()).toMatch(
      /content\/lessons\/(extra\/)?good-lesson\.mdx: slug: duplicate slug "good-lesson"/,
    );
  });

  it("names file, field and reason for a case manifest that does not validate", () => {
    const c = goodCase();
    c.structures[0].color = "red";
    c.modality = "PET";
    write("content/cases/mini-case/case.json", JSON.stringify(c));
    const out = messages();
    expect(out).toContain(
      "content/cases/mini-case/case.json: structures.0.color: must be a #rrggbb colour",
    );
    expect(out).toMatch(/content\/cases\/mini-case\/case\.json: modality: /);
  });

  it("rejects invalid JSON and annotation sets naming unknown structures", () => {
    write(
      "content/cases/mini-case/annotations/tester.json",
      '{"id":"tester-set","annotator":"tester","annotations":[{"type":"landmark","structure":"nose","point":[1,2,0]}]}',
    );
    expect(messages()).toContain(
      'content/cases/mini-case/annotations/tester.json: annotations.0.structure: unknown structure "nose"',
    );
    write("content/cases/mini-case/case.json", "{ not json");
    expect(messages()).toMatch(/content\/cases\/mini-case\/case\.json: invalid JSON/);
  });

  it("requires every annotation set to state its protocol", () => {
    write(
      "content/cases/mini-case/annotations/tester.json",
      '{"id":"tester-set","annotator":"tester","annotations":[]}',
    );
    expect(messages()).toContain(
      'content/cases/mini-case/annotations/tester.json: protocol: annotation set "tester-set" has no protocol',
    );
  });

  it("rejects referenced files that do not exist (case image, figure)", () => {
    const c = goodCase();
    c.image.file = "/cases/mini-case/missing.png";
    write("content/cases/mini-case/case.json", JSON.stringify(c));
    write(
      "content/lessons/fig.mdx",
      goodLesson().replace("good-lesson", "fig") + '\n<Figure src="/figures/nope.png" alt="x" />\n',
    );
    const out = messages();
    expect(out).toContain(
      "content/cases/mini-case/case.json: image.file: referenced file public/cases/mini-case/missing.png does not exist",
    );
    expect(out).toMatch(
      /content\/lessons\/fig\.mdx: line \d+: <Figure src="\/figures\/nope\.png">: file public\/figures\/nope\.png does not exist/,
    );
  });

  it("the CLI run before every build exits 1 and prints file and problem", () => {
    write("content/lessons/unknown.mdx", `${goodLesson()}\n<Sparkles />\n`);
    const r = spawnSync(
      path.join(repo, "node_modules/.bin/tsx"),
      [path.join(repo, "scripts/content-check.ts"), root],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("content/lessons/unknown.mdx: line");
    expect(r.stderr).toContain("unknown MDX component <Sparkles>");
  });

  it("rejects a <CaseViewer view> that does not parse or does not fit its case", () => {
    write(
      "content/lessons/views.mdx",
      goodLesson().replace("good-lesson", "views") +
        '\n<CaseViewer case="colin27" view="plane=oblique&slice=300&window=Bone&flash=nope" />\n' +
        '\n<CaseViewer case="mini-case" view="plane=coronal&layers=tester" />\n' +
        '\n<CaseViewer case="colin27" view="plane=sagittal&slice=91&window=Brain" />\n',
    );
    const out = messages();
    const at = /content\/lessons\/views\.mdx: line \d+: <CaseViewer case="colin27" view>: /.source;
    expect(out).toMatch(new RegExp(`${at}plane=oblique: must be axial, coronal or sagittal`));
    // slice 300 checked against the axial plane (the bad plane was dropped): colin27 has 181.
    expect(out).toMatch(new RegExp(`${at}slice=300: the axial plane has 181 slices`));
    expect(out).toMatch(new RegExp(`${at}window=Bone: no such preset \\(Brain\\)`));
    expect(out).toMatch(new RegExp(`${at}unknown structure "nope"`));
    expect(out).toContain(
      '<CaseViewer case="mini-case" view>: plane=coronal: a 2D image has one plane',
    );
    expect(out).not.toContain("layers: unknown annotator");
    expect(out.split("\n").filter((l) => l.includes("views.mdx"))).toHaveLength(5);
  });
});
