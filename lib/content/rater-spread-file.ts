/**
 * `public/cases/<id>/rater-spread.json`: the raters' spread of every structure of a case that two
 * or more annotators segmented, computed at build by `npm run rater-spread -- <id>` (numbers as
 * defined in lib/domain/agreement/rater-spread.ts, on the whole case grid). It records the SHA-256
 * of every labelmap it read, so `content:check` can say when it is stale without recomputing it.
 * Node only (hashes files).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { peersOf, raterPeers } from "../domain/agreement/rater-key";
import type { LoadedCase } from "./case-store";
import type { ContentIssue } from "../domain/parse-result";
import { raterSpreadFileSchema, raterSpreadPath } from "./rater-spread-schema";

export {
  raterSpreadFileSchema,
  raterSpreadPath,
  type RaterSpreadFile,
} from "./rater-spread-schema";

export interface RaterSegmentation {
  annotator: string;
  /** The rater's own structure id (structures of one concept and side may differ by set). */
  structure: string;
  labelmap: string;
  label: number;
}

/**
 * Concepts segmented (labelmaps) by ≥ 2 distinct annotators, keyed by the structure id of the
 * first rater (annotation-set order) → one entry per annotator (its first segmentation of any
 * structure with the same concept and side, `raterKey`), in annotation-set order.
 */
export function multiRaterStructures(c: LoadedCase): Map<string, RaterSegmentation[]> {
  const peers = raterPeers(c.manifest.structures);
  const by = new Map<string, RaterSegmentation[]>();
  for (const set of c.annotationSets)
    for (const a of set.annotations) {
      if (a.type !== "segmentation") continue;
      const key = peersOf(peers, a.structure).find((id) => by.has(id)) ?? a.structure;
      const list = by.get(key) ?? [];
      if (!list.some((r) => r.annotator === set.annotator))
        list.push({
          annotator: set.annotator,
          structure: a.structure,
          labelmap: a.labelmap,
          label: a.label,
        });
      by.set(key, list);
    }
  return new Map([...by].filter(([, l]) => l.length >= 2));
}

/** SHA-256 (hex) of a file under `public/`. */
export function hashPublicFile(root: string, sitePath: string): string {
  return createHash("sha256")
    .update(fs.readFileSync(path.join(root, "public", sitePath)))
    .digest("hex");
}

/**
 * Staleness check: a case with multi-rater structures needs its spread file, covering exactly those
 * structures and annotators, with the hashes of the labelmaps as they are now.
 */
export function checkRaterSpread(root: string, c: LoadedCase): ContentIssue[] {
  const want = multiRaterStructures(c);
  if (!want.size) return [];
  const id = c.manifest.id;
  const file = `public${raterSpreadPath(id)}`;
  const fix = `run npm run rater-spread -- ${id}`;
  const abs = path.join(root, file);
  if (!fs.existsSync(abs))
    return [
      { file, field: "", message: `missing (${want.size} multi-rater structure(s)); ${fix}` },
    ];
  let parsed;
  try {
    parsed = raterSpreadFileSchema.safeParse(JSON.parse(fs.readFileSync(abs, "utf8")));
  } catch (e) {
    return [{ file, field: "", message: `not JSON (${(e as Error).message}); ${fix}` }];
  }
  if (!parsed.success) return [{ file, field: "", message: `invalid; ${fix}` }];
  const issues: ContentIssue[] = [];
  const got = new Map(parsed.data.structures.map((s) => [s.structure, s]));
  const seen = new Set<string>();
  for (const [sid, raters] of want) {
    const s = got.get(sid);
    const ids = raters.map((r) => r.annotator).join(",");
    const sids = raters.map((r) => r.structure).join(",");
    if (!s || s.annotators.join(",") !== ids || s.structures.join(",") !== sids)
      issues.push({ file, field: sid, message: `stale: raters are now ${ids}; ${fix}` });
    for (const r of raters) {
      const h = parsed.data.inputs[r.labelmap];
      if (seen.has(r.labelmap)) continue;
      seen.add(r.labelmap);
      if (!fs.existsSync(path.join(root, "public", r.labelmap))) continue;
      if (h !== hashPublicFile(root, r.labelmap))
        issues.push({ file, field: r.labelmap, message: `stale: the labelmap changed; ${fix}` });
    }
  }
  return issues;
}
