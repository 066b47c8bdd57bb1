/** Every browser file a case refers to, with where it is named (for "file does not exist" errors). */
import path from "node:path";
import type { LoadedCase } from "./case-store";

export interface FileRef {
  /** Site path under public/, starting with `/`. */
  path: string;
  /** Repository-relative file that names it. */
  file: string;
  field: string;
}

/** Image, high-resolution image, thumbnail and labelmap files of one case. */
export function referencedPublicFiles(c: LoadedCase): FileRef[] {
  const m = c.manifest;
  const caseFile = path.join("content", "cases", m.id, "case.json");
  const refs: FileRef[] = [];
  const img = m.image;
  if (img.kind === "nifti" || img.kind === "raster")
    refs.push({ path: img.file, file: caseFile, field: "image.file" });
  if (img.kind === "nifti" && img.highResFile)
    refs.push({ path: img.highResFile, file: caseFile, field: "image.highResFile" });
  if (img.kind === "dicom-series")
    img.files.forEach((f, i) => refs.push({ path: f, file: caseFile, field: `image.files.${i}` }));
  if (m.thumbnail) refs.push({ path: m.thumbnail, file: caseFile, field: "thumbnail" });
  c.annotationSets.forEach((set, si) => {
    const setFile = path.join(
      "content",
      "cases",
      m.id,
      m.annotationSets[si] ?? `annotations/${set.id}.json`,
    );
    set.annotations.forEach((a, ai) => {
      if (a.type === "segmentation")
        refs.push({ path: a.labelmap, file: setFile, field: `annotations.${ai}.labelmap` });
    });
  });
  return refs;
}
