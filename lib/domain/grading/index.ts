/** Grading against experts: metrics, point and landmark checks, feedback data and grade policy. */
export * from "./masks";
export * from "./edt";
export * from "./point";
export * from "./feedback";
export * from "./policy";
// Geometry the quiz helpers need alongside the metrics.
export { boxIou, type Box } from "../geometry/box";
export { rasterisePolygon, rasterisePolygons, pointInPolygon } from "../geometry/polygon";
export {
  maskFromLabels,
  sliceOf,
  placeSlice,
  maskBoundingBox,
  maskWorldBox,
  maskFromWorldBox,
  countVoxels,
  type Mask,
} from "../geometry/mask";
export { gridDiagonalMm, type Vec3, type GridShape } from "../geometry/grid";
