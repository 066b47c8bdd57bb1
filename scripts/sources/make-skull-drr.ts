/**
 * Computes the skull DRRs (lateral and frontal parallel-beam ray sums) from the head-CT NIfTI and
 * projects the CT landmarks onto them:
 *   npx tsx scripts/sources/make-skull-drr.ts CT.nii.gz CT_LANDMARKS.annotations.json OUT_DIR
 * Writes OUT_DIR/drr-{lateral,frontal}.png and drr-{lateral,frontal}-landmarks.annotations.json
 * (raster world mm: pixel (col, row) centre at (col·p, row·p, 0), p = in-plane CT spacing).
 */
import fs from "node:fs";
import path from "node:path";
import { formatIssues } from "../../lib/domain/parse-result";
import { readNifti } from "../../lib/io/nifti";
import { raySum, projectIndex, type Axis } from "../build-time/drr";
import { drrPixelOf, renderDrr } from "../build-time/drr-image";
import { worldToIndex } from "../../lib/domain/geometry/grid";
import { encodePngImage } from "../../lib/io/raster";

const [ctFile, landmarksFile, out] = process.argv.slice(2);
if (!ctFile || !landmarksFile || !out) {
  console.error("usage: make-skull-drr.ts CT.nii.gz CT_LANDMARKS.annotations.json OUT_DIR");
  process.exit(1);
}
const ct = readNifti(new Uint8Array(fs.readFileSync(ctFile)), ctFile);
if (!ct.ok) {
  console.error(formatIssues(ct.issues));
  process.exit(1);
}
const vol = ct.value;
const lm = JSON.parse(fs.readFileSync(landmarksFile, "utf8")) as {
  structures: { name: string; color?: string }[];
  landmarks: { structure: string; point: [number, number, number]; label?: string }[];
};
const px = vol.grid.spacing[0];
const OMIT_NOTE =
  " Glabella and opisthocranion are left out: they are the most anterior and most posterior points of the skull, which a front-to-back projection cannot show.";
/** Display gamma: soft tissue darker, bone stands out (a display choice, stated in the case). */
const GAMMA = 2;
// Lateral: rays along i (left–right); image columns = j (face on the right), rows = k flipped
// (superior at the top). Frontal: rays along j (antero-posterior); columns = i (patient left on
// the image right, as when facing the patient), rows = k flipped.
// `omit`: names of landmarks a view cannot place. Glabella and opisthocranion are the most anterior
// and most posterior points of the skull: a front-to-back projection sums that axis away, so on the
// frontal view they would land on the mid-face where nothing marks them.
const views: { name: string; axis: Axis; title: string; omit: string[] }[] = [
  { name: "lateral", axis: 0, title: "lateral", omit: [] },
  { name: "frontal", axis: 1, title: "frontal", omit: ["Glabella", "Opisthocranion"] },
];
fs.mkdirSync(out, { recursive: true });
for (const v of views) {
  const rs = raySum(vol, v.axis);
  const display = {
    pixelMm: px,
    spacingUV: [vol.grid.spacing[rs.axes[0]], vol.grid.spacing[rs.axes[1]]] as [number, number],
    flipU: false,
    flipV: true,
  };
  const img = renderDrr(rs, display, 99.8, GAMMA);
  fs.writeFileSync(
    path.join(out, `drr-${v.name}.png`),
    encodePngImage(img.width, img.height, img.gray, 1),
  );
  const kept = lm.landmarks.filter((l) => !v.omit.includes(l.structure));
  const landmarks = kept.map((l) => {
    const [u, w] = projectIndex(worldToIndex(vol.grid, l.point), v.axis);
    const [col, row] = drrPixelOf(rs, display, u, w);
    return { ...l, point: [Math.round(col * px * 100) / 100, Math.round(row * px * 100) / 100, 0] };
  });
  const ann = {
    annotator: {
      name: "Illustrative landmarks (AI assistant, projected from the CT)",
      kind: "illustrative",
      role: "CT landmarks placed by the AI coding assistant that built these cases, projected onto the DRR; not placed by a clinician",
      method: `Each head-CT landmark (world mm) was converted to a CT voxel index and projected along the ray direction (${v.title} view: ${v.axis === 0 ? "left–right" : "antero-posterior"}), exactly as the DRR pixels were formed; nothing was placed on the DRR by eye.${v.omit.length ? OMIT_NOTE : ""}`,
    },
    structures: lm.structures.filter((s) => !v.omit.includes(s.name)),
    landmarks,
  };
  fs.writeFileSync(
    path.join(out, `drr-${v.name}-landmarks.annotations.json`),
    JSON.stringify(ann, null, 2) + "\n",
  );
  console.log(
    `drr-${v.name}: ${img.width}×${img.height} px of ${px.toFixed(4)} mm, white at ray sum ${img.whiteAt.toFixed(1)} mm water`,
  );
}
