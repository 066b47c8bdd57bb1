"use client";
/**
 * The image part of a spatial quiz item: the case viewer in the item's answer mode. Before an
 * answer the expert annotation is hidden (names too); after an answer or "show answer" the target
 * structure is revealed. The viewer opens in the item's plane (axial, coronal or sagittal). A graded outline shows the error map instead, which holds the expert
 * annotation too: green = both, orange = drawn but not the structure, blue = missed.
 */
import { useRef } from "react";
import { CaseViewerLazy } from "@/components/viewer/case-viewer-lazy";
import { ViewerSkeleton } from "@/components/viewer/viewer-skeleton";
import type {
  ExtraMaskOverlay,
  ViewerAnswer,
  ViewerInteraction,
} from "@/components/viewer/viewer-api";
import type { LoadedCase } from "@/lib/content/case-store";
import type { SpatialItem } from "@/lib/quiz/item-schema";
import { useNearViewport } from "./use-near-viewport";
import { planeAxis } from "@/lib/domain/model/case-view";
// The codes only: importing them from lib/quiz/grade-outline would put the grading code in the
// lesson page's first load.
import { ERROR_CODES } from "@/lib/domain/grading/error-codes";

const {
  agree: ERROR_AGREE,
  over: ERROR_OVER,
  under: ERROR_MISSED,
  disputed: ERROR_DISPUTED,
} = ERROR_CODES;

export const ERROR_COLORS = {
  [ERROR_AGREE]: "#22c55e",
  [ERROR_OVER]: "#f97316",
  [ERROR_MISSED]: "#3b82f6",
  [ERROR_DISPUTED]: "#facc15",
};

const MODE: Record<Exclude<SpatialItem["type"], "measure">, ViewerInteraction> = {
  name: "navigate",
  click: "point",
  landmark: "landmark",
  box: "box",
  outline: "outline",
};

/** The viewer's drawing mode for an item (a measure item draws its tool: ellipse or line). */
function modeOf(item: SpatialItem): ViewerInteraction {
  return item.type === "measure" ? item.tool : MODE[item.type];
}

/** Slice the viewer opens on: the target, or for find-the-slice items a slice well away from it. */
export function openingSlice(item: SpatialItem, targetSlice: number, nk: number): number {
  if (!item.findSlice || nk <= 1) return targetSlice;
  const mid = Math.floor(nk / 2);
  if (Math.abs(mid - targetSlice) >= Math.max(3, Math.round(nk / 10))) return mid;
  const away = targetSlice + Math.round(nk / 5);
  return away < nk ? away : Math.max(0, targetSlice - Math.round(nk / 5));
}

function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="mr-1 inline-block h-3 w-3 align-middle"
      style={{ background: color }}
    />
  );
}

interface Props {
  item: SpatialItem;
  caseData: LoadedCase;
  targetSlice: number;
  revealed: boolean;
  errorMap?: { slice: number; data: Uint8Array };
  /** The drawn answer after every change; null when the drawing is cleared or unfinished. */
  onAnswer: (a: ViewerAnswer | null) => void;
  /** Changing this remounts the viewer (retry clears the drawing). */
  attempt: number;
  /** Keep the viewer mounted even when scrolled far away (e.g. an answer is drawn, not checked). */
  keepMounted?: boolean;
}

const HEIGHT = 420;

export function SpatialStage({
  item,
  caseData,
  targetSlice,
  revealed,
  errorMap,
  onAnswer,
  attempt,
  keepMounted,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const axis = planeAxis(caseData.manifest.grid, item.plane);
  const overlays: ExtraMaskOverlay[] = errorMap
    ? [
        {
          kind: "mask",
          slice: errorMap.slice,
          axis,
          data: errorMap.data,
          colors: ERROR_COLORS,
          opacity: 0.6,
        },
      ]
    : [];
  const isName = item.type === "name";
  // Open on the layer of the item's reference set: the viewer otherwise shows the first
  // annotator only, so a structure of another atlas (e.g. a JHU tract) would not be drawn.
  const refSet = caseData.annotationSets.find((s) =>
    item.annotationSet
      ? s.id === item.annotationSet
      : s.annotations.some((a) => a.structure === item.structure),
  );
  return (
    <div className="mt-2" ref={box}>
      {!near && !keepMounted ? (
        <ViewerSkeleton height={HEIGHT} />
      ) : (
        <CaseViewerLazy
          key={attempt}
          caseData={caseData}
          height={HEIGHT}
          interaction={modeOf(item)}
          onAnswer={onAnswer}
          highlightStructure={isName || revealed ? item.structure : undefined}
          revealAnnotations={isName || (revealed && !errorMap)}
          hideStructureNames={!revealed}
          extraOverlays={overlays}
          initialSlice={openingSlice(item, targetSlice, caseData.manifest.grid.dims[axis])}
          lockSlice={!item.findSlice}
          view={{ plane: item.plane, ...(refSet ? { layers: [refSet.annotator] } : {}) }}
        />
      )}
      {(item.type === "outline" || item.type === "measure") && errorMap && (
        <p className="mt-1 text-xs text-slate-300" data-testid="error-map-legend">
          <Swatch color={ERROR_COLORS[ERROR_AGREE]} /> yours and the reference ·{" "}
          <Swatch color={ERROR_COLORS[ERROR_OVER]} /> drawn but not the structure ·{" "}
          <Swatch color={ERROR_COLORS[ERROR_MISSED]} /> missed
          {errorMap.data.includes(ERROR_DISPUTED) && (
            <>
              {" "}
              · <Swatch color={ERROR_COLORS[ERROR_DISPUTED]} /> differs where the raters disagree
            </>
          )}
        </p>
      )}
      {!isName && !revealed && (
        <p className="mt-1 text-xs text-slate-400">
          Mouse or touch:{" "}
          {item.type === "outline"
            ? "click vertices or drag freehand; Enter or a click on the first vertex closes; or paint with the Brush (Eraser removes)"
            : item.type === "box"
              ? "drag a box"
              : item.type === "measure" && item.tool === "line"
                ? "drag from one caliper end to the other (or click both ends)"
                : item.type === "measure"
                  ? "drag along one axis of the ellipse (or click its two ends), then click to set its width"
                  : "click to place"}
          . Keyboard: focus the image (Tab), move the cursor with the arrow keys (Shift: ×10), Space
          places
          {item.type === "outline"
            ? " a vertex, Enter closes; b brush, e eraser, d outline, [ ] radius"
            : ""}
          ; Backspace undoes, Escape clears (or Undo and Clear below the image).
        </p>
      )}
    </div>
  );
}
