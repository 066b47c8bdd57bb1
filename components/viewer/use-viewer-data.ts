"use client";
/**
 * The annotation side of a viewer: overlay model, overlay settings, labelmaps (those of the shown
 * annotators, and all raters' while agreement is used), agreement results and the overlay layers.
 */
import { useMemo } from "react";
import type { CaseView } from "@/lib/domain/model";
import { buildOverlayModel } from "@/lib/imaging/overlay-model";
import { useAgreement } from "./use-agreement";
import { useAgreementControls } from "./use-agreement-controls";
import { useLabelmaps } from "./use-labelmaps";
import { useOverlayLayers } from "./use-overlay-layers";
import { panelHidden, useOverlayState } from "./use-overlay-state";
import type { CaseViewerProps } from "./viewer-api";

export function useViewerData(props: CaseViewerProps, view: CaseView) {
  const { manifest, annotationSets } = props.caseData;
  const { revealAnnotations = true, highlightStructure } = props;
  const grid = manifest.grid;
  const model = useMemo(
    () => buildOverlayModel(manifest, annotationSets),
    [manifest, annotationSets],
  );
  const annotatorIds = useMemo(() => [...model.annotators.keys()], [model]);
  const overlay = useOverlayState(manifest, annotatorIds, view);
  const { settings } = overlay;
  const structureIds = useMemo(() => manifest.structures.map((s) => s.id), [manifest]);
  /** Hidden structures as the panel shows them (all but the highlighted one, or none when hidden). */
  const shownHidden = useMemo(
    () => panelHidden(structureIds, settings.hidden, revealAnnotations, highlightStructure),
    [structureIds, settings.hidden, revealAnnotations, highlightStructure],
  );
  const agreementControls = useAgreementControls(
    manifest.id,
    manifest.structures,
    model,
    settings.annotators,
  );
  const ag = agreementControls;
  const labelmaps = useLabelmaps(model.layers, ag.wanted, grid);
  const agreement = useAgreement(
    ag.open,
    ag.targets,
    labelmaps.loaded,
    grid,
    ag.consensus,
    ag.soft,
    ag.peers,
  );
  const layers = useOverlayLayers({
    model,
    labelmaps: labelmaps.loaded,
    settings,
    colors: overlay.colors,
    props,
    grid,
    revealAnnotations,
    structures: manifest.structures,
  });
  const allLayers = useMemo(
    () => [...layers.labelLayers, ...agreement.consensusLayers],
    [layers.labelLayers, agreement.consensusLayers],
  );
  /** Every layer of the shown annotators is loaded or has failed. */
  const overlayReady = model.layers
    .filter((l) => settings.annotators.has(l.annotatorId))
    .every((l) => labelmaps.loaded.has(l.key) || labelmaps.errors.has(l.key));
  return {
    model,
    overlay,
    structureIds,
    shownHidden,
    agreementControls,
    agreement,
    labelmaps,
    layers,
    allLayers,
    overlayReady,
  };
}

export type ViewerData = ReturnType<typeof useViewerData>;
