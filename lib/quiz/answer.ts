/**
 * What a student submits for each item type. Spatial answers are the viewer's answers (world mm,
 * LPS; `slice` = zero-based k on the reference grid), see components/viewer/viewer-api.ts.
 */
import type { BrushStroke } from "./brush-raster";
import type { Vec3 } from "../domain/geometry/grid";

export interface McqAnswer {
  kind: "mcq";
  /** Indices (zero-based, in the item's option order) of the options the student selected. */
  selected: number[];
}

export interface NameAnswer {
  kind: "name";
  /** Typed text, or in pick mode the picked structure's display name. */
  text: string;
}

export interface PointAnswer {
  kind: "point" | "landmark";
  pointMm: Vec3;
  slice: number;
}

export interface BoxAnswer {
  kind: "box";
  boxMm: { min: Vec3; max: Vec3 };
  slice: number;
}

/** An outline drawn as a polygon (freehand or vertices) or painted with the brush. */
export interface OutlineAnswer {
  kind: "outline";
  /** Closed polygon, first vertex not repeated, ≥ 3 vertices, world mm LPS on slice `slice`. */
  polygonMm?: Vec3[];
  /** Brush strokes (paint / erase, radius in mm) instead of a polygon; see lib/quiz/brush-raster. */
  brush?: BrushStroke[];
  /**
   * A ready mask of the answered slice instead (nx·ny values, i fastest, non-zero = inside), e.g.
   * the item calibration's probes (lib/quiz/calibration). Takes precedence over brush and polygon.
   */
  mask?: Uint8Array;
  slice: number;
}

/**
 * A measurement drawn on slice `slice`: an ellipse (three points: the ends of one axis, then a
 * point setting the other semi-axis, see geometry `ellipseFromAxisPoints`) or a caliper line (its
 * two ends). World mm LPS; the slice plane is world x, y.
 */
export interface MeasureAnswer {
  kind: "ellipse" | "line";
  /** ellipse: [axis end, axis end, other-axis point]; line: [end, end]. */
  pointsMm: Vec3[];
  slice: number;
}

/** An answer drawn on the image: what the viewer's drawing layer reports (`onAnswer`). */
export type SpatialAnswer = PointAnswer | BoxAnswer | OutlineAnswer | MeasureAnswer;

export type QuizAnswer = McqAnswer | NameAnswer | SpatialAnswer;

/** The outcome of grading one answer. */
export interface GradeResult {
  correct: boolean;
  /** 0–100, integer. */
  score: number;
  /** Feedback in plain words, one sentence per entry, most important first. */
  feedback: string[];
  /** Raw metrics for display and tests (e.g. `dice`, `iou`, `distanceMm`, `sliceErrorMm`). */
  metrics: Record<string, number>;
  /** For click items answered outside the target: the structure id under the click, if any. */
  clickedStructure?: string;
}
