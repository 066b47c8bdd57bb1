"use client";
/**
 * The stored spread of one structure (rater-spread.json): each annotator's leave-one-out Dice
 * (against the STAPLE consensus of the others) with outliers flagged (more than 2 SD below the
 * others), the outline pass mark (lowest of them) and the edge tolerance the quizzes use.
 */
import type { StructureSpread } from "@/lib/content/rater-spread-schema";

interface Props {
  spread: StructureSpread;
  who: (annotatorId: string) => string;
  unit: "mm" | "px";
}

export function SpreadSummary({ spread, who, unit }: Props) {
  const tol = `${spread.toleranceMm} ${unit}`;
  return (
    <div className="pl-2 text-slate-300" data-testid="spread-summary">
      <p className="mt-1">
        Each annotator against the STAPLE consensus of the others (leave-one-out Dice):
      </p>
      <ul className="pl-2">
        {spread.annotators.map((a, i) => (
          <li key={a} data-testid="loo" data-outlier={spread.outliers[i] ? "true" : "false"}>
            {who(a)}: {spread.looDice[i].toFixed(3)}
            {spread.outliers[i] && (
              <span className="ml-1 rounded bg-amber-700 px-1 text-xs text-white">
                outlier: more than 2 SD below the others
              </span>
            )}
          </li>
        ))}
      </ul>
      <p data-testid="spread-pass">
        Outline pass mark {spread.passDice.toFixed(2)} (the lowest of these); edge tolerance {tol}{" "}
        (median pairwise HD95 {spread.medianHd95Mm.toFixed(1)} {unit}, rounded up).
      </p>
    </div>
  );
}
