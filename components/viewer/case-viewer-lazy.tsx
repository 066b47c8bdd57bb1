"use client";
/**
 * The case viewer, client-only and code-split: pages that do not render it ship none of its code.
 * While the chunk loads, a skeleton of the same size (same `height`) holds the layout.
 */
import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import type { CaseViewerProps } from "./viewer-api";
import { DEFAULT_VIEWER_HEIGHT, ViewerSkeleton } from "./viewer-skeleton";

export type { CaseViewerProps } from "./viewer-api";

const HeightContext = createContext(DEFAULT_VIEWER_HEIGHT);

function Loading() {
  return <ViewerSkeleton height={useContext(HeightContext)} />;
}

const CaseViewerDynamic = dynamic<CaseViewerProps>(
  () => import("./case-viewer").then((m) => m.CaseViewer),
  {
    ssr: false,
    loading: Loading,
  },
);

/** `<CaseViewer/>` for pages and MDX slots; see `viewer-api.ts` for the props and test hooks. */
export function CaseViewerLazy(props: CaseViewerProps) {
  return (
    <HeightContext.Provider value={props.height ?? DEFAULT_VIEWER_HEIGHT}>
      <CaseViewerDynamic {...props} />
    </HeightContext.Provider>
  );
}
