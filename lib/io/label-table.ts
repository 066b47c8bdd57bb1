/**
 * Label-name tables that accompany labelmaps: which integer label value stands for which structure.
 *
 * Accepted line formats (one label per line; blank lines and lines starting with `#` are ignored):
 * - mricron / plain: `value name [anything else]`, whitespace separated, name without spaces
 *   (`1 Precentral_L 2001`);
 * - tab separated: `value<TAB>name[<TAB>…]`, the name may contain spaces;
 * - FreeSurfer colour LUT: `value name R G B A` (0–255), the colour is kept;
 * - ITK-SNAP label description: `value R G B A VIS MESH "name"`, the colour is kept.
 * Label 0 is background: it is skipped whatever its name ("Unclassified", "Clear Label"…).
 */
import type { ContentIssue, ParseResult } from "../domain/parse-result";
import { rgbToHex } from "../domain/colour";

export interface LabelEntry {
  /** Integer label value (> 0) as stored in the labelmap voxels. */
  value: number;
  name: string;
  /** `#rrggbb` when the table gives a colour. */
  color?: string;
}

const INT = /^-?\d+$/;

function byte(s: string): number | undefined {
  if (!INT.test(s)) return undefined;
  const n = Number(s);
  return n >= 0 && n <= 255 ? n : undefined;
}

function parseLine(line: string): { value: string; name: string; color?: string } | string {
  const itk = line.trim().match(/^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+\S+\s+\S+\s+\S+\s+"(.*)"\s*$/);
  if (itk) {
    const [r, g, b] = [byte(itk[2]), byte(itk[3]), byte(itk[4])];
    if (r === undefined || g === undefined || b === undefined)
      return "colour components must be integers 0–255";
    return { value: itk[1], name: itk[5].trim(), color: rgbToHex(r, g, b) };
  }
  if (line.includes("\t")) {
    const cols = line.split("\t").map((c) => c.trim());
    return { value: cols[0], name: cols[1] ?? "" };
  }
  const tok = line.trim().split(/\s+/);
  if (tok.length === 6 && tok.slice(2).every((t) => byte(t) !== undefined)) {
    return {
      value: tok[0],
      name: tok[1],
      color: rgbToHex(byte(tok[2])!, byte(tok[3])!, byte(tok[4])!),
    };
  }
  return { value: tok[0], name: tok[1] ?? "" };
}

/**
 * Parses a label-name table. Never throws: problems (non-integer value, missing name, duplicate
 * value, empty table) are returned as issues naming `file`, the line number and the reason.
 */
export function parseLabelTable(text: string, file: string): ParseResult<LabelEntry[]> {
  const issues: ContentIssue[] = [];
  const out: LabelEntry[] = [];
  const seen = new Map<number, number>();
  text.split(/\r?\n/).forEach((raw, idx) => {
    const line = raw.replace(/^\uFEFF/, "");
    if (!line.trim() || line.trim().startsWith("#")) return;
    const field = `line ${idx + 1}`;
    const p = parseLine(line);
    if (typeof p === "string") return void issues.push({ file, field, message: p });
    if (!INT.test(p.value))
      return void issues.push({
        file,
        field,
        message: `label value "${p.value}" is not an integer`,
      });
    const value = Number(p.value);
    if (value < 0)
      return void issues.push({ file, field, message: `label value ${value} is negative` });
    if (value === 0) return;
    if (!p.name) return void issues.push({ file, field, message: `label ${value} has no name` });
    const prev = seen.get(value);
    if (prev !== undefined)
      return void issues.push({
        file,
        field,
        message: `label ${value} already defined on line ${prev}`,
      });
    seen.set(value, idx + 1);
    out.push(p.color ? { value, name: p.name, color: p.color } : { value, name: p.name });
  });
  if (!issues.length && !out.length)
    issues.push({ file, field: "", message: "no labels found (expected lines like `1 Name`)" });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

/**
 * Parses a binary ImageJ/mricron colour table (`.lut`, exactly 768 bytes: 256 red, then 256 green,
 * then 256 blue values). Returns 256 `#rrggbb` colours indexed by label value, or an issue.
 */
export function parseBinaryLut(bytes: Uint8Array, file: string): ParseResult<string[]> {
  if (bytes.length !== 768) {
    return {
      ok: false,
      issues: [
        { file, field: "", message: `expected a 768-byte binary LUT, got ${bytes.length} bytes` },
      ],
    };
  }
  const colors = Array.from({ length: 256 }, (_, i) =>
    rgbToHex(bytes[i], bytes[256 + i], bytes[512 + i]),
  );
  return { ok: true, value: colors };
}
