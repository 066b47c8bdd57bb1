/**
 * The whole of `npm run case:import` as one callable function: the CLI (scripts/case-import.ts) and
 * the studio (lib/studio/) both call {@link runCaseImport} with the same argument list, so both take
 * the same code path and print the same messages. Never exits the process and never throws for bad
 * input: the outcome carries the exit code the CLI uses and the message lines it prints.
 */
import { formatIssues } from "../../lib/domain/parse-result";
import type { ImportedAnnotations } from "../../lib/importers/types";
import { vertexLimitIssues } from "../../lib/importers/vertex-limits";
import { applyHierarchy, parseHierarchy } from "../../lib/importers/hierarchy";
import { parseArgs, USAGE, type AnnotationArg } from "./args";
import { buildCase } from "./build-case";
import { readImage, type LoadedImage } from "./image-input";
import { readBytes, readText } from "./read-file";
import { readerFor, READERS } from "./readers";
import { licenseText } from "./source-md";
import { writeCaseFiles } from "./write-files";
import { CommitError } from "./commit-files";
import { updateVocabulary } from "./vocabulary-file";

/** 0 written or unchanged; 1 bad input (message names the file and the problem); 2 exists and differs. */
export interface ImportOutcome {
  code: 0 | 1 | 2;
  /** The error text (code 1 or 2) or the summary line (code 0). */
  message: string;
  /** The case id, when the arguments parsed. */
  id?: string;
}

type Imported = { arg: AnnotationArg; value: ImportedAnnotations };

/** Reads every `--annotations` file; the problems are one formatted block per failing file. */
async function readAnnotations(
  args: AnnotationArg[],
  img: LoadedImage,
  log: (msg: string) => void,
): Promise<{ imports: Imported[]; problems: string[] }> {
  const imports: Imported[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    const entry = readerFor(arg.path);
    if (!entry) {
      problems.push(
        `${arg.path}: unsupported annotation file type (supported: ${READERS.map((r) => r.format).join("; ")})`,
      );
      continue;
    }
    log(`reading annotations ${arg.path} (${entry.format})…`);
    const referenceImages = img.kind === "volume" ? img.referenceImages : undefined;
    const r = await entry.make({
      labels: arg.labels,
      grid: img.grid,
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
  return { imports, problems };
}

/**
 * Runs the import for the CLI argument list `argv` (without `--help`). `log` receives progress lines.
 * Writing is atomic (write-files.ts): on any failure nothing under content/ or public/ changes.
 */
export async function runCaseImport(
  argv: string[],
  log: (msg: string) => void,
): Promise<ImportOutcome> {
  const fail = (message: string, code: 1 | 2 = 1): ImportOutcome => ({ code, message });
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
  const { imports, problems } = await readAnnotations(opts.annotations, img.value, log);
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
  const message = `${out.status}: case "${opts.id}", ${files.size} files (${(bytes / 1e6).toFixed(2)} MB), ${manifest.structures.length} structures, ${manifest.annotationSets.length} annotation set(s)`;
  return { code: 0, message, id: opts.id };
}
