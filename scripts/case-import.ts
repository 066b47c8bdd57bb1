/**
 * `npm run case:import -- --id ID --image PATH [--annotations PATH …] …` — imports an image and its
 * annotations as a case: content/cases/ID/ (case.json, annotations/*.json, SOURCE.md, LICENSE) and
 * public/cases/ID/ (image, labelmaps, thumbnail). See scripts/case-import/args.ts for every option.
 * Exit codes: 0 written or unchanged, 1 bad input (message names the file and the problem),
 * 2 the case exists and differs (rerun with --force).
 */
import { formatIssues } from "../lib/domain/parse-result";
import type { ImportedAnnotations } from "../lib/importers/types";
import { vertexLimitIssues } from "../lib/importers/vertex-limits";
import { parseArgs, USAGE, type AnnotationArg } from "./case-import/args";
import { buildCase } from "./case-import/build-case";
import { readImage } from "./case-import/image-input";
import { readBytes, readText } from "./case-import/read-file";
import { applyHierarchy, parseHierarchy } from "../lib/importers/hierarchy";
import { readerFor, READERS } from "./case-import/readers";
import { licenseText } from "./case-import/source-md";
import { writeCaseFiles } from "./case-import/write-files";
import { CommitError } from "./case-import/commit-files";
import { updateVocabulary } from "./case-import/vocabulary-file";

const t0 = Date.now();
const log = (msg: string) =>
  process.stderr.write(`[case:import ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
const fail = (msg: string, code = 1): never => {
  process.stderr.write(`case:import: ${msg}\n`);
  process.exit(code);
};

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(`${parsed.errors.join("\n")}\n${USAGE}`);
  const opts = parsed.value;
  log(`reading image ${opts.image}…`);
  const img = await readImage(opts.image, opts.pixelSpacing, opts.pixelsReviewed);
  if (!img.ok) return fail(formatIssues(img.issues));
  let highRes;
  if (opts.highRes) {
    log(`reading high-resolution image ${opts.highRes}…`);
    const h = await readImage(opts.highRes);
    if (!h.ok) return fail(formatIssues(h.issues));
    highRes = h.value;
  }
  const imports: { arg: AnnotationArg; value: ImportedAnnotations }[] = [];
  const problems: string[] = [];
  for (const arg of opts.annotations) {
    const entry = readerFor(arg.path);
    if (!entry) {
      problems.push(
        `${arg.path}: unsupported annotation file type (supported: ${READERS.map((r) => r.format).join("; ")})`,
      );
      continue;
    }
    log(`reading annotations ${arg.path} (${entry.format})…`);
    const referenceImages = img.value.kind === "volume" ? img.value.referenceImages : undefined;
    const r = await entry.make({
      labels: arg.labels,
      grid: img.value.grid,
      referenceImages,
      image: arg.sourceImage,
      annotator: arg.sourceRater,
    })(arg.path);
    if (!r.ok) {
      problems.push(formatIssues(r.issues));
      continue;
    }
    const limits = vertexLimitIssues(r.value, arg.path);
    if (limits.length) {
      problems.push(formatIssues(limits));
      continue;
    }
    let value = r.value;
    if (arg.hierarchy) {
      const text = readText(arg.hierarchy);
      const links = text.ok ? parseHierarchy(text.value, arg.hierarchy) : text;
      const h = links.ok ? applyHierarchy(value, links.value, arg.hierarchy) : links;
      if (!h.ok) {
        problems.push(formatIssues(h.issues));
        continue;
      }
      value = h.value;
    }
    imports.push({ arg, value });
  }
  if (problems.length) return fail(problems.join("\n"));
  const quote = (a: string) => (/^[\w./:=,+-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`);
  const command = opts.regenerate ?? `npm run case:import -- ${argv.map(quote).join(" ")}`;
  const built = buildCase(opts, img.value, highRes, imports, command, log);
  if (!built.ok) return fail(built.errors.join("\n"));
  const { files, manifest } = built.value;
  if (opts.licenseFile) {
    const lic = readBytes(opts.licenseFile);
    if (!lic.ok) return fail(formatIssues(lic.issues));
    files.set(`content/cases/${opts.id}/LICENSE`, lic.value);
  } else
    files.set(`content/cases/${opts.id}/LICENSE`, new TextEncoder().encode(licenseText(manifest)));
  let out;
  try {
    out = writeCaseFiles(opts.root, `content/cases/${opts.id}`, files, opts.force);
  } catch (e) {
    if (!(e instanceof CommitError)) throw e;
    return fail(`cannot write case "${opts.id}": ${e.message}`);
  }
  if (out.status === "refused") {
    return fail(
      `case "${opts.id}" already exists and would change (${out.changed.length} file(s): ${out.changed.slice(0, 5).join(", ")}${out.changed.length > 5 ? ", …" : ""}); rerun with --force to overwrite`,
      2,
    );
  }
  const vocabulary = updateVocabulary(opts.root, `content/cases/${opts.id}`, manifest);
  if (vocabulary === "invalid")
    log(
      `content/cases/${opts.id}/vocabulary.json: not valid, left unchanged (npm run content:check)`,
    );
  else if (vocabulary !== "unchanged") log(`vocabulary.json ${vocabulary}`);
  const bytes = [...files.values()].reduce((s, b) => s + b.length, 0);
  log(
    `${out.status}: case "${opts.id}", ${files.size} files (${(bytes / 1e6).toFixed(2)} MB), ${manifest.structures.length} structures, ${manifest.annotationSets.length} annotation set(s)`,
  );
}

main().catch((e: unknown) =>
  fail(
    process.env.CASE_IMPORT_DEBUG
      ? `unexpected error: ${(e as Error).stack ?? String(e)}`
      : `unexpected error: ${e instanceof Error ? e.message : String(e)} (CASE_IMPORT_DEBUG=1 shows where)`,
  ),
);
