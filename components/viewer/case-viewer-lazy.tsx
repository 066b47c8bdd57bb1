"use client";
/**
 * The case viewer, client-only and code-split: pages that do not render it ship none of its code.
 * While the chunk loads, a skeleton of the same size (same `height`) holds the layout, showing the
 * viewer's poster (its first image prerendered at build time, `viewer-poster.tsx`) when it has one.
 */
import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import type { CaseViewerProps } from "./viewer-api";
import { DEFAULT_VIEWER_HEIGHT, ViewerSkeleton } from "./viewer-skeleton";
import { SkeletonPoster } from "./viewer-poster";

export type { CaseViewerProps } from "./viewer-api";

const PropsContext = createContext<CaseViewerProps | null>(null);

function Loading() {
  const props = useContext(PropsContext);
  return (
    <ViewerSkeleton height={props?.height ?? DEFAULT_VIEWER_HEIGHT}>
      {props && <SkeletonPoster viewer={props} />}
    </ViewerSkeleton>
  );
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
    <PropsContext.Provider value={props}>
      <CaseViewerDynamic {...props} />
    </PropsContext.Provider>
  );
}
