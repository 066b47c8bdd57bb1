/**
 * Writes `content/cases/<id>/vocabulary.json` for every case (or the cases named): each structure's
 * textbook name, side, synonyms, concept id and codes, from the hand-curated tables of this folder
 * (AAL, Harvard-Oxford, JHU, Brodmann, AICHA, the body CT and other non-brain cases) and, for structures no table
 * knows, from the structure's own label names (lib/domain/names/vocabulary-from-label.ts, with a warning).
 * Usage: tsx scripts/vocabulary/build-vocabulary.ts [CASE_ID…]
 */
import fs from "node:fs";
import path from "node:path";
import {
  annotationSetSchema,
  caseManifestSchema,
  vocabularySchema,
  type Structure,
  type VocabularyEntry,
} from "../../lib/domain/model";
import { entryFromLabel } from "../../lib/domain/names/vocabulary-from-label";
import { kebabId } from "../../lib/domain/names/structure-id";
import { normaliseName } from "../../lib/quiz/text-match";
import { AAL_NAMES, HARVARD_OXFORD_NAMES, JHU_NAMES, brodmannRow } from "./brain-names";
import { AICHA_PARTS, OTHER_NAMES } from "./other-names";
import { GROUP_NAMES } from "./group-names";
import { BODY_NAMES } from "./body-names";
import type { NameRow } from "./name-row";

const TABLES: Record<string, NameRow[]> = {
  aal: AAL_NAMES,
  "harvard-oxford": HARVARD_OXFORD_NAMES,
  "jhu-white-matter": JHU_NAMES,
};
/** Sets whose labels carry no side and cover both hemispheres (checked by content:qc). */
const BILATERAL_SETS = new Set(["harvard-oxford", "brodmann", "aicha"]);

/** The source's label: the atlas spelling kept as first synonym, else the name. */
const rawLabel = (s: Structure) => s.synonyms[0] ?? s.name;
const withoutSideSuffix = (label: string) => label.replace(/_[LR]$/, "");

function aichaRow(label: string): NameRow | undefined {
  const m = /^(.+)-(\d+)$/.exec(label);
  const part = m && AICHA_PARTS[m[1]];
  if (!m || !part) return undefined;
  const [concept, name] = part;
  return {
    key: label,
    concept: `aicha-${kebabId(label)}`,
    name: `${name}, AICHA region ${m[2]}`,
    synonyms: [label, `${name} ${m[2]}`, `${name} region ${m[2]}`],
    partOf: concept,
  };
}

/** The curated row of a structure in annotation set `set` (undefined when no table knows it). */
function rowOf(s: Structure, set: string | undefined): NameRow | undefined {
  const label = rawLabel(s);
  if (set === "aicha") return aichaRow(label);
  if (set === "brodmann") {
    const n = /^Brodmann area (\d+)$/.exec(s.name);
    return n ? brodmannRow(Number(n[1])) : undefined;
  }
  const table = set ? TABLES[set] : undefined;
  const key = withoutSideSuffix(set === "harvard-oxford" ? s.name : label);
  return (
    table?.find((r) => r.key === key) ??
    OTHER_NAMES.find((r) => r.key === s.id) ??
    GROUP_NAMES.find((r) => r.key === s.id) ??
    BODY_NAMES.find((r) => r.key === s.id.replace(/(^|-)(left|right)(?=-|$)/, "").replace(/^-/, ""))
  );
}

function entryOf(
  s: Structure,
  set: string | undefined,
  warn: (m: string) => void,
): VocabularyEntry {
  const row = rowOf(s, set);
  if (!row) {
    warn(`no curated name for "${s.name}" (${s.id}); using its label`);
    return entryFromLabel(s);
  }
  const label = withoutSideSuffix(rawLabel(s));
  const seen = new Set([normaliseName(row.name)]);
  const synonyms = [...row.synonyms, label, row.key].filter((n) => {
    const k = normaliseName(n);
    return !seen.has(k) && Boolean(seen.add(k));
  });
  return {
    structure: s.id,
    concept: row.concept,
    name: row.name,
    laterality: s.laterality ?? row.side ?? (set && BILATERAL_SETS.has(set) ? "bilateral" : "none"),
    synonyms,
    codes: s.codes,
    ...(row.partOf ? { partOf: row.partOf } : {}),
  };
}

function buildCase(dir: string): number {
  const id = path.basename(dir);
  const manifest = caseManifestSchema.parse(
    JSON.parse(fs.readFileSync(path.join(dir, "case.json"), "utf8")),
  );
  const setOf = new Map<string, string>();
  for (const f of manifest.annotationSets) {
    const set = annotationSetSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
    for (const a of set.annotations) if (!setOf.has(a.structure)) setOf.set(a.structure, set.id);
  }
  const warn = (m: string) => console.warn(`${id}: ${m}`);
  const entries = manifest.structures.map((s) => entryOf(s, setOf.get(s.id), warn));
  const vocabulary = vocabularySchema.parse({ case: id, entries });
  fs.writeFileSync(path.join(dir, "vocabulary.json"), `${JSON.stringify(vocabulary, null, 2)}\n`);
  return entries.length;
}

const casesDir = path.join(process.cwd(), "content", "cases");
const only = process.argv.slice(2);
for (const name of fs.readdirSync(casesDir).sort()) {
  const dir = path.join(casesDir, name);
  if (!fs.statSync(dir).isDirectory() || (only.length && !only.includes(name))) continue;
  console.log(`${name}: ${buildCase(dir)} entries`);
}
