/**
 * Writes a case's files idempotently. Only files the import manages are compared or removed: the
 * manifest, SOURCE.md, LICENSE, the annotation sets and the public files the existing case.json
 * names (image, high-resolution image, thumbnail, labelmaps). Anything else in the case folders
 * (quiz items, notes other people keep there) is never touched.
 * - no managed file exists yet → written ("created");
 * - every managed file byte-identical → nothing written ("unchanged");
 * - otherwise refused unless `force`; with `force` changed files are written and managed files the
 *   new case no longer has are removed ("replaced").
 */
import fs from "node:fs";
import path from "node:path";

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

/** Compares then writes `files` (repo-relative paths) under `root`. */
export function writeCaseFiles(
  root: string,
  contentDir: string,
  files: Map<string, Uint8Array>,
  force: boolean,
): WriteOutcome {
  const abs = (p: string) => path.join(root, p);
  const existing = managedFiles(root, contentDir).filter((p) => fs.existsSync(abs(p)));
  const changed = [...files.entries()]
    .filter(([p, b]) => !fs.existsSync(abs(p)) || !Buffer.from(b).equals(fs.readFileSync(abs(p))))
    .map(([p]) => p);
  const stale = existing.filter((p) => !files.has(p));
  const all = [...changed, ...stale];
  if (existing.length > 0 && all.length === 0) return { status: "unchanged", changed: [] };
  if (existing.length > 0 && !force) return { status: "refused", changed: all };
  for (const p of stale) fs.rmSync(abs(p));
  for (const p of changed) {
    fs.mkdirSync(path.dirname(abs(p)), { recursive: true });
    fs.writeFileSync(abs(p), files.get(p)!);
  }
  return { status: existing.length ? "replaced" : "created", changed: all };
}
