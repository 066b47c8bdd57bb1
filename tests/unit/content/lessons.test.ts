/**
 * The built-in lessons (content/lessons/*.mdx): enough real prose, objectives, key points, pitfalls
 * and quizzes in each; ≥ 150 quiz items across them (hand-written + generated practice sets); all
 * six item types used; honest wording for illustrative annotations; and the numbers quoted in
 * "When experts disagree" equal what the committed script computes from the case's labelmaps.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkContent, type CheckReport } from "@/lib/content/check-content";
import { scanJsxTags } from "@/lib/content/mdx-scan";
import type { LessonFile } from "@/lib/content/lesson-files";
import { loadQuizItems } from "@/lib/content/quiz-store";
import { generatedSet } from "@/lib/content/generated-sets";
import type { PracticeItemType } from "@/lib/quiz/practice-set";
import type { QuizItem } from "@/lib/quiz/item-schema";
import { readNiftiFile } from "@/lib/io/read-nifti-file";
import {
  computeGroup,
  computePair,
  GROUPS,
  PAIRS,
  type GroupResult,
  type PairResult,
} from "@/scripts/lessons/atlas-overlap";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

/** The lessons this suite is about (slugs). */
const LESSONS = [
  "cortical-anatomy-axial-mri",
  "when-experts-disagree",
  "white-matter-tracts",
  "ct-windowing-hounsfield",
  "radiograph-vs-ct-drr",
  "reading-an-ihc-tile",
  "the-fundus",
  "how-annotation-works",
] as const;

