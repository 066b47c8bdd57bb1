/**
 * Numbers quoted in the lesson "When experts disagree" (content/lessons/when-experts-disagree.mdx):
 * how well matching structures of the AAL, Harvard-Oxford and Brodmann atlases overlap on the
 * Colin27 brain, computed with the domain core (lib/domain) on the case's own labelmaps.
 *
 *   npx tsx scripts/lessons/atlas-overlap.ts            # prints JSON
 *   npx tsx scripts/lessons/atlas-overlap.ts --write    # writes tests/fixtures/lessons/atlas-overlap.json
 *   npx prettier --write tests/fixtures/lessons/atlas-overlap.json   # the repository's JSON style
 *
 * The atlases name and split structures differently (AAL is lateralised, Harvard-Oxford and this
 * Brodmann map are not), so each side of a comparison is a binary mask = the union of the listed
 * structure ids of one atlas, looked up in the case's annotation sets (never hard-coded label
 * numbers). Metrics: lib/domain/grading/masks.ts (Dice, HD95 in mm on the 1 mm grid);
 * lib/domain/agreement (Fleiss' κ inside the union bounding box, STAPLE). Same-grid check: every
 * labelmap lies on the Colin27 grid (the import resampled the others nearest-neighbour).
 */
import fs from "node:fs";
import path from "node:path";
import { fleissKappa, pairwiseDice, staple } from "../../lib/domain/agreement";
import { compareMasks } from "../../lib/domain/grading";
import { countVoxels, maskFromLabels, type Mask } from "../../lib/domain/geometry/mask";
import { readNiftiFile } from "../../lib/io/read-nifti-file";
import type { NiftiVolume } from "../../lib/io/nifti";

const ROOT = path.resolve(__dirname, "..", "..");
const CASE_DIR = path.join(ROOT, "content", "cases", "colin27");
export const OUTPUT = path.join(ROOT, "tests", "fixtures", "lessons", "atlas-overlap.json");

export type AtlasId = "aal" | "harvard-oxford" | "brodmann";

/** One side of a comparison: the union of these structures of one atlas. */
export interface Side {
  atlas: AtlasId;
  structures: string[];
}

export interface PairSpec {
  id: string;
  concept: string;
  a: Side;
  b: Side;
}

export interface GroupSpec {
  id: string;
  concept: string;
  raters: Side[];
}

/** Pairs of "the same" structure in two atlases. */
export const PAIRS: PairSpec[] = [
  {
    id: "precentral-aal-ho",
    concept: "precentral gyrus",
    a: { atlas: "aal", structures: ["precentral-left", "precentral-right"] },
    b: { atlas: "harvard-oxford", structures: ["precentral-gyrus"] },
  },
  {
    id: "postcentral-aal-ho",
    concept: "postcentral gyrus",
    a: { atlas: "aal", structures: ["postcentral-left", "postcentral-right"] },
    b: { atlas: "harvard-oxford", structures: ["postcentral-gyrus"] },
  },
  {
    id: "insula-aal-ho",
    concept: "insula",
    a: { atlas: "aal", structures: ["insula-left", "insula-right"] },
    b: { atlas: "harvard-oxford", structures: ["insular-cortex"] },
  },
  {
    id: "angular-aal-ho",
    concept: "angular gyrus",
    a: { atlas: "aal", structures: ["angular-left", "angular-right"] },
    b: { atlas: "harvard-oxford", structures: ["angular-gyrus"] },
  },
  {
    id: "lingual-aal-ho",
    concept: "lingual gyrus",
    a: { atlas: "aal", structures: ["lingual-left", "lingual-right"] },
    b: { atlas: "harvard-oxford", structures: ["lingual-gyrus"] },
  },
  {
    id: "precuneus-aal-ho",
    concept: "precuneus",
    a: { atlas: "aal", structures: ["precuneus-left", "precuneus-right"] },
    b: { atlas: "harvard-oxford", structures: ["precuneous-cortex"] },
  },
  {
    id: "heschl-aal-ho",
    concept: "Heschl's gyrus",
    a: { atlas: "aal", structures: ["heschl-left", "heschl-right"] },
    b: { atlas: "harvard-oxford", structures: ["heschls-gyrus-includes-h1-and-h2"] },
  },
  {
    id: "calcarine-aal-ho",
    concept: "calcarine cortex",
    a: { atlas: "aal", structures: ["calcarine-left", "calcarine-right"] },
    b: { atlas: "harvard-oxford", structures: ["intracalcarine-cortex"] },
  },
  {
    id: "superior-frontal-aal-ho",
    concept: "superior frontal gyrus",
    a: { atlas: "aal", structures: ["frontal-sup-left", "frontal-sup-right"] },
    b: { atlas: "harvard-oxford", structures: ["superior-frontal-gyrus"] },
  },
  {
    id: "superior-temporal-aal-ho",
    concept: "superior temporal gyrus",
    a: { atlas: "aal", structures: ["temporal-sup-left", "temporal-sup-right"] },
    b: {
      atlas: "harvard-oxford",
      structures: [
        "superior-temporal-gyrus-anterior-division",
        "superior-temporal-gyrus-posterior-division",
      ],
    },
  },
  {
    id: "calcarine-aal-ba17",
    concept: "primary visual cortex",
    a: { atlas: "aal", structures: ["calcarine-left", "calcarine-right"] },
    b: { atlas: "brodmann", structures: ["brodmann-area-17"] },
  },
  {
    id: "precentral-aal-ba4",
    concept: "primary motor cortex",
    a: { atlas: "aal", structures: ["precentral-left", "precentral-right"] },
    b: { atlas: "brodmann", structures: ["brodmann-area-4"] },
  },
  {
    id: "postcentral-aal-ba123",
    concept: "primary somatosensory cortex",
    a: { atlas: "aal", structures: ["postcentral-left", "postcentral-right"] },
    b: { atlas: "brodmann", structures: ["brodmann-area-1", "brodmann-area-2", "brodmann-area-3"] },
  },
  {
    id: "heschl-aal-ba41",
    concept: "primary auditory cortex",
    a: { atlas: "aal", structures: ["heschl-left", "heschl-right"] },
    b: { atlas: "brodmann", structures: ["brodmann-area-41"] },
  },
];

