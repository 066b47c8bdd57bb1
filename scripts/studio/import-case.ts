/**
 * "New case" of the studio: the uploaded files go through exactly what `npm run case:import` does
 * (runCaseImport, one code path) plus the privacy gate of `npm run privacy:check`, twice:
 * 1. the dropped files are staged (size limits first, uploads.ts) and scanned — a DICOM whose
 *    header names a patient is refused naming the tag (PNG/JPEG metadata is not refused here: the
 *    import strips it, and step 3 checks the result);
 * 2. the import writes the case into a staging root (`--root`), never into the repository;
 * 3. the privacy gate scans the staged case; only when it passes are all its files moved into the
 *    repository at once (commitFiles: all or nothing). Any failure writes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { runCaseImport } from "../case-import/run";
import { commitFiles, CommitError } from "../case-import/commit-files";
import { runPrivacyGate } from "../privacy-gate/run";
import { fieldOfMessage, importArgs } from "./import-args";
import { stageUploads } from "./uploads";

export interface FieldError {
  /** Form field the message is about ("" for the form as a whole). */
  field: string;
  message: string;
}

export type ImportResult =
  { ok: true; id: string; message: string } | { ok: false; errors: FieldError[] };

/**
 * The CLI's message lines as form errors: a line about a flag goes to that field, a line naming
 * an uploaded file to its file field (`files`: shown name → field).
 */
const asErrors = (text: string, files: Map<string, string>): FieldError[] =>
  text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("usage:") && !l.startsWith("  "))
    .map((message) => {
      const named = [...files].find(([name]) => message.startsWith(`${name}:`));
      return { field: named ? named[1] : fieldOfMessage(message), message };
    });

/** Every file under `dir` as repo-relative path (prefixed by `rel`) → bytes. */
function filesUnder(dir: string, rel: string, out: Map<string, Uint8Array>): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(abs, `${rel}/${e.name}`, out);
    else out.set(`${rel}/${e.name}`, new Uint8Array(fs.readFileSync(abs)));
  }
}

/** The privacy findings of `dirs` under `root` as form errors; names are shown without staging paths. */
function privacyErrors(
  root: string,
  dirs: string[],
  skipImageMeta: boolean,
  repo: string,
): FieldError[] {
  const { findings } = runPrivacyGate(root, dirs, [repo]);
  return findings
    .filter((f) => !(skipImageMeta && /\.(png|jpe?g)$/i.test(f.file)))
    .map((f) => {
      const m = /^in\/(image|annotations)\/(.*)$/.exec(f.file);
      const file = m ? m[2] : f.file;
      return {
        field: m ? m[1] : "",
        message: `${file}: ${f.where}: ${f.message} (privacy gate: nothing was saved)`,
      };
    });
}

/** Runs the whole "New case" flow for a submitted form; see the file comment. */
export async function importCaseFromForm(root: string, form: FormData): Promise<ImportResult> {
  const text: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") text[k] = v;
  const id = text.id?.trim() ?? "";
  if (id && fs.existsSync(path.join(root, "content/cases", id)))
    return { ok: false, errors: [{ field: "id", message: `--id: case "${id}" already exists` }] };
  const staged = await stageUploads(root, form, ["image", "annotations"]);
  if (!staged.ok) return { ok: false, errors: [{ field: "", message: staged.error }] };
  const { dir, files } = staged.value;
  try {
    const images = files.get("image") ?? [];
    if (!images.length)
      return { ok: false, errors: [{ field: "image", message: "--image: no image file dropped" }] };
    const inputProblems = privacyErrors(dir, ["in"], true, root);
    if (inputProblems.length) return { ok: false, errors: inputProblems };
    const annotation = files.get("annotations")?.[0];
    let labels: string | undefined;
    if (annotation && text["structure-name"]?.trim()) {
      labels = path.join(dir, "in", "labels.txt");
      fs.writeFileSync(labels, `1\t${text["structure-name"].trim()}\n`);
    }
    const outRoot = path.join(dir, "out");
    fs.mkdirSync(outRoot);
    const names = [...images, ...(annotation ? [annotation] : [])].map((f) => path.basename(f));
    const argv = importArgs({
      text,
      image: images.length > 1 ? path.dirname(images[0]) : images[0],
      annotation: annotation ? { path: annotation, labels } : undefined,
      root: outRoot,
      regenerate: `imported in the studio (npm run studio) from ${names.join(", ")}`,
      pixelsReviewed: text["pixels-reviewed"] === "on",
    });
    const log: string[] = [];
    const out = await runCaseImport(argv, (m) => log.push(m));
    const shown = (s: string) =>
      s.split(`${dir}/in/image/`).join("").split(`${dir}/in/annotations/`).join("");
    const fields = new Map([
      ...images.map((f) => [path.basename(f), "image"] as const),
      ...(annotation ? [[path.basename(annotation), "annotations"] as const] : []),
    ]);
    if (out.code !== 0) return { ok: false, errors: asErrors(shown(out.message), fields) };
    const outputProblems = privacyErrors(outRoot, ["content", "public"], false, root);
    if (outputProblems.length) return { ok: false, errors: outputProblems };
    const writes = new Map<string, Uint8Array>();
    filesUnder(path.join(outRoot, "content"), "content", writes);
    filesUnder(path.join(outRoot, "public"), "public", writes);
    try {
      commitFiles(root, writes, []);
    } catch (e) {
      if (!(e instanceof CommitError)) throw e;
      return {
        ok: false,
        errors: [{ field: "", message: `cannot write case "${id}": ${e.message}` }],
      };
    }
    return { ok: true, id: out.id ?? id, message: out.message };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
