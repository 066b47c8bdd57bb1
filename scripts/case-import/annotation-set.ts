/**
 * One annotation set from one imported file: labelmap layers written on the image grid (resampled
 * nearest-neighbour only with --resample-nearest, otherwise refused naming both grids), then
 * polygons (slice = k of their first vertex when not given), boxes and landmarks.
 */
import path from "node:path";
import type { Annotation, GridSpec } from "../../lib/domain/model";
import type { ImportedAnnotations, LabelArray } from "../../lib/importers/types";
import { worldToIndex, type Vec3 } from "../../lib/domain/geometry/grid";
import { describeGrid, gridsMatch } from "../../lib/domain/geometry/grid-compare";
import { resampleNearest } from "../build-time/resample";
import { kebabId } from "../../lib/domain/names/structure-id";
import type { AnnotationArg } from "./args";
import type { BuildContext } from "./build-context";
import { niftiGz } from "./nifti-gz";

/**
 * Why the box [min, max] (world mm) has no point on `grid`, or null when it overlaps the image. The
 * image spans voxel index −0.5 … dims − 0.5 on every axis (voxel edges); a box touching that
 * span counts as inside.
 */
export function boxOutside(grid: GridSpec, min: Vec3, max: Vec3): string | null {
  const a = worldToIndex(grid, min);
  const b = worldToIndex(grid, max);
  const names = ["x (columns)", "y (rows)", "z (slices)"];
  for (let c = 0; c < 3; c++) {
    const lo = Math.min(a[c], b[c]);
    const hi = Math.max(a[c], b[c]);
    if (hi < -0.5 || lo > grid.dims[c] - 0.5)
      return `lies wholly outside the image along ${names[c]}: voxel ${lo.toFixed(1)} to ${hi.toFixed(1)}, the image spans 0 to ${grid.dims[c] - 1}`;
  }
  return null;
}

/** The annotations of `imp` as set `setId`; labelmap files are added to `ctx.files`. */
export function buildAnnotations(
  ctx: BuildContext,
  arg: AnnotationArg,
  imp: ImportedAnnotations,
  setId: string,
  idOf: Map<string, string>,
): Annotation[] {
  const { img } = ctx;
  const sid = (n: string) => idOf.get(n) ?? kebabId(n);
  const file = path.basename(arg.path);
  const annotations: Annotation[] = [];
  imp.labelmaps.forEach((lm, li) => {
    let data: LabelArray = lm.data;
    if (!gridsMatch(lm.grid, img.grid, "import")) {
      if (!arg.resampleNearest) {
        ctx.errors.push(
          `${arg.path}: labelmap grid differs from the image grid\n  labelmap (${arg.path}): ${describeGrid(lm.grid)}\n  image (${img.file}): ${describeGrid(img.grid)}\n  (pass --resample-nearest after this --annotations to resample it with nearest neighbour)`,
        );
        return;
      }
      ctx.log(`resampling ${file} (nearest neighbour) onto the image grid…`);
      const r = resampleNearest({ grid: lm.grid, data }, img.grid);
      data = r.data;
      const lost = r.report.lostLabels.length
        ? `; labels lost: ${r.report.lostLabels.join(", ")}`
        : "";
      ctx.notes.push(
        `${file} was resampled with nearest neighbour from ${describeGrid(lm.grid)} onto the image grid (${describeGrid(img.grid)}); ${r.report.outside} image voxels fell outside it (set to background)${lost}.`,
      );
    } else
      ctx.notes.push(
        `${file} lies on the image grid (checked: dims, spacing, origin and axes equal); copied without resampling.`,
      );
    const present = new Set(data);
    const fileName =
      imp.labelmaps.length === 1
        ? `${setId}.nii.gz`
        : `${setId}-${kebabId(lm.name || String(li + 1), "layer")}.nii.gz`;
    ctx.log(`compressing labelmap ${fileName}…`);
    ctx.files.set(`${ctx.pub}/${fileName}`, niftiGz(img.grid, data, `labels ${setId}`));
    for (const l of lm.labels) {
      if (!present.has(l.value)) {
        ctx.notes.push(
          `${setId}: label ${l.value} (${l.structure}) is empty on the image grid and was left out.`,
        );
        continue;
      }
      annotations.push({
        type: "segmentation",
        structure: sid(l.structure),
        labelmap: `${ctx.site}/${fileName}`,
        label: l.value,
        mode: lm.mode ?? "semantic",
      });
    }
  });
  for (const p of imp.polygons) {
    const slice = p.slice ?? Math.round(worldToIndex(img.grid, p.points[0])[2]);
    annotations.push({
      type: "polygon",
      structure: sid(p.structure),
      slice,
      points: p.points,
      hole: p.hole ?? false,
    });
  }
  imp.boxes.forEach((b, i) => {
    const outside = boxOutside(img.grid, b.min, b.max);
    if (outside) ctx.errors.push(`${arg.path}: box ${i + 1} (${b.structure}) ${outside}`);
    annotations.push({ type: "box", structure: sid(b.structure), min: b.min, max: b.max });
  });
  for (const l of imp.landmarks)
    annotations.push({
      type: "landmark",
      structure: sid(l.structure),
      point: l.point,
      ...(l.label ? { label: l.label } : {}),
    });
  return annotations;
}
