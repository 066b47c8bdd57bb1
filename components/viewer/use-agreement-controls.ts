"use client";
/**
 * The agreement section's switches (open, majority-vote and soft-consensus structures), the
 * stored rater spread, and which annotators' labelmaps must be loaded for them.
 */
import { useCallback, useMemo, useState } from "react";
import type { OverlayModel } from "@/lib/imaging/overlay-model";
import type { CaseManifest } from "@/lib/domain/model";
import { raterPeers } from "@/lib/domain/agreement/rater-key";
import { multiAnnotatorStructures } from "@/lib/imaging/structure-masks";
import { useRaterSpread } from "./use-rater-spread";

/** A copy of `set` with `id` added (`on`) or removed. */
function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const n = new Set(set);
  if (on) n.add(id);
  else n.delete(id);
  return n;
}

export function useAgreementControls(
  caseId: string,
  structures: CaseManifest["structures"],
  model: OverlayModel,
  shownAnnotators: ReadonlySet<string>,
) {
  const [open, setOpen] = useState(false);
  const [consensus, setConsensus] = useState<Set<string>>(new Set());
  const [soft, setSoft] = useState<Set<string>>(new Set());
  const spread = useRaterSpread(caseId, open);
  /** Raters pair on the vocabulary's concept and side (`raterKey`), not on one structure id. */
  const peers = useMemo(() => raterPeers(structures), [structures]);
  const targets = useMemo(() => multiAnnotatorStructures(model.layers, peers), [model, peers]);
  /** Annotators whose labelmaps are needed: the shown ones, and all raters while agreement is used. */
  const wanted = useMemo(() => {
    const w = new Set(shownAnnotators);
    if (open || consensus.size || soft.size)
      for (const ids of targets.values()) ids.forEach((a) => w.add(a));
    return w;
  }, [shownAnnotators, open, consensus, soft, targets]);
  const onConsensus = useCallback(
    (id: string, on: boolean) => setConsensus((c) => toggled(c, id, on)),
    [],
  );
  const onSoft = useCallback((id: string, on: boolean) => setSoft((c) => toggled(c, id, on)), []);
  return { open, setOpen, consensus, onConsensus, soft, onSoft, spread, targets, wanted, peers };
}
