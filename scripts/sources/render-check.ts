/**
 * Renders axial / coronal / sagittal planes of a case's image (optionally with one labelmap overlaid)
 * to PNG files, to look at conversions by eye.
 *   npx tsx scripts/sources/render-check.ts CASE_ID [LABELMAP_FILE_NAME] [--window LO,HI] [--out DIR]
 * Writes DIR/<case>[-<labelmap>]-<plane>.png (DIR default .cache/cases-work/check).
 */
import fs from "node:fs";
import path from "node:path";
import { readNifti } from "../../lib/io/nifti";
import { formatIssues } from "../../lib/domain/parse-result";
import { encodePngImage } from "../../lib/io/raster";
import { hexToRgb } from "../../lib/domain/colour";
import { percentileWindow, renderPlane, type Plane } from "../build-time/render-plane";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const outDir = flag("--out") ?? ".cache/cases-work/check";
const win = flag("--window")?.split(",").map(Number) as [number, number] | undefined;
const [id, labelmap] = args;
const load = (p: string) => {
  const r = readNifti(new Uint8Array(fs.readFileSync(p)), p);
  if (!r.ok) throw new Error(formatIssues(r.issues));
  return r.value;
};
const img = load(`public/cases/${id}/image.nii.gz`);
const manifest = JSON.parse(fs.readFileSync(`content/cases/${id}/case.json`, "utf8")) as {
  structures: { id: string; color: string }[];
  annotationSets: string[];
};
let overlay: Parameters<typeof renderPlane>[2]["overlay"];
if (labelmap) {
  const lm = load(`public/cases/${id}/${labelmap}`);
  const colors = new Map<number, [number, number, number]>();
  const colorOf = new Map(manifest.structures.map((s) => [s.id, s.color]));
  for (const f of manifest.annotationSets) {
    const set = JSON.parse(fs.readFileSync(`content/cases/${id}/${f}`, "utf8")) as {
      annotations: { type: string; labelmap?: string; label?: number; structure: string }[];
    };
    for (const a of set.annotations)
      if (a.type === "segmentation" && a.labelmap?.endsWith(`/${labelmap}`))
        colors.set(a.label!, hexToRgb(colorOf.get(a.structure) ?? "#ff0000"));
  }
  overlay = { data: lm.data, colors, alpha: 0.5 };
}
fs.mkdirSync(outDir, { recursive: true });
const window = win ?? percentileWindow(img.data, 1, 99.5, img.data[0]);
for (const plane of ["axial", "coronal", "sagittal"] as Plane[]) {
  const r = renderPlane(img, plane, { window, overlay });
  const file = path.join(
    outDir,
    `${id}${labelmap ? `-${labelmap.replace(/\.nii\.gz$/, "")}` : ""}-${plane}.png`,
  );
  fs.writeFileSync(file, encodePngImage(r.width, r.height, r.rgb, 3));
  console.log(file);
}
