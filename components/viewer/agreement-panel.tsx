"use client";
/**
 * Agreement section of the panel (shown only when two or more annotators segmented a structure):
 * pairwise Dice per structure, switches for its majority-vote and soft-consensus layers, and, when
 * the case has a stored spread (rater-spread.json), each annotator's leave-one-out Dice with
 * outliers flagged. Opening it loads the other annotators' layers and starts the computation.
 */
import type { StructureSpread } from "@/lib/content/rater-spread-schema";
import type { Annotator, Structure } from "@/lib/domain/model";
import type { AgreementResult } from "./use-agreement";
import { SpreadSummary } from "./spread-summary";

interface Props {
  targets: Map<string, string[]>;
  results: Map<string, AgreementResult>;
  structures: Structure[];
  annotators: Map<string, Annotator>;
  open: boolean;
  onOpen: (open: boolean) => void;
  consensus: ReadonlySet<string>;
  onConsensus: (id: string, on: boolean) => void;
  soft: ReadonlySet<string>;
  onSoft: (id: string, on: boolean) => void;
  spread: Map<string, StructureSpread>;
  /** Length unit of the case (px when the image has no pixel size). */
  unit: "mm" | "px";
}

export function AgreementPanel(p: Props) {
  if (p.targets.size === 0) return null;
  const name = (id: string) => p.structures.find((s) => s.id === id)?.name ?? id;
  const who = (id: string) => p.annotators.get(id)?.name ?? id;
  return (
    <details
      className="text-sm"
      open={p.open}
      onToggle={(e) => p.onOpen(e.currentTarget.open)}
      data-testid="agreement"
    >
      <summary className="cursor-pointer font-semibold">
        Agreement between annotators ({p.targets.size})
      </summary>
      <ul className="mt-1 space-y-2">
        {[...p.targets].map(([sid, ids]) => {
          const r = p.results.get(sid);
          return (
            <li key={sid}>
              <p className="font-medium">{name(sid)}</p>
              {r ? (
                <ul className="pl-2 text-slate-300">
                  {r.annotators.flatMap((a, x) =>
                    r.annotators.slice(x + 1).map((b, y) => (
                      <li key={`${a}-${b}`} data-testid="dice">
                        {who(a)} vs {who(b)}: Dice {r.dice[x][x + 1 + y].toFixed(2)}
                      </li>
                    )),
                  )}
                </ul>
              ) : (
                <p className="pl-2 text-slate-400" role="status">
                  Computing Dice for {ids.length} annotators…
                </p>
              )}
              <label className="flex items-center gap-2 pl-2">
                <input
                  type="checkbox"
                  checked={p.consensus.has(sid)}
                  onChange={(e) => p.onConsensus(sid, e.target.checked)}
                  className="h-4 w-4 accent-sky-500 focus-visible:outline-2 focus-visible:outline-sky-300"
                />
                Show consensus (majority vote) of {name(sid)}
              </label>
              <label className="flex items-center gap-2 pl-2">
                <input
                  type="checkbox"
                  checked={p.soft.has(sid)}
                  onChange={(e) => p.onSoft(sid, e.target.checked)}
                  className="h-4 w-4 accent-sky-500 focus-visible:outline-2 focus-visible:outline-sky-300"
                />
                Show soft consensus of {name(sid)} (blue: few annotators, red: all)
              </label>
              {p.spread.get(sid) && (
                <SpreadSummary spread={p.spread.get(sid)!} who={who} unit={p.unit} />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
