/**
 * The item calibration of the content check (`npm run content:check`, `npm run items:calibrate`):
 * every quiz item — hand-written (content/quizzes, content/cases/<id>/quizzes) and every generated
 * set at its seed (`<QuizSet>` in lessons, `/practice/<case>` links in lessons, and each case's
 * default practice page) — calibrated by lib/quiz/calibration with the real graders. Labelmaps are
 * read once per case. Node only.
 */
import fs from "node:fs";
import path from "node:path";
import type { LoadedCase } from "./case-store";
import type { ContentIssue } from "../domain/parse-result";
import type { LessonFile } from "./lesson-files";
import { generatedSet } from "./generated-sets";
import { largestSlices } from "./quiz-slices";
import { listQuizFiles } from "./quiz-store";
import { readNifti } from "../io/nifti";
import { quizItemSchema, type QuizItem } from "../quiz/item-schema";
import { itemSpatialContext, itemTargetSlice } from "../quiz/item-context";
import { lessonItemIds, type QuizSetTagProps } from "./lesson-items";
import { calibrateItem, type ItemCalibration } from "../quiz/calibration/calibrate-item";

/** Where an item comes from: its file and the place in it (`items.3`, a `<QuizSet>` tag…). */
export interface ItemSource {
  file: string;
  field: string;
}

export interface CalibratedItem {
  source: ItemSource;
  calibration: ItemCalibration;
}

export interface CalibrateOptions {
  /** Folder with `content/` and `public/`. */
  root: string;
  cases: readonly LoadedCase[];
  lessons: readonly LessonFile[];
  /** Only items of this case / with this id. */
  caseId?: string;
  itemId?: string;
}

/** Default practice page of every case: `/practice/<case>` (seed "default", 10 click items). */
const PRACTICE_DEFAULT = { seed: "default", count: 10, types: "click" };

/** Every item to calibrate, each once (first source wins), in content order. */
export function itemsToCalibrate(opts: CalibrateOptions): { item: QuizItem; source: ItemSource }[] {
  const out = new Map<string, { item: QuizItem; source: ItemSource }>();
  const add = (item: QuizItem, source: ItemSource) => {
    if (!out.has(item.id)) out.set(item.id, { item, source });
  };
  for (const { file, caseId } of listQuizFiles(path.join(opts.root, "content"))) {
    let raw: { items?: unknown[] };
    try {
      raw = JSON.parse(fs.readFileSync(file, "utf8")) as { items?: unknown[] };
    } catch {
      continue; // the quiz loader reports it
    }
    (raw.items ?? []).forEach((r, i) => {
      const withCase =
        caseId && r && typeof r === "object" && !("case" in r) ? { ...r, case: caseId } : r;
      const p = quizItemSchema.safeParse(withCase);
      if (p.success) add(p.data, { file: path.relative(opts.root, file), field: `items.${i}` });
    });
  }
  const byId = new Map(opts.cases.map((c) => [c.manifest.id, c]));
  const pub = path.join(opts.root, "public");
  const expand = (
    file: string,
    p: Omit<QuizSetTagProps, "items"> & { items?: string },
    where: string,
  ) => {
    const c = byId.get(p.case);
    if (!c || p.items) return [];
    for (const item of generatedSet(c, p, pub)) add(item, { file, field: where });
    return [];
  };
  for (const l of opts.lessons) {
    lessonItemIds(l.body, (p) =>
      expand(l.file, p, `<QuizSet case="${p.case}" seed="${p.seed ?? "default"}">`),
    );
    for (const m of l.body.matchAll(/\/practice\/([a-z0-9-]+)\?([^)\s"'>]*)/g)) {
      const q = new URLSearchParams(m[2]);
      const n = Number(q.get("n") ?? 10);
      const props = {
        case: m[1],
        seed: q.get("seed") ?? "default",
        count: n,
        types: q.get("types") ?? undefined,
        under: q.get("under") ?? undefined,
      };
      expand(l.file, props, `link ${m[0]}`);
    }
  }
  for (const c of opts.cases)
    expand(
      `content/cases/${c.manifest.id}/case.json`,
      { case: c.manifest.id, ...PRACTICE_DEFAULT },
      `practice page /practice/${c.manifest.id}?seed=default`,
    );
  return [...out.values()].filter(
    ({ item }) =>
      (!opts.caseId || item.case === opts.caseId) && (!opts.itemId || item.id === opts.itemId),
  );
}

/** Every labelmap of a case, decoded (site path → voxel data); unreadable files are left out. */
function caseLabelmaps(c: LoadedCase, pub: string): Map<string, ArrayLike<number>> {
  const out = new Map<string, ArrayLike<number>>();
  for (const set of c.annotationSets)
    for (const a of set.annotations) {
      if (a.type !== "segmentation" || out.has(a.labelmap)) continue;
      const file = path.join(pub, a.labelmap);
      if (!fs.existsSync(file)) continue;
      const v = readNifti(new Uint8Array(fs.readFileSync(file)), a.labelmap);
      if (v.ok) out.set(a.labelmap, v.value.data);
    }
  return out;
}

/**
 * Calibrates one item against its case `c` (undefined for items without a case, e.g. MCQ): the
 * same computation the content check runs. `cache` keeps each case's decoded labelmaps between
 * calls (pass one Map per run); `pub` is the site's public/ folder.
 */
export function calibrateOne(
  item: QuizItem,
  c: LoadedCase | undefined,
  pub: string,
  cache: Map<string, Map<string, ArrayLike<number>>>,
): ItemCalibration {
  let ctx;
  if (c) {
    if (!cache.has(c.manifest.id)) cache.set(c.manifest.id, caseLabelmaps(c, pub));
    const k = itemTargetSlice(item, c, (set, plane) => largestSlices([set], pub, plane));
    ctx = itemSpatialContext(
      item,
      c,
      k,
      cache.get(c.manifest.id) as Map<string, ArrayLike<number>>,
      true,
    );
  }
  return calibrateItem(item, ctx, c?.annotationSets ?? []);
}

/** Calibrates every item (see file comment); one issue per problem, naming file, item and numbers. */
export function calibrateContent(opts: CalibrateOptions): {
  items: CalibratedItem[];
  issues: ContentIssue[];
} {
  const pub = path.join(opts.root, "public");
  const byId = new Map(opts.cases.map((c) => [c.manifest.id, c]));
  const labelmaps = new Map<string, Map<string, ArrayLike<number>>>();
  const items: CalibratedItem[] = [];
  const issues: ContentIssue[] = [];
  for (const { item, source } of itemsToCalibrate(opts)) {
    const c = item.case ? byId.get(item.case) : undefined;
    const calibration = calibrateOne(item, c, pub, labelmaps);
    items.push({ source, calibration });
    for (const p of calibration.problems)
      issues.push({
        file: source.file,
        field: `${source.field} item "${item.id}"`,
        message: `calibration: ${p}`,
      });
  }
  return { items, issues };
}
