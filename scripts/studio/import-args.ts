/**
 * The studio's "New case" form as the argument list of `npm run case:import` (the form fields are
 * named after the CLI flags, so the CLI's messages — "--license: required …" — point at the field).
 * Pure: no file access.
 */

/** Text fields of the form, each the CLI flag without its dashes. */
export const CASE_FIELDS = [
  "id",
  "title",
  "modality",
  "region",
  "description",
  "license",
  "license-url",
  "attribution",
  "source",
  "source-url",
  "citation",
  "derivation",
  "deidentification",
  "pixel-spacing",
] as const;

/** Per-annotation-file fields (apply to the annotation file of the form). */
export const SET_FIELDS = [
  "set-id",
  "annotator-name",
  "annotator-kind",
  "annotator-role",
  "annotator-citation",
  "annotator-method",
  "set-description",
] as const;

export interface ImportFormInput {
  /** Field name → trimmed text value (empty fields are left out of the arguments). */
  text: Record<string, string>;
  /** The staged image: one file, or the folder of a DICOM series. */
  image: string;
  /** Staged annotation file, with its label table file when the form named the structure. */
  annotation?: { path: string; labels?: string };
  /** Repository root the case is written under. */
  root: string;
  /** What SOURCE.md gives as the way to regenerate the case. */
  regenerate: string;
  pixelsReviewed: boolean;
}

/** The `case:import` arguments for the form input. */
export function importArgs(f: ImportFormInput): string[] {
  const argv = ["--image", f.image, "--root", f.root, "--regenerate", f.regenerate];
  const put = (name: string) => {
    const v = f.text[name]?.trim();
    if (v) argv.push(`--${name}`, v);
  };
  CASE_FIELDS.forEach(put);
  if (f.pixelsReviewed) argv.push("--pixels-reviewed");
  if (f.annotation) {
    argv.push("--annotations", f.annotation.path);
    if (f.annotation.labels) argv.push("--labels", f.annotation.labels);
    SET_FIELDS.forEach(put);
  }
  return argv;
}

/** The form field a CLI message is about (`--license-url: …` → `license-url`), or "" for the form. */
export function fieldOfMessage(line: string): string {
  const m = /^--([a-z-]+)\b/.exec(line) ?? /\s--([a-z-]+)\b/.exec(line);
  return m ? m[1] : "";
}
