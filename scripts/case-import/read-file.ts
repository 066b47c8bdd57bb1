/** File reading that reports problems as issues (file + reason) instead of throwing. */
import fs from "node:fs";
import type { ParseResult } from "../../lib/domain/parse-result";
import { formatBytes, MAX_FILE_BYTES } from "../../lib/io/limits";

/**
 * The bytes of `file`, or an issue saying why it cannot be read (missing, a folder, no permission,
 * larger than {@link MAX_FILE_BYTES}: checked with `stat` before reading).
 */
export function readBytes(file: string): ParseResult<Uint8Array> {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory())
      return { ok: false, issues: [{ file, field: "", message: "is a folder, expected a file" }] };
    if (st.size > MAX_FILE_BYTES)
      return {
        ok: false,
        issues: [
          {
            file,
            field: "",
            message: `is ${formatBytes(st.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for one input file (MAX_FILE_BYTES in lib/io/limits.ts)`,
          },
        ],
      };
    return { ok: true, value: new Uint8Array(fs.readFileSync(file)) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === "ENOENT"
        ? "file not found"
        : err.code === "EACCES"
          ? "permission denied"
          : err.message;
    return { ok: false, issues: [{ file, field: "", message: `cannot read: ${why}` }] };
  }
}

/** UTF-8 text of `file`, or an issue. */
export function readText(file: string): ParseResult<string> {
  const b = readBytes(file);
  return b.ok ? { ok: true, value: new TextDecoder().decode(b.value) } : b;
}
