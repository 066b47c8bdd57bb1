/**
 * The item calibration of the content check, on a throw-away copy of the content with each trap of
 * issue 14 planted back: the check must fail naming the file, the item and the numbers. Probe
 * numbers are compared with scripts/reference/expected_calibration.py (numpy/scipy/skimage), whose
 * output is tests/fixtures/calibration/expected.json.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { checkContent } from "@/lib/content/check-content";
import { calibrateContent } from "@/lib/content/calibrate-content";
import { generatedItem } from "@/lib/content/generated-sets";
import { boxIou } from "@/lib/domain/geometry/box";
import { worldToIndex } from "@/lib/domain/geometry/grid";
import { readNifti } from "@/lib/io/nifti";
import { gradeItem } from "@/lib/quiz/grade-item";
import { itemSpatialContext } from "@/lib/quiz/item-context";
import { itemProbes } from "@/lib/quiz/calibration/probes";
import type { SpatialItem } from "@/lib/quiz/item-schema";

const repo = path.resolve(__dirname, "../../..");
const expected = JSON.parse(
  fs.readFileSync(path.join(repo, "tests/fixtures/calibration/expected.json"), "utf8"),
);
let root: string;

function edit(rel: string, from: string, to: string): void {
  const file = path.join(root, rel);
  const text = fs.readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${rel}: text to replace not found: ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}
function calibrate(itemId?: string) {
  const r = checkContent({ root, calibrate: false });
  return calibrateContent({ root, cases: r.cases, lessons: r.lessons, itemId });
}
const probe = (run: ReturnType<typeof calibrate>, name: string) =>
  run.items[0].calibration.probes.find((p) => p.name === name);

const ATLAS = "content/cases/colin27/quizzes/atlas-disagreement.json";
const NEW_INSULA =
  '"passDice": 0.7, "prompt": "Outline the insular cortex as Harvard-Oxford draws it, on both sides of this slice."';
const OLD_INSULA =
  '"passDice": 0.6, "prompt": "Outline the insular cortex as Harvard-Oxford draws it, on the side of your choice."';
const CORTEX = "content/cases/colin27/quizzes/cortex-lesson.json";
const NEW_HIPPO = "so its box is nearly square.";
const OLD_HIPPO = "so a tall, narrow box along the medial temporal lobe.";

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "calibration-"));
  fs.cpSync(path.join(repo, "content"), path.join(root, "content"), { recursive: true });
  fs.mkdirSync(path.join(root, "public/cases"), { recursive: true });
  for (const d of fs.readdirSync(path.join(repo, "public/cases"), { withFileTypes: true }))
    if (d.isDirectory())
      fs.symlinkSync(
        path.join(repo, "public/cases", d.name),
        path.join(root, "public/cases", d.name),
      );
  // Lesson figures (the content check verifies that every <Figure src> exists).
  if (fs.existsSync(path.join(repo, "public/figures")))
    fs.symlinkSync(path.join(repo, "public/figures"), path.join(root, "public/figures"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("item calibration: each trap of issue 14, planted in a copy, fails naming it", () => {
  it("(a) Harvard-Oxford insula outline 'on the side of your choice' (pass 0.6)", () => {
    const id = "colin27-ho-insular-cortex-outline";
    const fixed = calibrate(id);
    expect(fixed.issues).toEqual([]);
    const py = expected.hoInsula;
    // Probe numbers against the independent computation.
    expect(probe(fixed, "dilated 1 px")?.value).toBeCloseTo(py.dilated, 3);
    expect(probe(fixed, "eroded 1 px")?.value).toBeCloseTo(py.eroded, 3);
    expect(probe(fixed, "largest part only")?.value).toBeCloseTo(py.largestPartAlone, 3);
    edit(ATLAS, NEW_INSULA, OLD_INSULA);
    try {
      const run = calibrate(id);
      expect(run.issues).toHaveLength(1);
      const i = run.issues[0];
      expect(i.file).toBe(ATLAS);
      expect(i.field).toContain(id);
      expect(i.message).toContain(
        `both hemispheres on slice ${py.slice} (${py.sides.right} px right, ${py.sides.left} px left)`,
      );
    } finally {
      edit(ATLAS, OLD_INSULA, NEW_INSULA);
    }
  }, 60_000);

  it("(b) a generated outline of a label spanning both hemispheres without 'both sides'", () => {
    // The generator's own item now says so and calibrates; the old wording, planted as an item, fails.
    const r = checkContent({ root, calibrate: false });
    const colin = r.cases.find((c) => c.manifest.id === "colin27");
    const gen =
      colin && generatedItem(colin, "outline", "insular-cortex", path.join(root, "public"));
    expect(gen?.prompt).toBe("Draw the outline of the insula on both sides on this slice.");
    fs.writeFileSync(
      path.join(root, "content/quizzes/planted-generated.json"),
      JSON.stringify({
        items: [
          {
            ...gen,
            id: "planted-gen-outline-insular-cortex",
            prompt: "Draw the outline of the Insular Cortex on this slice.",
          },
        ],
      }),
    );
    try {
      const run = calibrate("planted-gen-outline-insular-cortex");
      const where =
        'content/quizzes/planted-generated.json items.0 item "planted-gen-outline-insular-cortex"';
      const py = expected.hoInsula;
      // Both: the prompt does not say "both sides", and a perfect one-side outline (Dice 0.669)
      // fails the default 0.7.
      expect(run.issues.map((i) => `${i.file} ${i.field}: ${i.message}`)).toEqual([
        `${where}: calibration: the reference covers both hemispheres on slice 70 (${py.sides.right} px right, ${py.sides.left} px left) but the prompt does not say "both sides"`,
        `${where}: calibration: the reference is in 2 parts on slice 70; its largest part alone fails (${py.largestPartAlone.toFixed(3)}): say so in the prompt or restrict the reference`,
      ]);
      // The pass mark (0.7) is reachable: the near-right probes score 0.89–0.91.
      expect(probe(run, "eroded 1 px")?.correct).toBe(true);
    } finally {
      fs.rmSync(path.join(root, "content/quizzes/planted-generated.json"));
    }
  }, 60_000);

  it("(c) head CT bone box whose reference includes the CT table", () => {
    const file = "content/cases/head-ct/quizzes/windowing.json";
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const fixedLine = text.split("\n").find((l) => l.includes('"id": "head-ct-bone-box"'));
    if (!fixedLine) throw new Error("head-ct-bone-box not found");
    // The fixed reference box is the skull piece measured by the Python script.
    const set = JSON.parse(
      fs.readFileSync(
        path.join(root, "content/cases/head-ct/annotations/skull-box-illustrative.json"),
        "utf8",
      ),
    );
    const py = expected.headCtBone.skullBoxLps;
    expect(set.annotations[0].min.slice(0, 2).map((v: number, a: number) => v - py.min[a])).toEqual(
      [expect.closeTo(0, 2), expect.closeTo(0, 2)],
    );
    expect(set.annotations[0].max.slice(0, 2).map((v: number, a: number) => v - py.max[a])).toEqual(
      [expect.closeTo(0, 2), expect.closeTo(0, 2)],
    );
    edit(
      file,
      fixedLine,
      '    { "id": "head-ct-bone-box", "type": "box", "structure": "bone-ct-threshold-226-to-3071-hu", "passIou": 0.6,',
    );
    try {
      const run = calibrate("head-ct-bone-box");
      expect(run.issues).toHaveLength(1);
      expect(run.issues[0].file).toBe(file);
      expect(run.issues[0].message).toContain(
        `the reference is in ${expected.headCtBone.parts} parts on slice ${expected.headCtBone.slice}; its largest part alone fails (0.529)`,
      );
      expect(probe(run, "largest part only")?.value).toBeCloseTo(
        expected.headCtBone.largestPartIou,
        3,
      );
    } finally {
      edit(
        file,
        '"structure": "bone-ct-threshold-226-to-3071-hu", "passIou": 0.6,',
        fixedLine.trim().slice(2),
      );
    }
  }, 60_000);

  it("(d) fundus optic disc box: the reference matches the disc measured on the image", () => {
    const setFile = "content/cases/retina-fundus/annotations/landmarks-illustrative.json";
    const read = () => JSON.parse(fs.readFileSync(path.join(root, setFile), "utf8"));
    const disc = () =>
      read().annotations.find((a: { structure: string }) => a.structure === "optic-disc");
    const measured = expected.opticDisc.box;
    expect(
      boxIou(measured, { min: disc().min.slice(0, 2), max: disc().max.slice(0, 2) }),
    ).toBeGreaterThan(0.95);
    // A student's box around the whole (measured) disc passes the item's real grader...
    const grade = () => {
      const r = checkContent({ root, calibrate: false });
      const c = r.cases.find((x) => x.manifest.id === "retina-fundus");
      const raw = JSON.parse(
        fs.readFileSync(
          path.join(root, "content/cases/retina-fundus/quizzes/fundus-anatomy.json"),
          "utf8",
        ),
      ).items.find((i: { id: string }) => i.id === "fundus-optic-disc-box");
      const item = {
        ...raw,
        case: "retina-fundus",
        tags: [],
        findSlice: false,
        sliceToleranceMm: 2,
      };
      const ctx = c && itemSpatialContext(item, c, 0, new Map());
      return gradeItem(
        item,
        {
          kind: "box",
          boxMm: {
            min: [measured.min[0], measured.min[1], 0],
            max: [measured.max[0], measured.max[1], 0],
          },
          slice: 0,
        },
        { spatial: ctx },
      );
    };
    expect(grade().correct).toBe(true);
    // ...and failed against the old box that started at the vessel trunk (IoU 0.46 < 0.5).
    const text = fs.readFileSync(path.join(root, setFile), "utf8");
    const set = read();
    set.annotations.find((a: { structure: string }) => a.structure === "optic-disc").min = [
      200, 585, 0,
    ];
    set.annotations.find((a: { structure: string }) => a.structure === "optic-disc").max = [
      318, 740, 0,
    ];
    fs.writeFileSync(path.join(root, setFile), JSON.stringify(set));
    try {
      const g = grade();
      expect(g.correct).toBe(false);
      expect(g.metrics.iou).toBeLessThan(0.5);
    } finally {
      fs.writeFileSync(path.join(root, setFile), text);
    }
  }, 60_000);

  it("(e) 'tall, narrow box' for a 30 × 25 mm reference", () => {
    const py = expected.hippocampusRight;
    edit(CORTEX, NEW_HIPPO, OLD_HIPPO);
    try {
      const run = calibrate("colin27-hippocampus-right-box");
      expect(run.issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)).toEqual([
        `${CORTEX}: items.28 item "colin27-hippocampus-right-box": calibration: the text calls the box "tall" but the reference box is ${py.widthMm} × ${py.heightMm} (width × height, mm)`,
      ]);
    } finally {
      edit(CORTEX, OLD_HIPPO, NEW_HIPPO);
    }
  }, 60_000);

  it("a landmark as close as its neighbour on the image (frontal DRR glabella) fails clearly-wrong", () => {
    const file = "content/cases/skull-drr-frontal/annotations/landmarks-illustrative.json";
    const set = JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
    const text = JSON.stringify(set);
    set.annotations.push({ type: "landmark", structure: "glabella", point: [124.41, 78, 0] });
    fs.writeFileSync(path.join(root, file), JSON.stringify(set));
    // The frontal DRR no longer declares glabella (it cannot be placed there): plant it in the
    // manifest and the vocabulary too, as the lateral DRR has them.
    const caseFile = "content/cases/skull-drr-frontal/case.json";
    const vocabFile = "content/cases/skull-drr-frontal/vocabulary.json";
    const caseText = fs.readFileSync(path.join(root, caseFile), "utf8");
    const vocabText = fs.readFileSync(path.join(root, vocabFile), "utf8");
    const lateral = (f: string) =>
      JSON.parse(fs.readFileSync(path.join(root, "content/cases/skull-drr-lateral", f), "utf8"));
    const m = JSON.parse(caseText);
    m.structures.push(
      lateral("case.json").structures.find((x: { id: string }) => x.id === "glabella"),
    );
    fs.writeFileSync(path.join(root, caseFile), JSON.stringify(m));
    const v = JSON.parse(vocabText);
    v.entries.push(
      lateral("vocabulary.json").entries.find(
        (x: { structure: string }) => x.structure === "glabella",
      ),
    );
    fs.writeFileSync(path.join(root, vocabFile), JSON.stringify(v));
    try {
      const run = calibrate("drr-frontal-frontal-sinus-landmark");
      // Frontal sinus at row 76.5 and glabella at row 78 (pixels of 0.957 mm): 1.5 mm apart ≤ 6 mm.
      expect(run.issues[0].message).toBe(
        'calibration: clearly-wrong probe "nearest glabella" passes (distance 1.5, pass ≤ 6); it must fail',
      );
    } finally {
      fs.writeFileSync(path.join(root, file), text);
      fs.writeFileSync(path.join(root, caseFile), caseText);
      fs.writeFileSync(path.join(root, vocabFile), vocabText);
    }
  }, 60_000);
});

describe("probes and the CLI", () => {
  it("a click item's reference is the deepest interior point (scipy EDT maximum)", () => {
    const r = checkContent({ root, calibrate: false });
    const c = r.cases.find((x) => x.manifest.id === "colin27");
    if (!c) throw new Error("colin27 missing");
    const v = readNifti(
      new Uint8Array(fs.readFileSync(path.join(repo, "public/cases/colin27/aal.nii.gz"))),
      "aal",
    );
    if (!v.ok) throw new Error("aal unreadable");
    const py = expected.thalamusRightDeepest;
    const item = {
      id: "t",
      type: "click",
      case: "colin27",
      plane: "axial",
      structure: "thalamus-right",
      annotationSet: "aal",
      slice: py.slice,
      toleranceMm: 0,
      prompt: "x",
      tags: [],
      findSlice: false,
      sliceToleranceMm: 2,
    } as SpatialItem;
    const ctx = itemSpatialContext(
      item,
      c,
      py.slice,
      new Map([["/cases/colin27/aal.nii.gz", v.value.data]]),
    );
    if (!ctx) throw new Error("no context");
    const ref = itemProbes(item, ctx, c.annotationSets, py.slice)[0].answer;
    expect(ref.kind).toBe("point");
    if (ref.kind === "point")
      expect(worldToIndex(c.manifest.grid, ref.pointMm).map(Math.round)).toEqual([
        py.i,
        py.j,
        py.slice,
      ]);
  }, 60_000);

  it("npm run items:calibrate -- --item … --json prints the probes and exits 1 on a planted trap", () => {
    edit(ATLAS, NEW_INSULA, OLD_INSULA);
    try {
      const r = spawnSync(
        "npx",
        [
          "tsx",
          "scripts/items-calibrate.ts",
          "--root",
          root,
          "--item",
          "colin27-ho-insular-cortex-outline",
          "--json",
        ],
        { cwd: repo, encoding: "utf8" },
      );
      expect(r.status).toBe(1);
      const out = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "[]");
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({
        itemId: "colin27-ho-insular-cortex-outline",
        metric: "dice",
        passMark: 0.6,
        slice: 70,
      });
      expect(out[0].probes.map((p: { name: string }) => p.name)).toEqual([
        "reference",
        "dilated 1 px",
        "eroded 1 px",
        "nearest central-opercular-cortex",
        "largest part only",
      ]);
      expect(out[0].problems[0]).toMatch(/both hemispheres/);
    } finally {
      edit(ATLAS, OLD_INSULA, NEW_INSULA);
    }
  }, 120_000);

  it("the content check (all items) fails on planted traps and names only them", () => {
    edit(ATLAS, NEW_INSULA, OLD_INSULA);
    edit(CORTEX, NEW_HIPPO, OLD_HIPPO);
    try {
      const report = checkContent({ root });
      expect(report.calibratedItems).toBeGreaterThan(200);
      expect(report.issues.map((i) => i.field)).toEqual([
        'items.5 item "colin27-ho-insular-cortex-outline"',
        'items.28 item "colin27-hippocampus-right-box"',
      ]);
    } finally {
      edit(ATLAS, OLD_INSULA, NEW_INSULA);
      edit(CORTEX, OLD_HIPPO, NEW_HIPPO);
    }
  }, 300_000);
});
