"use client";
/**
 * The stored raters' spread of a case (`public/cases/<id>/rater-spread.json`, written at build by
 * `npm run rater-spread`): leave-one-out Dice and outlier flags per multi-rater structure, fetched
 * once the agreement panel opens. Cases without the file (404) simply have none.
 */
import { useEffect, useRef, useState } from "react";
import {
  raterSpreadFileSchema,
  raterSpreadPath,
  type StructureSpread,
} from "@/lib/content/rater-spread-schema";

export function useRaterSpread(caseId: string, open: boolean): Map<string, StructureSpread> {
  const [spread, setSpread] = useState<Map<string, StructureSpread>>(new Map());
  const done = useRef(false);
  useEffect(() => {
    if (!open || done.current) return;
    const ctrl = new AbortController();
    fetch(raterSpreadPath(caseId), { signal: ctrl.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then((j: unknown) => {
        done.current = true;
        const f = j === null ? null : raterSpreadFileSchema.safeParse(j);
        // Indexed by every rater's structure id: the panel may key a concept by any of them.
        if (f?.success)
          setSpread(new Map(f.data.structures.flatMap((s) => s.structures.map((id) => [id, s]))));
      })
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [caseId, open]);
  return spread;
}
