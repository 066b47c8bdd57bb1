/**
 * COCO JSON (2D) → ImportedAnnotations for one image (and, in multi-rater files, one rater).
 *
 * Coordinates: COCO x, y are continuous pixel coordinates with (0, 0) at the top-left corner of the
 * top-left pixel, so pixel centre index = coordinate − 0.5; world mm = the reference grid's
 * position of that index (without a grid: 1 mm per pixel, origin 0, the case-import raster rule).
 * - bbox [x, y, w, h] → box [min, max) with min = world(x − 0.5, y − 0.5), max = world(x + w − 0.5,
 *   y + h − 0.5), z min = max = slice 0.
 * - polygon segmentation → one polygon per ring (slice 0); RLE and compressed RLE → masks, one
 *   instance label each (mode "instance"), overlapping instances in separate layers.
 * - keypoints (x, y, v): v = 2 visible, v = 1 labelled but not visible (label "(not visible)"),
 *   v = 0 not labelled (not imported, counted in notes). Landmark label = keypoint name.
 * Image choice: the only image, else `ctx.image` (file name or id). Rater choice: annotations with
 * `attributes.annotator` from several raters need `ctx.annotator`; otherwise a clear error.
 */
import type { GridSpec } from "../../domain/model";
import type { ParseResult } from "../../domain/parse-result";
import { parseJsonWith } from "../../domain/parse-result";
import type { ImportContext } from "../context";
import { indexToWorld, type Vec3 } from "../../domain/geometry/grid";
import { importFail } from "../issues";
import { indicesOf, packSegments, type SegmentMask } from "../layers";
import { emptyImportedAnnotations, type ImportedAnnotations } from "../types";
import { voxelLimitProblem } from "../../io/limits";
import { polygonVertexProblem } from "../vertex-limits";
import { decodeRleString, rleToMask } from "./rle";
import { cocoSchema } from "./schema";

const base = (f: string) => f.replace(/^.*[\\/]/, "");

