"use client";
/**
 * The viewer's poster: its opening view prerendered at build time (`scripts/posters.ts`,
 * `lib/imaging/poster.ts`), painted with the page's HTML in the image box while the viewer's code
 * and image load, then removed once the viewer has drawn the same view (image and overlays), so the
 * hand-over shows no jump. `object-fit: contain` in the viewport's box is cornerstone's fitted
 * camera, so the poster and the live image cover the same pixels. Only views the poster shows get
 * one (a lesson's or the URL's other slice, plane, window or layers get none).
 */
import { useEffect, useMemo, useState } from "react";
import type { CaseView } from "@/lib/domain/model";
// Not the model barrel: it would bring zod's schemas into every case page's first load (+30 kB gz).
import { parseCaseView } from "@/lib/domain/model/case-view";
import { buildOverlayModel } from "@/lib/imaging/overlay-model";
import { isPosterView, posterSize, posterUrl } from "@/lib/imaging/poster";
import type { CaseViewerProps } from "./viewer-api";

/** Whether the viewer with these props (opening on `view`) has a poster of its first image. */
export function hasPoster(props: CaseViewerProps, view: CaseView): boolean {
  const { manifest, annotationSets } = props.caseData;
  if (manifest.image.kind !== "nifti" || !manifest.windowPresets[0]) return false;
  if (props.revealAnnotations === false || props.highlightStructure) return false;
  if (props.initialSlice !== undefined || props.extraOverlays?.length) return false;
  const annotators = [...buildOverlayModel(manifest, annotationSets).annotators.keys()];
  return isPosterView(
    manifest.grid,
    manifest.windowPresets[0].name,
    annotators,
    manifest.structures.map((s) => s.id),
    view,
  );
}

/**
 * Whether the poster should still cover the viewport: until the viewer is ready and its overlays
 * are too, or earlier when the live view moves away from the opening view (`viewKey`: slice, plane,
 * layout, window as of the first ready render), so nothing the user does is hidden behind it.
 */
export function usePosterShown(ready: boolean, overlaysReady: boolean, viewKey: string): boolean {
  const [atReady, setAtReady] = useState<string | null>(null);
  if (ready && atReady === null) setAtReady(viewKey);
  return !ready || (!overlaysReady && (atReady === null || atReady === viewKey));
}

/** The poster image over the viewport box (or nothing when the view has no poster / `!show`). */
export function ViewerPoster({
  viewer,
  view,
  show = true,
}: {
  viewer: CaseViewerProps;
  /** The view the viewer opens on (the lesson's, merged with the URL's on a case page). */
  view: CaseView;
  /** `false` once the viewer shows the same view itself: the poster then goes for good. */
  show?: boolean;
}) {
  const ok = useMemo(() => hasPoster(viewer, view), [viewer, view]);
  // Once hidden, never back (a later overlay load must not bring back the first view). Removed two
  // frames after `show` turns false, so the overlay canvas' effect has drawn under it first.
  const [gone, setGone] = useState(false);
  useEffect(() => {
    if (show || gone) return;
    let id = requestAnimationFrame(() => {
      id = requestAnimationFrame(() => setGone(true));
    });
    return () => cancelAnimationFrame(id);
  }, [show, gone]);
  if (gone || !ok) return null;
  const { manifest } = viewer.caseData;
  const size = posterSize(manifest.grid);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a static build artefact at its own size
    <img
      src={posterUrl(manifest.id)}
      width={size.width}
      height={size.height}
      alt=""
      aria-hidden="true"
      fetchPriority="high"
      data-testid="viewer-poster"
      // Element Timing: the bench's "first pixels" (not in React's img types, hence the spread).
      {...{ elementtiming: "viewer-poster" }}
      className="pointer-events-none absolute inset-0 h-full w-full object-contain"
    />
  );
}

/**
 * The skeleton's poster: the lesson's `view` on the server and first client render (the same HTML,
 * no hydration mismatch), then also the URL's view on a case page (`syncUrl`).
 */
export function SkeletonPoster({ viewer }: { viewer: CaseViewerProps }) {
  const [view, setView] = useState<CaseView>(viewer.view ?? {});
  useEffect(() => {
    if (viewer.syncUrl) setView({ ...viewer.view, ...parseCaseView(window.location.search).view });
  }, [viewer.syncUrl, viewer.view]);
  return <ViewerPoster viewer={viewer} view={view} />;
}
