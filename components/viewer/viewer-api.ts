/**
 * Public props of the case viewer (`<CaseViewerLazy/>` from `./case-viewer-lazy`). This file holds
 * types only (no cornerstone import), so pages and the quiz UI can depend on it without shipping the
 * viewer code.
 *
 * Coordinates: every point handed in or out is world millimetres, patient LPS (+x left, +y posterior,
 * +z superior), the convention of `lib/domain/model`. `slice` is the zero-based k index on the case's
 * reference grid (`manifest.grid`); for 2D images it is always 0.
 *
 * Test hooks (stable): root `data-testid="case-viewer"` with `data-state="loading|ready|error"` and
 * `data-overlay-state="loading|ready"` (labelmaps of the active layers loaded or failed),
 * readout `data-testid="structure-readout"`, slice indicator `data-testid="slice-indicator"`
 * (text `k / N`, one-based k), and when ready `window.__caseViewer` (see `CaseViewerDebugHook`; only
 * in e2e builds, NEXT_PUBLIC_E2E=1).
 */
import type { LoadedCase } from "@/lib/content/case-store";
import type { CaseView } from "@/lib/domain/model";
import type { SpatialAnswer } from "@/lib/quiz/answer";
import type { BrushStroke } from "@/lib/quiz/brush-raster";

/** What a pointer drag / click does in the main viewport. */
export type ViewerInteraction =
  /** Default: drag = window/level, wheel = scroll, right-drag = zoom, middle-drag = pan. */
  | "navigate"
  /** One click places a point; each click replaces it and fires `onAnswer`. */
  | "point"
  /** Like `point` but drawn as a labelled landmark cross. */
  | "landmark"
  /** Drag draws an axis-aligned box on the current slice. */
  | "box"
  /**
   * Click adds a polygon vertex (or hold and drag to draw freehand); Enter or a click on the first
   * vertex closes the outline; Backspace removes the last vertex; Escape clears. Keyboard: arrow keys
   * move a cursor by one pixel (Shift: ten), Space adds a vertex at the cursor. The brush and
   * eraser tools (b / e; d back to the outline) paint discs of a radius in mm instead.
   */
  | "outline"
  /** Caliper line: drag from end to end, or place the two ends (click / Space). */
  | "line"
  /**
   * Ellipse (biometry): the two ends of one axis (drag, or click / Space twice), then a third point
   * whose distance from that axis sets the other semi-axis; a later point moves the width.
   */
  | "ellipse";

/** One brush stroke of an outline answer: the brush centre's path (world mm LPS), radius in mm. */
export type ViewerBrushStroke = BrushStroke;

/**
 * A student's answer, fired when a drawing is complete (point placed, box released, outline
 * closed, brush stroke lifted): the quiz's own answer types (`SpatialAnswer` of lib/quiz/answer),
 * world mm LPS, `slice` the zero-based k on the reference grid.
 */
export type ViewerAnswer = SpatialAnswer;

/** An extra labelmap slice drawn over the image (e.g. a quiz answer / error map). */
export interface ExtraMaskOverlay {
  kind: "mask";
  /** Zero-based index on the reference grid along `axis`. */
  slice: number;
  /** Grid axis the slice is across (default 2, axial); data is that slice's bitmap (plane-grid order). */
  axis?: 0 | 1 | 2;
  /** Row-major label values, length dims[0] * dims[1] (index = j * dims[0] + i); 0 = transparent. */
  data: Uint8Array;
  /** Colour per label value, `#rrggbb` (values without a colour are not drawn). */
  colors: Record<number, string>;
  /** Fill opacity 0–1 (default 0.5). */
  opacity?: number;
}

export interface CaseViewerProps {
  caseData: LoadedCase;
  /** Height of the image area in CSS pixels (default 480). The skeleton has the same size. */
  height?: number;
  /** Default `"navigate"`. Any other value turns the viewer into a single viewport in `view.plane` (default axial). */
  interaction?: ViewerInteraction;
  /**
   * Fired when the student completes a drawing (see `ViewerInteraction`) and after every later
   * change; `null` when the drawing is cleared or no longer an answer (e.g. an open outline, an
   * outline of < 3 vertices, brush strokes that leave nothing painted).
   */
  onAnswer?: (answer: ViewerAnswer | null) => void;
  /** Show only this structure id (all others hidden, panel toggles disabled). */
  highlightStructure?: string;
  /** `false` hides every annotation (quiz before answering); default `true`. */
  revealAnnotations?: boolean;
  extraOverlays?: ExtraMaskOverlay[];
  /** Zero-based index to open on, along the opening plane's normal (`view.plane`, default axial); default: the middle slice. */
  initialSlice?: number;
  /** Disable scrolling away from the current slice. */
  lockSlice?: boolean;
  /** Hide names in the structure panel and the hover readout (quiz: "name this structure"). */
  hideStructureNames?: boolean;
  /**
   * The view to open on (`lib/domain/model/case-view.ts`: layout, plane, one-based slice, window
   * preset, zoom, layers, structures shown, a structure to flash). `initialSlice` wins over its
   * `slice` when both are given.
   */
  view?: CaseView;
  /**
   * Case page: the view also comes from the page URL's query (over `view`), and the URL follows
   * the viewer (replaceState), so a view can be shared and reopened exactly.
   */
  syncUrl?: boolean;
}

/** `window.__caseViewer`, set while a viewer is ready (the last mounted one wins). E2E builds only. */
export interface CaseViewerDebugHook {
  caseId: string;
  /** Canvas-relative CSS pixels of a world point (LPS mm) in the axial viewport, or null. */
  worldToCanvas: (pointMm: [number, number, number]) => [number, number] | null;
  /** World point (LPS mm) under a canvas-relative CSS pixel of the axial viewport. */
  canvasToWorld: (px: [number, number]) => [number, number, number] | null;
  /** Current zero-based axial slice k. */
  slice: () => number;
}