/** Words of prose: the body without JSX component tags, their props, code, URLs and Markdown markup. */
function proseWords(body: string): number {
  const text = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, " ")
    .replace(/<([A-Z][A-Za-z0-9]*)\b(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*?\/?>/g, " ")
    .replace(/<\/[A-Z][A-Za-z0-9]*>/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/^\|[\s|:-]+\|$/gm, " ");
  return (text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}

let report: CheckReport;
let items: Map<string, QuizItem>;
const lessons = new Map<string, LessonFile>();

beforeAll(() => {
  // The item calibration has its own suite (tests/unit/content/calibrate-content.test.ts).
  report = checkContent({ root: ROOT, calibrate: false });
  for (const l of report.lessons) lessons.set(l.slug, l);
  const r = loadQuizItems(
    path.join(ROOT, "content"),
    new Map(report.cases.map((c) => [c.manifest.id, c])),
    ROOT,
  );
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`).join("\n"));
  items = r.value;
});

interface LessonQuizzes {
  handWritten: string[];
  generated: string[];
}

/** Item ids a lesson offers: <Quiz item>, <QuizSet items="…">, and generated <QuizSet seed count types>. */
function lessonQuizzes(l: LessonFile): LessonQuizzes {
  const handWritten: string[] = [];
  const generated: string[] = [];
  const raw = l.body;
  for (const tag of scanJsxTags(raw)) {
    if (tag.name === "Quiz" && tag.props.item) handWritten.push(tag.props.item);
    if (tag.name !== "QuizSet") continue;
    if (tag.props.items) {
      handWritten.push(...tag.props.items.split(",").map((s) => s.trim()));
      continue;
    }
    const caseId = tag.props.case ?? "";
    const c = report.cases.find((x) => x.manifest.id === caseId);
    if (!c) throw new Error(`${l.file}: QuizSet on unknown case ${caseId}`);
    const src = raw.split("\n")[tag.line - 1];
    const count = Number(/count=\{(\d+)\}/.exec(src)?.[1] ?? NaN);
    const types = (tag.props.types ?? "click")
      .split(",")
      .map((t) => t.trim()) as PracticeItemType[];
    const set = generatedSet(
      c,
      {
        seed: tag.props.seed ?? "default",
        count: Number.isFinite(count) ? count : undefined,
        types: types.join(","),
        under: tag.props.under,
      },
      path.join(ROOT, "public"),
    );
    if (Number.isFinite(count) && set.length !== count)
      throw new Error(
        `${l.file}: QuizSet seed=${tag.props.seed} gives ${set.length} items, not ${count}`,
      );
    generated.push(...set.map((i) => i.id));
  }
  return { handWritten, generated };
}

describe("built-in lessons", () => {
  it("all exist and pass the content check without issues in lessons or quiz files", () => {
    for (const slug of LESSONS) expect(lessons.has(slug), slug).toBe(true);
    const mine = report.issues.filter(
      (i) => i.file.startsWith("content/lessons/") || i.file.includes("/quizzes/"),
    );
    expect(mine).toEqual([]);
  });

  it.each(LESSONS)("%s: ≥ 600 words of prose, objectives, authors and licence", (slug) => {
    const l = lessons.get(slug);
    if (!l) throw new Error(`missing lesson ${slug}`);
    expect(proseWords(l.body)).toBeGreaterThanOrEqual(600);
    expect(l.frontmatter.objectives.length).toBeGreaterThanOrEqual(3);
    expect(l.frontmatter.authors).toEqual([
      { name: "Teaching Atlas contributors", role: "author" },
    ]);
    expect(l.frontmatter.license).toBe("CC-BY-4.0");
    expect(typeof l.frontmatter.order).toBe("number");
  });

  it.each(LESSONS)(
    "%s: key points, a pitfall, a pearl, a term, a case viewer and quizzes that exist",
    (slug) => {
      const l = lessons.get(slug);
      if (!l) throw new Error(`missing lesson ${slug}`);
      const tags = scanJsxTags(l.body);
      expect(tags.some((t) => t.name === "KeyPoints")).toBe(true);
      expect(tags.some((t) => t.name === "Callout" && t.props.type === "pitfall")).toBe(true);
      expect(tags.some((t) => t.name === "Callout" && t.props.type === "pearl")).toBe(true);
      expect(tags.some((t) => t.name === "Term" && !!t.props.def)).toBe(true);
      const viewed = tags.filter((t) => t.name === "CaseViewer").map((t) => t.props.case);
      expect(viewed.length).toBeGreaterThan(0);
      for (const c of viewed) expect(l.frontmatter.cases).toContain(c);
      const q = lessonQuizzes(l);
      expect(q.handWritten.length + q.generated.length).toBeGreaterThanOrEqual(5);
      for (const id of q.handWritten) expect(items.has(id), `${slug}: quiz item ${id}`).toBe(true);
    },
  );

  it("offer ≥ 150 distinct quiz items together, of all six types, each hand-written one explained", () => {
    const hand = new Set<string>();
    const gen = new Set<string>();
    for (const slug of LESSONS) {
      const l = lessons.get(slug);
      if (!l) throw new Error(`missing lesson ${slug}`);
      const q = lessonQuizzes(l);
      q.handWritten.forEach((id) => hand.add(id));
      q.generated.forEach((id) => gen.add(id));
    }
    expect(hand.size + gen.size).toBeGreaterThanOrEqual(150);
    const types = new Set([...hand].map((id) => items.get(id)?.type));
    expect([...types].sort()).toEqual(["box", "click", "landmark", "mcq", "name", "outline"]);
    for (const id of hand) {
      const it = items.get(id);
      if (it?.type === "mcq")
        expect(
          it.options.every((o) => (o.explanation ?? "").length > 0),
          id,
        ).toBe(true);
      else expect(it?.explanation ?? "", id).not.toBe("");
    }
  });

  it("never call an annotation expert on cases whose annotators are all illustrative or algorithmic", () => {
    const nonExpertCases = new Set(
      report.cases
        .filter((c) =>
          c.manifest.annotators.every((a) => a.kind === "illustrative" || a.kind === "algorithm"),
        )
        .map((c) => c.manifest.id),
    );
    for (const it of items.values()) {
      if (!("case" in it) || !it.case || !nonExpertCases.has(it.case)) continue;
      expect(`${it.prompt} ${it.explanation ?? ""}`, it.id).not.toMatch(/\bexperts?\b/i);
      if (it.type !== "mcq")
        expect(it.explanation ?? "", it.id).toMatch(/illustrative|threshold|algorithm/i);
    }
  });
});

describe("numbers quoted in 'When experts disagree'", () => {
  const fixture = JSON.parse(
    fs.readFileSync(path.join(ROOT, "tests/fixtures/lessons/atlas-overlap.json"), "utf8"),
  ) as {
    pairs: PairResult[];
    groups: GroupResult[];
    breakdowns: { id: string; shares: { structure: string; share: number }[] }[];
  };

  it("are the script's output: every Dice, HD95, κ, STAPLE sensitivity and share appears in the lesson", () => {
    const body = lessons.get("when-experts-disagree")?.body ?? "";
    for (const p of fixture.pairs) {
      expect(body, p.id).toContain(`Dice ${p.dice.toFixed(3)}, HD95 ${p.hd95Mm.toFixed(1)} mm`);
    }
    for (const g of fixture.groups) expect(body, g.id).toContain(g.fleissKappa.toFixed(3));
    const visual = fixture.groups.find((g) => g.id === "visual-three-atlases");
    for (const s of visual?.staple.sensitivity ?? []) expect(body).toContain(s.toFixed(3));
    expect(body).toContain(visual?.staple.consensusVoxels.toLocaleString("en-US"));
    const share = (b: string, s: string) =>
      (
        (fixture.breakdowns.find((x) => x.id === b)?.shares.find((x) => x.structure === s)?.share ??
          NaN) * 100
      ).toFixed(1);
    expect(body).toContain(`${share("aal-precentral-in-brodmann", "brodmann-area-6")} %`);
    expect(body).toContain(`${share("aal-precentral-in-brodmann", "brodmann-area-4")} %`);
    expect(body).toContain(`${share("aal-heschl-in-brodmann", "brodmann-area-48")} %`);
    const prec = fixture.pairs.find((p) => p.id === "precentral-aal-ho");
    expect(body).toContain((prec?.voxelsA ?? NaN).toLocaleString("en-US"));
    expect(body).toContain((prec?.voxelsB ?? NaN).toLocaleString("en-US"));
  });

  it("the AAL vs Harvard-Oxford range quoted in 'How annotation works' matches the fixture", () => {
    const body = lessons.get("how-annotation-works")?.body ?? "";
    expect(body).toContain("between about 0.3 and 0.65");
    const aalHo = fixture.pairs.filter((p) => p.id.endsWith("-aal-ho")).map((p) => p.dice);
    expect(Math.min(...aalHo)).toBeGreaterThanOrEqual(0.3);
    expect(Math.min(...aalHo)).toBeLessThan(0.35);
    expect(Math.max(...aalHo)).toBeLessThanOrEqual(0.65);
    expect(Math.max(...aalHo)).toBeGreaterThan(0.6);
  });

  it.each(["precentral-aal-ho", "calcarine-aal-ba17", "heschl-aal-ba41"])(
    "%s is recomputed from the labelmaps with the domain core and matches the fixture",
    (id) => {
      const spec = PAIRS.find((p) => p.id === id);
      if (!spec) throw new Error(id);
      const now = computePair(spec);
      expect(now).toEqual(fixture.pairs.find((p) => p.id === id));
    },
  );

  it("the three-atlas κ and STAPLE for primary visual cortex are recomputed and match", () => {
    const spec = GROUPS.find((g) => g.id === "visual-three-atlases");
    if (!spec) throw new Error("group");
    expect(computeGroup(spec)).toEqual(fixture.groups.find((g) => g.id === spec.id));
  });
});

describe("fact stated in 'White-matter tracts': MRIcron's JHU file is mirrored, corrected in this atlas", () => {
  /** Mean LPS x (mm) of a structure's voxels in the colin27 case; x > 0 is the patient's left. */
  function meanLpsX(atlas: "aal" | "jhu-white-matter", structure: string): number {
    const c = report.cases.find((x) => x.manifest.id === "colin27");
    const set = c?.annotationSets.find((s) => s.id === atlas);
    const a = set?.annotations.find((x) => x.structure === structure);
    if (!c || !a || a.type !== "segmentation") throw new Error(`${atlas}/${structure}`);
    const r = readNiftiFile(path.join(ROOT, "public", a.labelmap));
    if (!r.ok) throw new Error(r.error);
    const { dims, origin, direction, spacing } = c.manifest.grid;
    const [nx, ny] = dims;
    let sum = 0;
    let n = 0;
    r.volume.data.forEach((v, idx) => {
      if (v !== a.label) return;
      const i = idx % nx;
      const j = Math.floor(idx / nx) % ny;
      const k = Math.floor(idx / (nx * ny));
      sum +=
        origin[0] +
        direction[0] * i * spacing[0] +
        direction[1] * j * spacing[1] +
        direction[2] * k * spacing[2];
      n++;
    });
    return sum / n;
  }

  it("after the import's correction, JHU 'right' labels lie on the patient's right (LPS x < 0), like AAL's", () => {
    const body = lessons.get("white-matter-tracts")?.body ?? "";
    expect(body).toMatch(/every label named "right" lies on the\s+patient's \*\*left\*\*/);
    expect(body).toMatch(/resets the\s+header to FSL's before importing/);
    expect(meanLpsX("jhu-white-matter", "corticospinal-tract-right")).toBeLessThan(-3);
    expect(meanLpsX("jhu-white-matter", "posterior-limb-of-internal-capsule-right")).toBeLessThan(
      -10,
    );
    expect(meanLpsX("jhu-white-matter", "posterior-limb-of-internal-capsule-left")).toBeGreaterThan(
      10,
    );
    expect(meanLpsX("aal", "precentral-right")).toBeLessThan(-10);
  });

  it("so the lesson's spatial JHU items use only unlateralised structures", () => {
    const l = lessons.get("white-matter-tracts");
    if (!l) throw new Error("lesson");
    for (const id of lessonQuizzes(l).handWritten) {
      const it = items.get(id);
      if (it && it.type !== "mcq" && it.annotationSet === "jhu-white-matter")
        expect(it.structure, id).not.toMatch(/-(left|right)$/);
    }
  });
});
