"use client";
/**
 * Agreement between annotators, computed lazily: only once the panel is opened, only for
 * structures segmented by two or more annotators, one structure per macrotask so the page stays
 * responsive. Pairwise Dice, majority-vote consensus and the soft consensus (how many annotators
 * hold each voxel, coloured by fraction) come from lib/domain/agreement.
 */
import { useEffect, useMemo, useState } from "react";
import { majorityVote, pairwiseDice, raterCounts } from "@/lib/domain/agreement";
import type { GridSpec } from "@/lib/domain/model";
import type { LoadedLabelmap } from "@/lib/imaging/labelmap-load";
import { structureMasks } from "@/lib/imaging/structure-masks";
import type { OverlayLayer } from "./overlay-canvas";

export interface AgreementResult {
  annotators: string[];
  /** Symmetric Dice matrix in annotator order. */
  dice: number[][];
}

export function useAgreement(
  open: boolean,
  targets: Map<string, string[]>,
  loaded: Map<string, LoadedLabelmap>,
  grid: GridSpec,
  consensus: ReadonlySet<string>,
  soft: ReadonlySet<string> = new Set(),
  peers: ReadonlyMap<string, readonly string[]> = new Map(),
) {
  const [results, setResults] = useState<Map<string, AgreementResult>>(new Map());
  const layers = useMemo(() => [...loaded.values()], [loaded]);
  const ready = (sid: string) =>
    targets.get(sid)!.every((a) => layers.some((l) => l.ref.annotatorId === a));
  useEffect(() => {
    if (!open) return;
    const todo = [...targets.keys()].filter((s) => !results.has(s) && ready(s));
    if (!todo.length) return;
    const t = setTimeout(() => {
      const sid = todo[0];
      // In the order the case lists the raters (targets), not the order their files loaded in.
      const order = targets.get(sid)!;
      const masks = structureMasks(sid, layers, grid, peers).sort(
        (a, b) => order.indexOf(a.annotatorId) - order.indexOf(b.annotatorId),
      );
      setResults((r) =>
        new Map(r).set(sid, {
          annotators: masks.map((m) => m.annotatorId),
          dice: pairwiseDice(masks.map((m) => m.mask)),
        }),
      );
    }, 0);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ready() reads targets/layers
  }, [open, targets, layers, results, grid, peers]);
  const consensusLayers = useMemo<OverlayLayer[]>(
    () =>
      [...consensus].flatMap((sid) => {
        const masks = structureMasks(sid, layers, grid, peers);
        if (masks.length < 2) return [];
        const lut = new Uint8Array([0, 0, 0, 0, 255, 255, 255, 255]);
        return [
          {
            key: `consensus-${sid}`,
            data: majorityVote(masks.map((m) => m.mask)).data,
            dims: grid.dims,
            style: { lut, fillAlpha: 0.25, outline: true },
          },
        ];
      }),
    [consensus, layers, grid, peers],
  );
  const softLayers = useMemo<OverlayLayer[]>(
    () =>
      [...soft].flatMap((sid) => {
        const masks = structureMasks(sid, layers, grid, peers);
        if (masks.length < 2) return [];
        return [
          {
            key: `soft-${sid}`,
            data: raterCounts(masks.map((m) => m.mask)),
            dims: grid.dims,
            style: { lut: softLut(masks.length), fillAlpha: 0.55, outline: false },
          },
        ];
      }),
    [soft, layers, grid, peers],
  );
  const all = useMemo(() => [...consensusLayers, ...softLayers], [consensusLayers, softLayers]);
  return { results, consensusLayers: all };
}

/**
 * Colour of "c of n annotators hold this voxel": transparent at 0, then from blue (few) through
 * yellow to red (all), more opaque as more annotators agree.
 */
export function softLut(n: number): Uint8Array {
  const lut = new Uint8Array(4 * (n + 1));
  for (let c = 1; c <= n; c++) {
    const f = c / n;
    const [r, g, b] =
      f <= 0.5 ? [2 * f * 255, 2 * f * 255, 255 * (1 - 2 * f)] : [255, 255 * 2 * (1 - f), 0];
    lut.set([Math.round(r), Math.round(g), Math.round(b), Math.round(90 + 165 * f)], 4 * c);
  }
  return lut;
}