/** Three raters of one concept (for Fleiss' κ and STAPLE). */
export const GROUPS: GroupSpec[] = [
  {
    id: "visual-three-atlases",
    concept: "primary visual cortex (calcarine)",
    raters: [
      { atlas: "aal", structures: ["calcarine-left", "calcarine-right"] },
      { atlas: "harvard-oxford", structures: ["intracalcarine-cortex"] },
      { atlas: "brodmann", structures: ["brodmann-area-17"] },
    ],
  },
  {
    id: "motor-three-atlases",
    concept: "precentral gyrus / primary motor cortex",
    raters: [
      { atlas: "aal", structures: ["precentral-left", "precentral-right"] },
      { atlas: "harvard-oxford", structures: ["precentral-gyrus"] },
      { atlas: "brodmann", structures: ["brodmann-area-4"] },
    ],
  },
];

interface AnnotationSetFile {
  id: string;
  annotations: { type: string; structure: string; labelmap?: string; label?: number }[];
}

interface LoadedAtlas {
  volume: NiftiVolume;
  labelOf: Map<string, number>;
  file: string;
}

const atlasCache = new Map<AtlasId, LoadedAtlas>();

/** Labelmap and structure → label table of one atlas, from the case's annotation set. */
export function loadAtlas(atlas: AtlasId): LoadedAtlas {
  const hit = atlasCache.get(atlas);
  if (hit) return hit;
  const set = JSON.parse(
    fs.readFileSync(path.join(CASE_DIR, "annotations", `${atlas}.json`), "utf8"),
  ) as AnnotationSetFile;
  const labelOf = new Map<string, number>();
  let labelmap: string | undefined;
  for (const a of set.annotations) {
    if (a.type !== "segmentation" || a.labelmap === undefined || a.label === undefined) continue;
    labelOf.set(a.structure, a.label);
    labelmap = a.labelmap;
  }
  if (!labelmap) throw new Error(`${atlas}: no labelmap in its annotation set`);
  const file = path.join(ROOT, "public", labelmap);
  const r = readNiftiFile(file);
  if (!r.ok) throw new Error(r.error);
  const loaded = { volume: r.volume, labelOf, file: path.relative(ROOT, file) };
  atlasCache.set(atlas, loaded);
  return loaded;
}

