/**
 * SR spatial coordinates → world points (LPS mm).
 *
 * SCOORD (image pixels): DICOM puts (0, 0) at the top-left corner of the top-left pixel (PS3.3
 * C.18.6.1.2), while our voxel positions are pixel centres, so column x and row y map to the centre
 * index (i, j) = (x − 0.5, y − 0.5); world = IPP + i·Δcol·rowDir + j·Δrow·colDir. SCOORD3D points are
 * already world mm. CIRCLE (centre, perimeter point) and ELLIPSE (major-axis ends, minor-axis ends)
 * are turned into 64-vertex polygons.
 */
import type { ImportContext, ReferenceImage } from "../context";
import { indexToWorld, type Vec3 } from "../../domain/geometry/grid";

/** Vertices used to approximate circles and ellipses. */
export const CURVE_VERTICES = 64;

/** A function mapping SCOORD pixel (x, y) to world mm for one referenced image, or an error text. */
export function pixelToWorldFor(
  uid: string,
  ctx: ImportContext,
): ((x: number, y: number) => Vec3) | string {
  const im: ReferenceImage | undefined = (ctx.referenceImages ?? []).find(
    (r) => r.sopInstanceUid === uid,
  );
  if (!im)
    return `references image ${uid}, which is not among the ${ctx.referenceImages?.length ?? 0} reference images`;
  if (im.orientation && im.pixelSpacingMm) {
    const [rs, cs] = im.pixelSpacingMm;
    const o = im.orientation;
    const p = im.positionMm;
    return (x, y) => {
      const i = x - 0.5;
      const j = y - 0.5;
      return [0, 1, 2].map((r) => p[r] + i * cs * o[r] + j * rs * o[3 + r]) as Vec3;
    };
  }
  const grid = ctx.referenceGrid;
  if (grid && im.slice !== undefined)
    return (x, y) => indexToWorld(grid, [x - 0.5, y - 0.5, im.slice!]);
  return `reference image ${uid} has no orientation/pixel spacing and no slice on the reference grid`;
}

/** Points of an ellipse through axis ends a1–a2 (major) and b1–b2 (minor), all in one plane. */
export function ellipsePolygon(a1: Vec3, a2: Vec3, b1: Vec3, b2: Vec3, n = CURVE_VERTICES): Vec3[] {
  const c = [0, 1, 2].map((r) => (a1[r] + a2[r]) / 2);
  const u = [0, 1, 2].map((r) => (a2[r] - a1[r]) / 2);
  const v = [0, 1, 2].map((r) => (b2[r] - b1[r]) / 2);
  const out: Vec3[] = [];
  for (let s = 0; s < n; s++) {
    const t = (2 * Math.PI * s) / n;
    out.push([0, 1, 2].map((r) => c[r] + Math.cos(t) * u[r] + Math.sin(t) * v[r]) as Vec3);
  }
  return out;
}

/**
 * Circle through centre `c` and perimeter point `p` in the plane spanned by `c→p` and `normalHint`×(c→p)
 * (for SCOORD the image plane normal). Returns a polygon of `n` vertices.
 */
export function circlePolygon(c: Vec3, p: Vec3, planeNormal: Vec3, n = CURVE_VERTICES): Vec3[] {
  const u: Vec3 = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
  const v: Vec3 = [
    planeNormal[1] * u[2] - planeNormal[2] * u[1],
    planeNormal[2] * u[0] - planeNormal[0] * u[2],
    planeNormal[0] * u[1] - planeNormal[1] * u[0],
  ];
  const a2: Vec3 = [c[0] - u[0], c[1] - u[1], c[2] - u[2]];
  const b1: Vec3 = [c[0] - v[0], c[1] - v[1], c[2] - v[2]];
  const b2: Vec3 = [c[0] + v[0], c[1] + v[1], c[2] + v[2]];
  return ellipsePolygon(a2, p, b1, b2, n);
}
