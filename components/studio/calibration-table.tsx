/**
 * An item's calibration as the studio shows it: what the reference, near-right and clearly-wrong
 * probe answers score, the pass mark and the margin (numbers exactly as items:calibrate reports).
 */
import type { ItemCalibration } from "@/lib/quiz/calibration/calibrate-item";

/** Calibration JSON as the route returns it (Infinity sent as null). */
export type CalibrationJson = Omit<ItemCalibration, "margin"> & { margin: number | null };

export function CalibrationTable({ c }: { c: CalibrationJson }) {
  return (
    <div
      data-testid="calibration"
      data-item={c.itemId}
      data-pass-mark={c.passMark}
      data-margin={c.margin ?? ""}
    >
      <p className="text-sm">
        Metric {c.metric} · pass mark <strong>{c.passMark}</strong> · margin{" "}
        <strong>{c.margin ?? "—"}</strong>
      </p>
      <table className="mt-1 text-xs">
        <thead>
          <tr>
            <th className="pr-3 text-left">Probe answer</th>
            <th className="pr-3 text-left">Should</th>
            <th className="pr-3 text-right">Value</th>
            <th className="pr-3 text-right">Score</th>
            <th className="pr-3 text-left">Graded</th>
          </tr>
        </thead>
        <tbody>
          {c.probes.map((p) => (
            <tr
              key={p.name}
              data-probe={p.name}
              data-score={p.score}
              data-value={p.value}
              data-correct={String(p.correct)}
            >
              <td className="pr-3">{p.name}</td>
              <td className="pr-3">{p.expect}</td>
              <td className="pr-3 text-right">{p.value}</td>
              <td className="pr-3 text-right">{p.score}</td>
              <td className="pr-3">
                {p.correct ? "correct" : "wrong"}
                {p.ok ? "" : " (unexpected)"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.problems.map((p) => (
        <p key={p} role="alert" className="text-xs text-red-300">
          {p}
        </p>
      ))}
    </div>
  );
}
