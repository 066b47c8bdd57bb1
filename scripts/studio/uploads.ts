/**
 * Stages the files of a studio upload: every file is checked against the size limits first, then
 * written under `ROOT/.case-import-studio-XXXXXX/in/<field>/<name>` (same file system as content/,
 * ignored by git; removed by the caller). Names are reduced to their last path part and to safe
 * characters, so an upload can never write outside its staging folder.
 */
import fs from "node:fs";
import path from "node:path";
import { MAX_FILE_BYTES, MAX_FILES, mb } from "./guard";

export interface StagedUpload {
  /** The staging folder (remove it when done). */
  dir: string;
  /** Field name → absolute paths of its files, in upload order. */
  files: Map<string, string[]>;
}

/** A safe file name: last path part, only letters, digits, `._-`; never empty or a dot name. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[^\w.-]/g, "_").replace(/^\.+/, "");
  return clean || "file";
}

/**
 * Checks then stages the files of `fields` in `form`. Returns the one-line problem (naming the
 * file and the limit) without writing anything when a check fails.
 */
export async function stageUploads(
  root: string,
  form: FormData,
  fields: readonly string[],
): Promise<{ ok: true; value: StagedUpload } | { ok: false; error: string }> {
  const all: { field: string; file: File }[] = [];
  for (const field of fields)
    for (const v of form.getAll(field))
      if (v instanceof File && v.size > 0) all.push({ field, file: v });
  if (all.length > MAX_FILES)
    return {
      ok: false,
      error: `${all.length} files refused: the limit is ${MAX_FILES} files per upload`,
    };
  const big = all.find((f) => f.file.size > MAX_FILE_BYTES);
  if (big)
    return {
      ok: false,
      error: `${big.file.name}: ${mb(big.file.size)} refused: the limit is ${mb(MAX_FILE_BYTES)} per file`,
    };
  const dir = fs.mkdtempSync(path.join(root, ".case-import-studio-"));
  const files = new Map<string, string[]>();
  for (const { field, file } of all) {
    const folder = path.join(dir, "in", field);
    fs.mkdirSync(folder, { recursive: true });
    let name = safeName(file.name);
    while (fs.existsSync(path.join(folder, name))) name = `_${name}`;
    const abs = path.join(folder, name);
    fs.writeFileSync(abs, new Uint8Array(await file.arrayBuffer()));
    files.set(field, [...(files.get(field) ?? []), abs]);
  }
  return { ok: true, value: { dir, files } };
}
