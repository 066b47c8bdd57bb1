/**
 * Node-only: read a NIfTI file from disk with one readable error message (for CLIs and scripts).
 * Not exported from lib/io/index.ts, so browser bundles never pull in `node:fs`.
 */
import fs from "node:fs";
import { formatIssues } from "../domain/parse-result";
import { formatBytes, MAX_FILE_BYTES } from "./limits";
import { readNifti, type NiftiVolume } from "./nifti";

export type FileResult = { ok: true; volume: NiftiVolume } | { ok: false; error: string };

export function readNiftiFile(file: string): FileResult {
  let bytes: Uint8Array;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, error: `${file}: is a directory, not a NIfTI file` };
    if (st.size > MAX_FILE_BYTES)
      return {
        ok: false,
        error: `${file}: is ${formatBytes(st.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for one input file`,
      };
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES"
          ? "permission denied"
          : (e as Error).message;
    return { ok: false, error: `${file}: cannot read (${why})` };
  }
  const r = readNifti(bytes, file);
  if (!r.ok) return { ok: false, error: `${formatIssues(r.issues)}` };
  return { ok: true, volume: r.value };
}