/** Parses COCO JSON text. `file` names every issue. */
export function parseCoco(
  text: string,
  file: string,
  ctx: ImportContext = {},
): ParseResult<ImportedAnnotations> {
  const parsed = parseJsonWith(cocoSchema, text, file);
  if (!parsed.ok) return parsed;
  const coco = parsed.value;
  const images = coco.images;
  const image =
    images.length === 1 && !ctx.image
      ? images[0]
      : images.find(
          (im) =>
            ctx.image !== undefined &&
            (base(im.file_name) === base(ctx.image) || String(im.id) === ctx.image),
        );
  if (!image)
    return importFail(
      file,
      `${ctx.image ? `image '${ctx.image}' is not in the file` : `the file has ${images.length} images`}; choose one of: ${images.map((i) => i.file_name).join(", ")}`,
      "images",
    );
  let anns = coco.annotations.filter((a) => String(a.image_id) === String(image.id));
  const raters = [
    ...new Set(
      anns.map((a) => a.attributes?.annotator).filter((r): r is string => typeof r === "string"),
    ),
  ];
  if (ctx.annotator) {
    anns = anns.filter((a) => a.attributes?.annotator === ctx.annotator);
    if (!anns.length)
      return importFail(
        file,
        `no annotation of rater '${ctx.annotator}' on ${image.file_name}; raters: ${raters.join(", ")}`,
        "annotations",
      );
  } else if (raters.length > 1)
    return importFail(
      file,
      `annotations of ${raters.length} raters on ${image.file_name} (${raters.join(", ")}): choose one rater`,
      "annotations",
    );

  const tooLarge = voxelLimitProblem([image.width, image.height]);
  if (!ctx.referenceGrid && tooLarge) return importFail(file, tooLarge, "images");
  const grid: GridSpec = ctx.referenceGrid ?? {
    dims: [image.width, image.height, 1],
    spacing: [1, 1, 1],
    origin: [0, 0, 0],
    direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  };
  if (grid.dims[0] !== image.width || grid.dims[1] !== image.height || grid.dims[2] !== 1)
    return importFail(
      file,
      `${image.file_name} is ${image.width}×${image.height} but the reference grid is ${grid.dims.join("×")}`,
      "images",
    );
  const world = (x: number, y: number): Vec3 => indexToWorld(grid, [x - 0.5, y - 0.5, 0]);

  const out = emptyImportedAnnotations(file);
  const cats = new Map(coco.categories.map((c) => [String(c.id), c]));
  const masks: SegmentMask[] = [];
  let hiddenKeypoints = 0;
  for (const a of anns) {
    const cat = cats.get(String(a.category_id));
    if (!cat)
      return importFail(
        file,
        `annotation ${a.id} has unknown category ${a.category_id}`,
        "annotations",
      );
    if (!out.structures.some((s) => s.name === cat.name))
      out.structures.push({
        name: cat.name,
        ...(cat.color && /^#[0-9a-f]{6}$/i.test(cat.color) ? { color: cat.color } : {}),
      });
    if (a.bbox) {
      const [x, y, w, h] = a.bbox;
      out.boxes.push({ structure: cat.name, min: world(x, y), max: world(x + w, y + h) });
    }
    const seg = a.segmentation;
    if (Array.isArray(seg)) {
      for (const ring of seg) {
        if (ring.length < 6 || ring.length % 2)
          return importFail(
            file,
            `annotation ${a.id}: a polygon needs ≥ 3 x,y pairs (got ${ring.length} numbers)`,
            "segmentation",
          );
        const tooMany = polygonVertexProblem(ring.length / 2);
        if (tooMany) return importFail(file, `annotation ${a.id}: ${tooMany}`, "segmentation");
        const pts: Vec3[] = [];
        for (let i = 0; i < ring.length; i += 2) pts.push(world(ring[i], ring[i + 1]));
        out.polygons.push({ structure: cat.name, points: pts, slice: 0 });
      }
    } else if (seg) {
      const [h, w] = seg.size;
      if (h !== image.height || w !== image.width)
        return importFail(
          file,
          `annotation ${a.id}: RLE size ${h}×${w} differs from the image ${image.height}×${image.width}`,
          "segmentation.size",
        );
      const counts = typeof seg.counts === "string" ? decodeRleString(seg.counts) : seg.counts;
      if (typeof counts === "string")
        return importFail(file, `annotation ${a.id}: ${counts}`, "segmentation.counts");
      const mask = rleToMask(counts, h, w);
      if (typeof mask === "string")
        return importFail(file, `annotation ${a.id}: ${mask}`, "segmentation.counts");
      masks.push({ structure: cat.name, voxels: indicesOf(mask) });
    }
    const kp = a.keypoints ?? [];
    for (let i = 0; i + 2 < kp.length; i += 3) {
      const [x, y, v] = [kp[i], kp[i + 1], kp[i + 2]];
      const name = cat.keypoints?.[i / 3] ?? `keypoint ${i / 3 + 1}`;
      if (v === 0) {
        hiddenKeypoints++;
        continue;
      }
      out.landmarks.push({
        structure: cat.name,
        point: world(x, y),
        label: v === 1 ? `${name} (not visible)` : name,
      });
    }
  }
  if (masks.length) out.labelmaps = packSegments(grid, masks, "coco", "instance");
  const rater = ctx.annotator ?? raters[0];
  if (rater)
    out.annotator = {
      name: rater,
      kind: "illustrative",
      role: "rater named in the COCO file; role and credentials not stated",
    };
  out.notes = [
    `COCO: image ${image.file_name}, ${anns.length} annotation(s): ${out.boxes.length} boxes, ${out.polygons.length} polygons, ${masks.length} RLE masks, ${out.landmarks.length} keypoints`,
    ...(hiddenKeypoints
      ? [`${hiddenKeypoints} keypoints with visibility 0 (not labelled) were not imported`]
      : []),
  ];
  return { ok: true, value: out };
}
