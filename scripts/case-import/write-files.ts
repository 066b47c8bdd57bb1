/**
 * Writes a case's files idempotently. Only files the import manages are compared or removed: the
 * manifest, SOURCE.md, LICENSE, the annotation sets and the public files the existing case.json
 * names (image, high-resolution image, thumbnail, labelmaps). Anything else in the case folders
 * (quiz items, notes other people keep there) is never touched.
 * - no managed file exists yet → written ("created");
 * - every managed file byte-identical → nothing written ("unchanged");
 * - otherwise refused unless `force`; with `force` changed files are written and managed files the
 *   new case no longer has are removed ("replaced").
 * Writing is all or nothing (commit-files.ts): the new files are staged first and the old ones are
 * only moved away once all new ones are ready; a failure leaves the old case as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { commitFiles } from "./commit-files";

export type WriteOutcome = {
  status: "created" | "unchanged" | "replaced" | "refused";
  changed: string[];
};

/** Repository-relative paths the existing case at `contentDir` manages (none if it has no readable case.json). */
export function managedFiles(root: string, contentDir: string): string[] {
  const manifestPath = path.join(root, contentDir, "case.json");
  const out = ["case.json", "SOURCE.md", "LICENSE"].map((f) => `${contentDir}/${f}`);
  let m: {
    image?: { file?: string; highResFile?: string };
    thumbnail?: string;
    annotationSets?: string[];
  };
  try {
    m = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  } catch {
    return out;
  }
  const site = (p: string | undefined) =>
    p && p.startsWith("/") && !p.includes("..") ? [`public${p}`] : [];
  out.push(...site(m.image?.file), ...site(m.image?.highResFile), ...site(m.thumbnail));
  for (const s of m.annotationSets ?? []) {
    if (s.includes("..")) continue;
    out.push(`${contentDir}/${s}`);
    try {
      const set = JSON.parse(fs.readFileSync(path.join(root, contentDir, s), "utf8")) as {
        annotations?: { labelmap?: string }[];
      };
      for (const a of set.annotations ?? []) out.push(...site(a.labelmap));
    } catch {
      // an unreadable set: its labelmaps are simply not managed
    }
  }
  return [...new Set(out)];
}

/**
 * Compares then writes `files` (repo-relative paths) under `root`. Throws a `CommitError` (one line,
 * naming the file) when the write phase fails; nothing has changed on disk then.
 */
export function writeCaseFiles(
  root: string,
  contentDir: string,
  files: Map<string, Uint8Array>,
  force: boolean,
): WriteOutcome {
  const abs = (p: string) => path.join(root, p);
  const existing = managedFiles(root, contentDir).filter((p) => fs.existsSync(abs(p)));
  const same = (p: string, b: Uint8Array) => {
    try {
      return fs.lstatSync(abs(p)).isFile() && Buffer.from(b).equals(fs.readFileSync(abs(p)));
    } catch {
      return false; // missing, or not reachable (a parent is a file): written, or refused, later
    }
  };
  const changed = [...files.entries()].filter(([p, b]) => !same(p, b)).map(([p]) => p);
  const stale = existing.filter((p) => !files.has(p));
  const all = [...changed, ...stale];
  if (existing.length > 0 && all.length === 0) return { status: "unchanged", changed: [] };
  if (existing.length > 0 && !force) return { status: "refused", changed: all };
  commitFiles(root, new Map(changed.map((p) => [p, files.get(p)!])), stale);
  return { status: existing.length ? "replaced" : "created", changed: all };
}