/** Binary mask of the union of a side's structures. */
export function sideMask(side: Side): Mask {
  const a = loadAtlas(side.atlas);
  const labels = side.structures.map((s) => {
    const l = a.labelOf.get(s);
    if (l === undefined) throw new Error(`${side.atlas}: unknown structure ${s}`);
    return l;
  });
  return maskFromLabels(
    { dims: a.volume.grid.dims, spacing: a.volume.header.zoomsMm },
    a.volume.data,
    labels,
  );
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r1 = (x: number) => Math.round(x * 10) / 10;

export interface PairResult {
  id: string;
  concept: string;
  a: Side;
  b: Side;
  voxelsA: number;
  voxelsB: number;
  intersection: number;
  dice: number;
  hd95Mm: number;
}

export function computePair(p: PairSpec): PairResult {
  const m = compareMasks(sideMask(p.a), sideMask(p.b));
  return {
    id: p.id,
    concept: p.concept,
    a: p.a,
    b: p.b,
    voxelsA: m.referenceVoxels,
    voxelsB: m.answerVoxels,
    intersection: m.intersectionVoxels,
    dice: r3(m.dice),
    hd95Mm: r1(m.hd95),
  };
}

export interface GroupResult {
  id: string;
  concept: string;
  raters: (Side & { voxels: number })[];
  pairwiseDice: number[][];
  fleissKappa: number;
  staple: {
    sensitivity: number[];
    specificity: number[];
    consensusVoxels: number;
    iterations: number;
    converged: boolean;
  };
}

export function computeGroup(g: GroupSpec): GroupResult {
  const masks = g.raters.map(sideMask);
  const st = staple(masks);
  return {
    id: g.id,
    concept: g.concept,
    raters: g.raters.map((r, i) => ({ ...r, voxels: countVoxels(masks[i]) })),
    pairwiseDice: pairwiseDice(masks).map((row) => row.map(r3)),
    fleissKappa: r3(fleissKappa(masks).kappa),
    staple: {
      sensitivity: st.sensitivity.map(r3),
      specificity: st.specificity.map(r3),
      consensusVoxels: st.voxels,
      iterations: st.iterations,
      converged: st.converged,
    },
  };
}

/** Which labels of another atlas cover a side's voxels: "where does AAL's Heschl go in Brodmann?" */
export interface BreakdownSpec {
  id: string;
  of: Side;
  inAtlas: AtlasId;
}

export const BREAKDOWNS: BreakdownSpec[] = [
  {
    id: "aal-heschl-in-brodmann",
    of: { atlas: "aal", structures: ["heschl-left", "heschl-right"] },
    inAtlas: "brodmann",
  },
  {
    id: "aal-precentral-in-brodmann",
    of: { atlas: "aal", structures: ["precentral-left", "precentral-right"] },
    inAtlas: "brodmann",
  },
];

export interface BreakdownResult {
  id: string;
  of: Side;
  inAtlas: AtlasId;
  voxels: number;
  /** Structures of `inAtlas` (or "unlabelled") covering ≥ 1 % of the voxels, share 0–1 (3 decimals), largest first. */
  shares: { structure: string; share: number }[];
}

export function computeBreakdown(b: BreakdownSpec): BreakdownResult {
  const mask = sideMask(b.of);
  const other = loadAtlas(b.inAtlas);
  const nameOf = new Map([...other.labelOf].map(([s, l]) => [l, s]));
  const counts = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < mask.data.length; i++) {
    if (!mask.data[i]) continue;
    n++;
    const v = other.volume.data[i];
    const key = v === 0 ? "unlabelled" : (nameOf.get(v) ?? `label-${v}`);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shares = [...counts]
    .map(([structure, c]) => ({ structure, share: r3(c / n) }))
    .filter((x) => x.share >= 0.01)
    .sort((x, y) => y.share - x.share || x.structure.localeCompare(y.structure));
  return { id: b.id, of: b.of, inAtlas: b.inAtlas, voxels: n, shares };
}

function main(): void {
  const out = {
    description:
      "Overlap of matching structures between atlases on Colin27 (scripts/lessons/atlas-overlap.ts). Dice and pairwise Dice rounded to 3 decimals, HD95 to 0.1 mm, kappa and STAPLE parameters to 3 decimals.",
    files: {
      aal: loadAtlas("aal").file,
      "harvard-oxford": loadAtlas("harvard-oxford").file,
      brodmann: loadAtlas("brodmann").file,
    },
    pairs: PAIRS.map(computePair),
    groups: GROUPS.map(computeGroup),
    breakdowns: BREAKDOWNS.map(computeBreakdown),
  };
  const text = `${JSON.stringify(out, null, 2)}\n`;
  if (process.argv.includes("--write")) {
    fs.writeFileSync(OUTPUT, text);
    process.stderr.write(`wrote ${path.relative(ROOT, OUTPUT)}\n`);
  } else process.stdout.write(text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
